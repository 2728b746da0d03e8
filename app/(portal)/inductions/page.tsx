import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { buttonClass } from "@/components/ui/Button";
import { FlashNotice } from "@/components/ui/FlashNotice";
import { PageHeader } from "@/components/ui/PageHeader";
import { Section } from "@/components/ui/Section";
import { Pager, queryHref } from "@/components/ui/Pager";
import { SelectField } from "@/components/ui/Select";
import { canAny } from "@/lib/access/policy";
import { requireViewer } from "@/lib/access/viewer";
import { STATUS_FILTERS, STATUS_LABEL } from "@/lib/inductions/labels";
import { inductionSchools, myEcts, myInduction, schoolInductions } from "@/lib/inductions/queries";
import { inductionListParams } from "@/lib/inductions/schema";
import { pageOf } from "@/lib/paging";
import { InductionTable } from "./_components/InductionTable";
import { LapsedMeetings } from "@/components/inductions/LapsedMeetings";
import { SchoolField, SchoolMatches, findSchool } from "@/components/org/SchoolFinder";

export const metadata: Metadata = { title: "Early career inductions" };

/** Inductions and lapsed mentor meetings shown a page at a time (every school's, for the trust admin, ran to 2 MB; 25 and 25 a page still 122 kB); the counts stay over all. */
const INDUCTIONS_PER_PAGE = 15;
const LAPSED_PER_PAGE = 10;

/** The school's inductions for its leaders (every school's for the trust admin), behind first; a mentor's or tutor's ECTs. */
export default async function InductionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const viewer = await requireViewer();
  const leads = canAny(viewer, "induction:view:any");
  if (!leads && !canAny(viewer, "induction:view:own")) notFound();
  const query = await searchParams;
  const asked = inductionListParams.parse(query);
  const schools = await inductionSchools(viewer);
  // The trust admin types a school's name (120 schools as options were 21 kB of the page).
  const found = findSchool(schools, query.schoolq, asked.school);
  const params = { ...asked, school: found.typed ? found.school?.id : asked.school };
  const [list, mine, own] = await Promise.all([leads ? schoolInductions(viewer, params) : null, myEcts(viewer), myInduction(viewer)]);
  const shown = list && pageOf(list.rows, params.page, INDUCTIONS_PER_PAGE);
  const lapsed = list && pageOf(list.lapsed, params.lapsed, LAPSED_PER_PAGE);
  const hrefFor = queryHref("/inductions", { school: params.school, status: params.status, page: shown?.page, lapsed: lapsed?.page });
  return (
    <>
      <FlashNotice />
      <PageHeader title="Early career inductions" lead="Two years (six terms full time): a progress review each term, formal assessments at the midpoint and the end.">
        {leads && (
          <Link href="/inductions/new" className={buttonClass("primary")}>
            Start an induction
          </Link>
        )}
      </PageHeader>
      <div className="space-y-8">
        {own && (
          <Section id="my-induction-heading" title="My induction">
            <InductionTable rows={[own]} caption="Your induction" empty="" />
          </Section>
        )}
        {(mine.length > 0 || (!list && !own)) && (
          <Section id="my-ects-heading" title="My ECTs">
            <InductionTable rows={mine} caption="The ECTs you mentor or tutor" role school empty="You are not mentoring or tutoring an ECT." />
          </Section>
        )}
        {list && shown && lapsed && (
          <Section id="school-inductions-heading" title={schools.length > 1 ? "Schools' inductions" : "The school's inductions"} className="space-y-3">
            <p className="text-sm text-slate-700" data-testid="behind-count">
              {list.behind} of {list.total} {list.total === 1 ? "induction is" : "inductions are"} behind: a review overdue, or the latest review found the ECT not on track.
            </p>
            <LapsedMeetings rows={lapsed.rows} total={lapsed.total} school={schools.length > 1} />
            {lapsed.pageCount > 1 && <Pager hrefFor={hrefFor} page={lapsed.page} pageCount={lapsed.pageCount} total={lapsed.total} param="lapsed" label="Pages of lapsed mentor meetings" />}
            <form method="get" role="search" aria-label="Filter inductions" className="grid gap-3 rounded border border-slate-200 bg-white p-4 sm:grid-cols-3">
              {schools.length > 1 && <SchoolField id="school" schools={schools} current={found.school} typed={found.typed} emptyLabel="All schools" />}
              <SelectField id="status" name="status" label="Status" defaultValue={params.status} emptyLabel="Any status" options={STATUS_FILTERS.map((s) => ({ value: s, label: STATUS_LABEL[s] }))} />
              <div className="flex items-end">
                <button type="submit" className={buttonClass("secondary", "min-h-11")}>
                  Apply filters
                </button>
              </div>
            </form>
            <SchoolMatches found={found} hrefFor={queryHref("/inductions", { status: params.status })} otherwise="showing every school's" />
            <InductionTable rows={shown.rows} caption={shown.pageCount > 1 ? `Inductions, behind first (page ${shown.page} of ${shown.pageCount})` : "Inductions, behind first"} school={schools.length > 1} empty="No inductions match." />
            <Pager hrefFor={hrefFor} page={shown.page} pageCount={shown.pageCount} total={shown.total} label="Pages of inductions" />
          </Section>
        )}
      </div>
    </>
  );
}
