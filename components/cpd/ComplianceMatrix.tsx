// Staff × statutory training requirement, each cell a status word (colour repeats it, never replaces
// it) with the expiry date. Cells that do not apply say so.
import Link from "next/link";
import { TRAINING_STATUS_LABEL, type TrainingStatus } from "@/lib/cpd/rules";
import { formatDate } from "@/lib/dates";

const CELL: Record<TrainingStatus, string> = {
  VALID: "bg-green-50 text-green-900",
  EXPIRING: "bg-amber-100 text-amber-950",
  EXPIRED: "bg-red-100 text-red-900",
  MISSING: "bg-red-100 text-red-900",
};
const ICON: Record<TrainingStatus, string> = { VALID: "✓", EXPIRING: "!", EXPIRED: "✗", MISSING: "✗" };

type Row = { id: string; name: string; cells: ({ status: TrainingStatus; expiresOn: Date | null } | null)[] };

export function ComplianceMatrix({ requirements, rows }: { requirements: { id: string; name: string }[]; rows: Row[] }) {
  return (
    <div className="max-h-[40rem] overflow-auto rounded border border-slate-200 bg-white" tabIndex={0} role="region" aria-label="Compliance matrix">
      <table className="w-full text-xs">
        <caption className="sr-only">Statutory training by member of staff</caption>
        <thead className="sticky top-0 bg-slate-100 text-left">
          <tr>
            <th scope="col" className="p-2">Member of staff</th>
            {requirements.map((r) => (
              <th key={r.id} scope="col" className="p-2">
                {r.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-t border-slate-200">
              <th scope="row" className="p-2 text-left font-normal whitespace-nowrap">
                <Link href={`/staff/${row.id}`} className="text-brand-700 underline">
                  {row.name}
                </Link>
              </th>
              {row.cells.map((cell, i) =>
                cell ? (
                  <td key={requirements[i]?.id ?? i} className={`p-2 ${CELL[cell.status]}`}>
                    <span aria-hidden="true">{ICON[cell.status]} </span>
                    <span className="font-semibold">{TRAINING_STATUS_LABEL[cell.status]}</span>
                    {cell.expiresOn && <span className="block">{cell.status === "EXPIRED" ? "expired" : "expires"} {formatDate(cell.expiresOn)}</span>}
                  </td>
                ) : (
                  <td key={requirements[i]?.id ?? i} className="p-2 text-slate-600">
                    Not required
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
