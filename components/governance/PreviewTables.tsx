// The import preview's rows: every error with its row number, then every value that would be written
// (new, or changed from what is stored).
import { type Column, Table, TableBox } from "@/components/ui/Table";
import type { PreviewRow } from "@/lib/governance/import/queries";

const show = (v: number | null) => (v === null ? "—" : String(v));

/** One of the preview's lists, by the file's row number, scrolling under a sticky head. */
function RowsTable({ label, caption, rows, columns }: { label: string; caption: string; rows: PreviewRow[]; columns: Column<PreviewRow>[] }) {
  return (
    <TableBox label={label} tall="max-h-[32rem]">
      <Table caption={caption} captionClassName="py-2 text-left font-semibold" rows={rows} rowKey={(r) => r.row} stickyHead columns={columns} />
    </TableBox>
  );
}

export function PreviewTables({ rows }: { rows: PreviewRow[] }) {
  const errors = rows.filter((r) => r.status === "error");
  const changes = rows.filter((r) => r.status !== "error");
  return (
    <div className="space-y-6">
      {errors.length > 0 && (
        <RowsTable
          label="Rows with errors"
          caption={`Rows with errors (${errors.length})`}
          rows={errors}
          columns={[
            { key: "row", header: "Row", rowHeader: true, cell: (r) => r.row },
            { key: "urn", header: "URN", cell: (r) => r.urn },
            { key: "metric", header: "Metric", cell: (r) => r.metric },
            { key: "period", header: "Period", cell: (r) => r.period },
            { key: "value", header: "Value", cell: (r) => r.value },
            { key: "errors", header: "Errors", cell: (r) => <ul className="list-disc pl-4 text-red-800">{r.errors.map((e) => <li key={e}>{e}</li>)}</ul> },
          ]}
        />
      )}
      {changes.length > 0 && (
        <RowsTable
          label="Values to write"
          caption={`Values to write (${changes.length}${errors.length ? ", once the errors are fixed" : ""})`}
          rows={changes}
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
      )}
    </div>
  );
}
