// Tables the school register (GIAS) and the staff import both show: the list of uploads and a
// preview's changes field by field.
import Link from "next/link";
import { Table, TableBox } from "@/components/ui/Table";
import { formatDateTime } from "@/lib/dates";
import { formatNumber } from "@/lib/format";
import { asRoute, type Href } from "@/lib/routes";
import type { ImportStatus } from "@/lib/db/client";

const STATUS: Record<ImportStatus, string> = { PREVIEW: "Waiting for a decision", APPLIED: "Applied", DISCARDED: "Discarded" };

type Upload = { id: string; fileName: string; rowsRead: number; status: ImportStatus; createdAt: Date };

/** Uploads, newest first, each linking to its page; `kind` adds a column naming what each imports. */
export function ImportList<T extends Upload>({ caption, rows, href, kind }: { caption: string; rows: T[]; href: (row: T) => Href; kind?: (row: T) => string }) {
  return (
    <TableBox>
      <Table caption={caption} rows={rows} rowKey={(i) => i.id} empty="No imports yet." columns={[
          { key: "when", header: "Uploaded", className: "whitespace-nowrap", cell: (i) => formatDateTime(i.createdAt) },
          { key: "file", header: "File", rowHeader: true, cell: (i) => <Link href={asRoute(href(i))} className="text-brand-700 underline">{i.fileName}</Link> },
          ...(kind ? [{ key: "kind", header: "Import", cell: kind }] : []),
          { key: "rows", header: "Rows read", className: "text-right", cell: (i) => formatNumber(i.rowsRead) },
          { key: "status", header: "Status", cell: (i) => STATUS[i.status] },
        ]}
      />
    </TableBox>
  );
}

export type FieldChange = { key: string; row?: number; subject: string; field: string; from: string; to: string };

/** What applying would change, one field a row: the record (`subject`), the field, now, and from the file. */
export function ChangesTable({ rows, subject, source, empty, tall }: { rows: FieldChange[]; subject: string; source: string; empty: string; tall?: string }) {
  const numbered = rows.some((c) => c.row !== undefined);
  return (
    <TableBox tall={tall} label={tall ? "Changes field by field" : undefined}>
      <Table caption="Changes field by field" rows={rows} rowKey={(c) => c.key} empty={empty} columns={[
          ...(numbered ? [{ key: "row", header: "Row", className: "text-right", cell: (c: FieldChange) => c.row }] : []),
          { key: "subject", header: subject, rowHeader: true, cell: (c) => c.subject },
          { key: "field", header: "Field", cell: (c) => c.field },
          { key: "from", header: "Now", cell: (c) => c.from },
          { key: "to", header: source, cell: (c) => c.to },
        ]}
      />
    </TableBox>
  );
}
