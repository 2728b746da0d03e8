import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/PageHeader";
import { Table, TableBox } from "@/components/ui/Table";
import { requireViewer } from "@/lib/access/viewer";
import { enumLabel, formatNumber } from "@/lib/format";
import { ofstedSummary } from "@/lib/org/ofsted";
import { listSchools } from "@/lib/org/queries";

export const metadata: Metadata = { title: "Schools" };

export default async function SchoolsPage() {
  const viewer = await requireViewer();
  const schools = await listSchools(viewer);
  return (
    <>
      <PageHeader title="Schools" lead={`${schools.length} ${schools.length === 1 ? "school" : "schools"}`} />
      <TableBox>
        <Table caption="Schools" rows={schools} rowKey={(s) => s.id} columns={[
            {
              key: "school",
              header: "School",
              cell: (s) => (
                <Link href={`/schools/${s.id}`} className="text-brand-700 underline">
                  {s.name}
                </Link>
              ),
            },
            { key: "cluster", header: "Cluster", cell: (s) => s.cluster?.name ?? "—" },
            { key: "phase", header: "Phase", cell: (s) => enumLabel(s.phase) },
            { key: "urn", header: "URN", align: "right", cell: (s) => s.urn },
            { key: "pupils", header: "Pupils", align: "right", cell: (s) => formatNumber(s.pupilsOnRoll) },
            { key: "staff", header: "Staff", align: "right", cell: (s) => formatNumber(s.staffCount) },
            { key: "ofsted", header: "Ofsted", cell: (s) => ofstedSummary(s.ofsted) },
            { key: "capacity", header: "Capacity", cell: (s) => enumLabel(s.improvementCapacity) },
          ]}
        />
      </TableBox>
    </>
  );
}
