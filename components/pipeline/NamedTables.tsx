"use client";
// The trust admin's named lists (a page of each), as client components fed the rows: the payload carries
// the rows as data rather than a second copy of every cell's markup (decision 037).
import { Table, TableBox } from "@/components/ui/Table";
import { POST_LABEL, READINESS_LABEL, ROUTE_LABEL } from "@/lib/pipeline/labels";
import type { Named } from "./TrustNamed";

export function UncoveredTable({ rows }: { rows: Named["uncovered"] }) {
  return (
    <TableBox label="Uncovered key posts" tall="max-h-[28rem]">
      <Table caption="Key posts with no successor ready within two years" stickyHead rows={rows} rowKey={(r) => `${r.schoolId}/${r.post}`} empty="Every key post has a successor ready within two years."
        columns={[
          { key: "school", header: "School", cell: (r) => r.school },
          { key: "post", header: "Post", rowHeader: true, cell: (r) => POST_LABEL[r.post] },
          { key: "holder", header: "Holder", cell: (r) => r.holder ?? "Not recorded" },
        ]} />
    </TableBox>
  );
}

export function PoolTable({ rows }: { rows: Named["pool"] }) {
  return (
    <TableBox label="Talent pool" tall="max-h-[28rem]">
      <Table caption="Staff aspiring to lead or to the classroom route, endorsed by their head, by readiness and school" stickyHead rows={rows} rowKey={(r) => r.id} empty="No endorsed aspirations yet."
        columns={[
          { key: "name", header: "Name", rowHeader: true, cell: (r) => r.name },
          { key: "school", header: "School", cell: (r) => r.school },
          { key: "route", header: "Aspires to", cell: (r) => ROUTE_LABEL[r.route] },
          { key: "readiness", header: "Readiness", cell: (r) => (r.readiness ? READINESS_LABEL[r.readiness] : "") },
        ]} />
    </TableBox>
  );
}

export function LackingTable({ rows }: { rows: Named["lacking"] }) {
  return (
    <TableBox label="Leaders without an expected qualification" tall="max-h-[28rem]">
      <Table caption="Heads and senior leaders neither holding nor studying NPQH, NPQSL or a Masters" stickyHead rows={rows} rowKey={(r) => r.id} empty="Every head and senior leader holds or is studying for one."
        columns={[
          { key: "name", header: "Name", rowHeader: true, cell: (r) => r.name },
          { key: "job", header: "Role", cell: (r) => r.jobTitle },
          { key: "school", header: "School", cell: (r) => r.school },
        ]} />
    </TableBox>
  );
}
