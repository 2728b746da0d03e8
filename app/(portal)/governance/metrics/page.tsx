import type { Metadata } from "next";
import Link from "next/link";
import { BackLink } from "@/components/ui/BackLink";
import { FlashNotice } from "@/components/ui/FlashNotice";
import { PageHeader } from "@/components/ui/PageHeader";
import { Table, TableBox } from "@/components/ui/Table";
import { requireViewer } from "@/lib/access/viewer";
import { DIRECTION_LABEL } from "@/lib/governance/labels";
import { definitionList } from "@/lib/governance/definitions/queries";
import { formatMetric } from "@/lib/governance/rag";

export const metadata: Metadata = { title: "Metric definitions" };

const SOURCE = { ENTERED: "Entered", IMPORTED: "Imported", COMPUTED: "Computed" } as const;

/** The trust admin's list of governance metric definitions, each with its thresholds and an edit link. */
export default async function MetricDefinitionsPage() {
  const viewer = await requireViewer();
  const definitions = await definitionList(viewer);
  const threshold = (n: number | null, m: { unit: string; decimals: number }) => (n === null ? "Not rated" : formatMetric(n, m.unit, m.decimals));
  return (
    <>
      <BackLink href="/governance">Governance</BackLink>
      <PageHeader title="Metric definitions" lead="Names, units, directions and RAG thresholds of the trust's governance metrics. A change re-rates every stored value on every page; the values themselves never change." />
      <FlashNotice />
      <TableBox label="Metric definitions">
        <Table caption="Metric definitions" rows={definitions} rowKey={(m) => m.id} columns={[
          { key: "label", header: "Metric", rowHeader: true, cell: (m) => <Link href={`/governance/metrics/${m.id}`} aria-label={`Edit ${m.label}`} className="text-brand-700 underline">{m.label}</Link> },
          { key: "unit", header: "Unit", cell: (m) => m.unit },
          { key: "direction", header: "Direction", cell: (m) => DIRECTION_LABEL[m.direction] },
          { key: "green", header: "Green at", align: "right", cell: (m) => threshold(m.greenAt, m) },
          { key: "red", header: "Red beyond", align: "right", cell: (m) => threshold(m.redAt, m) },
          { key: "source", header: "Source", cell: (m) => SOURCE[m.source] },
        ]} />
      </TableBox>
    </>
  );
}
