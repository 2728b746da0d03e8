import type { Metadata } from "next";
import { VerificationQueue } from "@/components/cpd/VerificationQueue";
import { buttonClass } from "@/components/ui/Button";
import { PageHeader } from "@/components/ui/PageHeader";
import { YearSelectField } from "@/components/ui/Select";
import { SchoolField, SchoolMatches, findSchool } from "@/components/org/SchoolFinder";
import { queryHref } from "@/components/ui/Pager";
import { requireViewer } from "@/lib/access/viewer";
import { readFlash } from "@/lib/commands/flash";
import { verificationQueue } from "@/lib/cpd/queries";
import { queueParams } from "@/lib/cpd/reports/params";
import { developmentSchool } from "@/lib/cpd/reports/queries";
import { formatNumber } from "@/lib/format";
import { formatDate, formatHours } from "@/lib/dates";
import { Notice } from "@/components/ui/Notice";

export const metadata: Metadata = { title: "Verification" };

export default async function VerificationPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const viewer = await requireViewer();
  const query = await searchParams;
  const { schools } = await developmentSchool(viewer);
  // The trust admin types a school's name (120 schools as options were 21 kB of the page).
  const asked = queueParams.parse(query);
  const found = findSchool(schools, query.schoolq, asked.school);
  const params = { ...asked, school: found.typed ? found.school?.id : asked.school };
  const queue = await verificationQueue(viewer, params);
  const done = await readFlash();
  return (
    <>
      <PageHeader title="Verification" lead="Activities your school's staff have submitted, in any academic year. Verify them, or return them with a reason." />
      {done && (
        <Notice>{done} {queue.total === 0 ? "Nothing else is waiting." : ""}</Notice>
      )}
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3" role="search" aria-label="Filter the queue">
        {schools.length > 1 && <SchoolField id="school" schools={schools} current={found.school} typed={found.typed} emptyLabel="All your schools" />}
        <YearSelectField id="year" value={params.year} years={queue.years.map((y) => ({ year: y.year, label: `${y.label} (${formatNumber(y.count)} waiting)` }))} />
        <input type="hidden" name="sort" value={params.sort} />
        <input type="hidden" name="dir" value={params.dir} />
        <button type="submit" className={buttonClass("secondary")}>
          Show
        </button>
      </form>
      <SchoolMatches found={found} hrefFor={queryHref("/verification", { year: params.year, sort: params.sort, dir: params.dir })} otherwise="showing all your schools" />
      <VerificationQueue
        empty={`Nothing is waiting for verification${params.year ? " in this academic year" : ""}.`}
        params={params}
        total={queue.total}
        pageCount={queue.pageCount}
        rows={queue.rows.map((r) => ({
          id: r.id, title: r.title, type: r.type, startDate: formatDate(r.startDate), minutes: formatHours(r.minutes),
          submittedAt: formatDate(r.submittedAt), staffId: r.staffMember.id, staff: `${r.staffMember.firstName} ${r.staffMember.lastName}`,
          jobTitle: r.staffMember.jobTitle, evidence: Boolean(r.evidenceUrl || r.evidenceFileId), resubmitted: r.resubmitted, movedFrom: r.movedFrom,
        }))}
      />
    </>
  );
}
