// Staff × statutory training requirement, each cell a status word (colour repeats it, never replaces
// it) with the expiry date. Cells that do not apply say so.
import Link from "next/link";
import { type Column, Table, TableBox } from "@/components/ui/Table";
import { type TrainingStatus } from "@/lib/cpd/rules";
import { TRAINING_STATUS_LABEL } from "@/lib/cpd/labels";
import { formatDate } from "@/lib/dates";

const CELL: Record<TrainingStatus, string> = {
  VALID: "bg-green-50 text-green-900",
  EXPIRING: "bg-amber-100 text-amber-950",
  EXPIRED: "bg-red-100 text-red-900",
  MISSING: "bg-red-100 text-red-900",
};
const ICON: Record<TrainingStatus, string> = { VALID: "✓", EXPIRING: "!", EXPIRED: "✗", MISSING: "✗" };

type Row = { id: string; name: string; cells: ({ status: TrainingStatus; expiresOn: Date | null } | null)[] };

export function ComplianceMatrix({ requirements, rows, caption }: { requirements: { id: string; name: string }[]; rows: Row[]; caption?: string }) {
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
          ...requirements.map((r, i): Column<Row> => ({
            key: r.id,
            header: r.name,
            className: (row) => (row.cells[i] ? CELL[row.cells[i].status] : "text-slate-600"),
            cell: (row) => {
              const cell = row.cells[i];
              if (!cell) return "Not required";
              return (
                <>
                  <span aria-hidden="true">{ICON[cell.status]} </span>
                  <span className="font-semibold">{TRAINING_STATUS_LABEL[cell.status]}</span>
                  {cell.expiresOn && <span className="block">{cell.status === "EXPIRED" ? "expired" : "expires"} {formatDate(cell.expiresOn)}</span>}
                </>
              );
            },
          })),
        ]}
      />
    </TableBox>
  );
}
