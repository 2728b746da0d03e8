import type { Metadata } from "next";
import Link from "next/link";
import { VerificationQueue } from "@/components/cpd/VerificationQueue";
import { buttonClass } from "@/components/ui/Button";
import { PageHeader } from "@/components/ui/PageHeader";
import { SelectField } from "@/components/ui/Select";
import { requireViewer } from "@/lib/auth/viewer";
import { verificationQueue } from "@/lib/cpd/queries";
import { developmentSchool } from "@/lib/cpd/reports/queries";
import { formatHours } from "@/lib/cpd/rules";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "Verification" };

const DONE: Record<string, string> = { verify: "Activity verified.", return: "Activity returned with your reason." };
const uuid = (v: unknown) => (typeof v === "string" && /^[0-9a-f-]{36}$/i.test(v) ? v : undefined);

export default async function VerificationPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const viewer = await requireViewer();
  const query = await searchParams;
  const page = Math.max(1, Number(query.page) || 1);
  const { schools } = await developmentSchool(viewer);
  const school = uuid(query.school);
  const queue = await verificationQueue(viewer, { ...(school ? { school } : {}), page });
  const done = typeof query.done === "string" ? DONE[query.done] : undefined;
  const href = (p: number) => `/verification?${new URLSearchParams({ ...(school ? { school } : {}), page: String(p) })}`;
  return (
    <>
      <PageHeader title="Verification" lead="Activities your school's staff have submitted. Verify them, or return them with a reason." />
      {done && (
        <p role="status" className="mb-4 rounded border-l-4 border-green-700 bg-green-50 p-2 text-green-900">
          {done}
        </p>
      )}
      {schools.length > 1 && (
        <form method="get" className="mb-4 flex flex-wrap items-end gap-3" role="search" aria-label="Filter by school">
          <SelectField id="school" name="school" label="School" defaultValue={school} emptyLabel="All your schools" options={schools.map((s) => ({ value: s.id, label: s.name }))} />
          <button type="submit" className={buttonClass("secondary")}>
            Show
          </button>
        </form>
      )}
      <p className="mb-3" aria-live="polite">
        {queue.total === 0 ? "Nothing is waiting for verification." : `${queue.total.toLocaleString("en-GB")} waiting · page ${queue.page} of ${queue.pageCount}`}
      </p>
      {queue.rows.length > 0 && (
        <VerificationQueue
          rows={queue.rows.map((r) => ({
            id: r.id, title: r.title, type: r.type, startDate: formatDate(r.startDate), minutes: formatHours(r.minutes),
            submittedAt: formatDate(r.submittedAt), staff: `${r.staffMember.firstName} ${r.staffMember.lastName}`, jobTitle: r.staffMember.jobTitle,
            evidence: Boolean(r.evidenceUrl || r.evidenceFileId),
          }))}
        />
      )}
      <nav aria-label="Pages" className="mt-4 flex gap-2">
        {queue.page > 1 && <Link href={href(queue.page - 1)} className="rounded border border-slate-400 px-3 py-1">Previous page</Link>}
        {queue.page < queue.pageCount && <Link href={href(queue.page + 1)} className="rounded border border-slate-400 px-3 py-1">Next page</Link>}
      </nav>
    </>
  );
}
