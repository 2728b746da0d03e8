import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/PageHeader";
import { requireViewer } from "@/lib/auth/viewer";
import { ENUM_LABEL, formatNumber } from "@/lib/format";
import { ofstedSummary } from "@/lib/org/ofsted";
import { listSchools } from "@/lib/org/queries";

export const metadata: Metadata = { title: "Schools" };

export default async function SchoolsPage() {
  const viewer = await requireViewer();
  const schools = await listSchools(viewer);
  return (
    <>
      <PageHeader title="Schools" lead={`${schools.length} ${schools.length === 1 ? "school" : "schools"}`} />
      <div className="overflow-x-auto rounded border border-slate-200 bg-white">
        <table className="w-full text-sm">
          <caption className="sr-only">Schools</caption>
          <thead className="bg-slate-100 text-left">
            <tr>
              <th scope="col" className="p-2">School</th>
              <th scope="col" className="p-2">Cluster</th>
              <th scope="col" className="p-2">Phase</th>
              <th scope="col" className="p-2 text-right">URN</th>
              <th scope="col" className="p-2 text-right">Pupils</th>
              <th scope="col" className="p-2 text-right">Staff</th>
              <th scope="col" className="p-2">Ofsted</th>
              <th scope="col" className="p-2">Capacity</th>
            </tr>
          </thead>
          <tbody>
            {schools.map((s) => (
              <tr key={s.id} className="border-t border-slate-200">
                <td className="p-2">
                  <Link href={`/schools/${s.id}`} className="text-brand-700 underline">
                    {s.name}
                  </Link>
                </td>
                <td className="p-2">{s.cluster?.name ?? "—"}</td>
                <td className="p-2">{ENUM_LABEL(s.phase)}</td>
                <td className="p-2 text-right">{s.urn}</td>
                <td className="p-2 text-right">{formatNumber(s.pupilsOnRoll)}</td>
                <td className="p-2 text-right">{formatNumber(s.staffCount)}</td>
                <td className="p-2">{ofstedSummary(s.ofsted)}</td>
                <td className="p-2">{ENUM_LABEL(s.improvementCapacity)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
