import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/PageHeader";
import { recentAudit } from "@/lib/admin/queries";
import { requireViewer } from "@/lib/auth/viewer";
import { formatDateTime } from "@/lib/dates";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage() {
  const rows = await recentAudit(await requireViewer());
  return (
    <>
      <PageHeader title="Audit log" lead="The latest 100 changes made in the portal." />
      <div className="overflow-x-auto rounded border border-slate-200 bg-white">
        <table className="w-full text-sm">
          <caption className="sr-only">Audit log</caption>
          <thead className="bg-slate-100 text-left">
            <tr>
              <th scope="col" className="p-2">When</th>
              <th scope="col" className="p-2">Who</th>
              <th scope="col" className="p-2">What</th>
              <th scope="col" className="p-2">Record</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className="border-t border-slate-200">
                <td className="p-2 whitespace-nowrap">{formatDateTime(r.at)}</td>
                <td className="p-2">{r.actor}</td>
                <td className="p-2">{r.action}</td>
                <td className="p-2">
                  {r.entity} <span className="text-slate-500">{r.entityId.slice(0, 8)}</span>
                </td>
              </tr>
            ))}
            {rows.length === 0 && (
              <tr>
                <td colSpan={4} className="p-4 text-center text-slate-600">
                  No changes recorded yet.
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </>
  );
}
