// A list of exports with their state: progress while it is built, the download when ready. Pages that
// show one still being built refresh themselves (ExportRefresh) until it is done.
import Link from "next/link";
import { Table, TableBox } from "@/components/ui/Table";
import { formatDateTime } from "@/lib/dates";
import type { ExportRow } from "@/lib/privacy/queries";

const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;

export function ExportState({ row }: { row: Pick<ExportRow, "status" | "done" | "total" | "fileId" | "file" | "error"> }) {
  if (row.status === "DONE" && row.fileId) {
    return (
      <a href={`/files/${row.fileId}`} className="text-brand-700 underline" download>
        Download (ZIP{row.file ? `, ${mb(row.file.size)}` : ""})
      </a>
    );
  }
  if (row.status === "FAILED") return <span className="text-red-800">Failed: {row.error ?? "try again"}</span>;
  const pct = row.total ? Math.round((row.done / row.total) * 100) : 0;
  return (
    <span>
      {row.status === "QUEUED" ? "Waiting to start" : `Being built: ${pct}%`}
      <progress className="ml-2 align-middle" max={Math.max(1, row.total)} value={row.done} aria-label="Progress of the export" />
    </span>
  );
}

export function ExportTable({ rows, caption, detail }: { rows: ExportRow[]; caption: string; detail?: (id: string) => string }) {
  return (
    <TableBox>
      <Table caption={caption} rows={rows} rowKey={(r) => r.id} empty="No exports yet." columns={[
          { key: "when", header: "Asked for", className: "whitespace-nowrap", cell: (r) => (detail ? <Link href={detail(r.id) as never} className="text-brand-700 underline">{formatDateTime(r.createdAt)}</Link> : formatDateTime(r.createdAt)) },
          { key: "whom", header: "Whose", cell: (r) => `${r.subject.firstName} ${r.subject.lastName}, ${r.subject.school.name}` },
          { key: "state", header: "State", cell: (r) => <ExportState row={r} /> },
        ]}
      />
    </TableBox>
  );
}
