"use client";
// The trust's pipeline: figures per school and cluster (NPQs by status, leaders lacking an expected
// qualification, key posts without a ready successor, the talent pool by readiness), and for the trust
// admin only, the named lists beside them. Trustees get the figures alone: no name reaches this table.
// A page of schools at a time (figuresPage), the clusters' totals over all their schools.
// A client component fed the rows as data: two tables of some 130 rows and 18 columns rendered on the
// server travelled twice, as HTML and as the page's payload of elements; as data the payload is small.
import { Section } from "@/components/ui/Section";
import { Table, TableBox, type Column } from "@/components/ui/Table";
import type { FigureRow } from "./figures";
import { NPQ_ABBR, NPQ_KINDS, NPQ_LABEL, NPQ_STATUS_LABEL, NPQ_STATUSES } from "@/lib/pipeline/labels";

type Row = FigureRow;

/** A page of schools with their clusters' totals (figuresPage); `kinds`, the NPQs any school of the trust has, and `paged`, the captions' page. */
export function PipelineFigures({ rows, kinds: held, paged = "" }: { rows: Row[]; kinds: string[]; paged?: string }) {
  const kinds = NPQ_KINDS.filter((k) => held.includes(k));
  const bold = (r: Row) => (r.id.startsWith("cluster-") ? "font-semibold" : "");
  const npqColumns: Column<Row>[] = [
    { key: "school", header: "School", rowHeader: true, className: bold, cell: (r) => r.name },
    ...kinds.map((k): Column<Row> => ({
      key: k, header: <abbr title={NPQ_LABEL[k]}>{NPQ_ABBR[k]}</abbr>, className: bold,
      cell: (r) => {
        const c = r.npq[k];
        return c ? NPQ_STATUSES.filter((s) => c[s]).map((s) => `${c[s]} ${NPQ_STATUS_LABEL[s].toLowerCase()}`).join(", ") : "—";
      },
    })),
  ];
  const pipelineColumns: Column<Row>[] = [
    { key: "school", header: "School", rowHeader: true, className: bold, cell: (r) => r.name },
    { key: "lacking", header: "Leaders without NPQH, NPQSL or Masters", align: "right", className: bold, cell: (r) => r.lacking },
    { key: "uncovered", header: "Key posts with no successor ready within two years", align: "right", className: bold, cell: (r) => r.uncovered },
    { key: "now", header: "Aspiring: ready now", align: "right", className: bold, cell: (r) => r.pool.READY_NOW },
    { key: "soon", header: "Ready in 1–2 years", align: "right", className: bold, cell: (r) => r.pool.ONE_TO_TWO_YEARS },
    { key: "later", header: "Ready in 3+ years", align: "right", className: bold, cell: (r) => r.pool.THREE_PLUS_YEARS },
    { key: "notyet", header: "Not yet endorsed", align: "right", className: bold, cell: (r) => r.pool.NOT_YET },
  ];
  return (
    <>
      <Section id="pipeline-figures" title="Succession and talent by school and cluster">
        <TableBox label="Succession and talent by school">
          <Table caption={`Leaders lacking an expected qualification, uncovered key posts and aspiring staff by readiness, by school and cluster${paged}`} rows={rows} rowKey={(r) => r.id} columns={pipelineColumns} />
        </TableBox>
      </Section>
      <Section id="npq-figures" title="NPQs by school and cluster" className="mt-8 space-y-2">
        <TableBox label="NPQs by school">
          <Table caption={`NPQs of current staff by kind and status, by school and cluster${paged}`} rows={rows} rowKey={(r) => r.id} columns={npqColumns} empty="No NPQs recorded." />
        </TableBox>
      </Section>
    </>
  );
}
