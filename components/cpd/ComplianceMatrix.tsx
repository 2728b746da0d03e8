"use client";
// Staff × statutory training requirement, each cell a status word (colour repeats it, never replaces
// it) with the expiry date. Cells that do not apply say so. A client component fed compact cells, so
// the page's payload carries each cell's status and date once, not a second copy of its markup (issue 22).
import Link from "next/link";
import { type Column, Table, TableBox } from "@/components/ui/Table";
import type { TrainingStatus } from "@/lib/cpd/rules";
import { TRAINING_STATUS_LABEL } from "@/lib/cpd/labels";

const CELL: Record<TrainingStatus, string> = {
  VALID: "bg-green-50 text-green-900",
  EXPIRING: "bg-amber-100 text-amber-950",
  EXPIRED: "bg-red-100 text-red-900",
  MISSING: "bg-red-100 text-red-900",
};
const ICON: Record<TrainingStatus, string> = { VALID: "✓", EXPIRING: "!", EXPIRED: "✗", MISSING: "✗" };

/** A cell: the status and the expiry as shown ("12 Mar 2027"), or null where the training does not apply. */
export type MatrixCell = [TrainingStatus, string | null] | null;
export type MatrixRow = { id: string; name: string; cells: MatrixCell[] };

export function ComplianceMatrix({ requirements, rows, caption }: { requirements: { id: string; name: string }[]; rows: MatrixRow[]; caption?: string }) {
  return (
    <TableBox label="Compliance matrix" tall="max-h-[40rem]">
      <Table caption={`Statutory training by member of staff${caption ? `, ${caption}` : ""}`} className="w-full text-xs" stickyHead rows={rows} rowKey={(row) => row.id} columns={[
          {
            key: "staff",
            header: "Member of staff",
            rowHeader: true,
            className: "whitespace-nowrap",
            cell: (row) => (
              <Link href={`/staff/${row.id}`} className="text-brand-700 underline">
                {row.name}
              </Link>
            ),
          },
          ...requirements.map((r, i): Column<MatrixRow> => ({
            key: r.id,
            header: r.name,
            className: (row) => (row.cells[i] ? CELL[row.cells[i][0]] : "text-slate-600"),
            cell: (row) => {
              const cell = row.cells[i];
              if (!cell) return "Not required";
              const [status, expires] = cell;
              return (
                <>
                  <span aria-hidden="true">{ICON[status]} </span>
                  <span className="font-semibold">{TRAINING_STATUS_LABEL[status]}</span>
                  {expires && <span className="block">{status === "EXPIRED" ? "expired" : "expires"} {expires}</span>}
                </>
              );
            },
          })),
        ]}
      />
    </TableBox>
  );
}
