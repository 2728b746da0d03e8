// The import preview's rows: every error with its row number, then every value that would be written
// (new, or changed from what is stored).
import { Table, TableBox } from "@/components/ui/Table";
import type { PreviewRow } from "@/lib/governance/import/queries";

const show = (v: number | null) => (v === null ? "—" : String(v));

export function PreviewTables({ rows }: { rows: PreviewRow[] }) {
  const errors = rows.filter((r) => r.status === "error");
  const changes = rows.filter((r) => r.status !== "error");
  return (
    <div className="space-y-6">
      {errors.length > 0 && (
        <TableBox label="Rows with errors" tall="max-h-[32rem]">
          <Table
            caption={`Rows with errors (${errors.length})`}
            captionClassName="py-2 text-left font-semibold"
            rows={errors}
            rowKey={(r) => r.row}
            stickyHead
            columns={[
              { key: "row", header: "Row", rowHeader: true, cell: (r) => r.row },
              { key: "urn", header: "URN", cell: (r) => r.urn },
              { key: "metric", header: "Metric", cell: (r) => r.metric },
              { key: "period", header: "Period", cell: (r) => r.period },
              { key: "value", header: "Value", cell: (r) => r.value },
              { key: "errors", header: "Errors", cell: (r) => <ul className="list-disc pl-4 text-red-800">{r.errors.map((e) => <li key={e}>{e}</li>)}</ul> },
            ]}
          />
        </TableBox>
      )}
      {changes.length > 0 && (
        <TableBox label="Values to write" tall="max-h-[32rem]">
          <Table
            caption={`Values to write (${changes.length}${errors.length ? ", once the errors are fixed" : ""})`}
            captionClassName="py-2 text-left font-semibold"
            rows={changes}
            rowKey={(r) => r.row}
            stickyHead
            columns={[
              { key: "row", header: "Row", rowHeader: true, cell: (r) => r.row },
              { key: "school", header: "School", cell: (r) => r.schoolName ?? r.urn },
              { key: "metric", header: "Metric", cell: (r) => r.metricLabel ?? r.metric },
              { key: "period", header: "Period", cell: (r) => r.period },
              { key: "before", header: "Now", align: "right", cell: (r) => show(r.before) },
              { key: "after", header: "After import", align: "right", cell: (r) => show(r.after) },
              { key: "status", header: "Change", cell: (r) => (r.status === "new" ? "New value" : "Changed") },
            ]}
          />
        </TableBox>
      )}
    </div>
  );
}
