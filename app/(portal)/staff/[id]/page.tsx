import type { Metadata } from "next";
import { FlashNotice } from "@/components/ui/FlashNotice";
import Link from "next/link";
import { buttonClass } from "@/components/ui/Button";
import { can } from "@/lib/access/policy";
import { ActivityFilters } from "@/components/cpd/ActivityFilters";
import { ActivityList, HoursProgress, InductionCard, QualificationList, TrainingTable } from "@/components/cpd/Development";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { PageHeader } from "@/components/ui/PageHeader";
import { requireViewer } from "@/lib/access/viewer";
import { staffPortfolio } from "@/lib/cpd/portfolio/queries";
import { activityFilters } from "@/lib/cpd/reports/params";
import { enumLabel } from "@/lib/format";
import { formatDate, isoDay, londonToday } from "@/lib/dates";
import { EmploymentHistory, MoveForms } from "@/components/people/EmploymentHistory";
import { employmentHistory, moveTargets, swapCandidates } from "@/lib/people/employment/queries";
import { placementNote } from "@/lib/people/queries";
import { Section } from "@/components/ui/Section";
import { Pager, queryHref } from "@/components/ui/Pager";
import { pageNumber } from "@/lib/validation/fields";
import { routes } from "@/lib/routes";
import { noteOpened } from "@/lib/access-log/mutations";

export const metadata: Metadata = { title: "Development portfolio" };

/** A member of staff's development portfolio, for their school's leaders and the trust admin. */
export default async function PortfolioPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[]>> }) {
  const viewer = await requireViewer();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const filters = activityFilters.parse(query);
  const page = pageNumber().parse(query.page);
  const [p, history] = await Promise.all([staffPortfolio(viewer, id, filters, page), employmentHistory(viewer, id)]);
  await noteOpened(viewer, "portfolio", p.person.id, p.person.id);
  const name = `${p.person.firstName} ${p.person.lastName}`;
  const swapSchool = typeof query.swapSchool === "string" ? query.swapSchool : undefined;
  // The forms to move them open on request (?move=1): each lists every other school.
  const moving = history.mayMove && query.move === "1";
  const [targets, swapPeople] = await Promise.all([
    history.mayMove ? moveTargets(viewer, p.person.school.id) : [],
    moving ? swapCandidates(viewer, swapSchool) : [],
  ]);
  const targetOptions = targets.map((s) => ({ value: s.id, label: s.name }));
  // An activity opens on its school's verification page: not for a host head, nor one logged before a transfer.
  const opens = new Set(p.activities.filter((a) => can(viewer, "activity:view:any", { schoolId: a.schoolId })).map((a) => a.id));
  const now = placementNote(history.now, can(viewer, "staff:view", { schoolId: p.person.school.id }));
  return (
    <>
      <Breadcrumbs items={[{ label: "Staff directory", href: "/staff" }, { label: name }]} />
      <FlashNotice />
      <PageHeader title={name} lead={`${p.person.jobTitle}, ${p.person.school.name}. Development portfolio.`}>
        {can(viewer, "staff:manage", { schoolId: p.person.school.id }) && (
          <Link href={`/staff/${id}/edit`} className={buttonClass("secondary")}>
            Edit record{p.person.leaveDate ? "" : " or record leaving"}
          </Link>
        )}
      </PageHeader>
      <dl className="mb-6 grid gap-x-6 gap-y-1 rounded border border-slate-200 bg-white p-4 text-sm sm:grid-cols-[12rem_1fr]">
        <dt className="text-slate-600">Category and career stage</dt>
        <dd>
          {enumLabel(p.person.category)} · {enumLabel(p.person.careerStage)}
        </dd>
        {now && (
          <>
            <dt className="text-slate-600">Working at</dt>
            <dd>{now}</dd>
          </>
        )}
        <dt className="text-slate-600">Line manager</dt>
        <dd>
          {history.lineManager ? `${history.lineManager.firstName} ${history.lineManager.lastName}, ${history.lineManager.jobTitle}` : "None recorded"}
        </dd>
        <dt className="text-slate-600">Started</dt>
        <dd>{formatDate(p.person.startDate)}</dd>
        {p.person.leaveDate && (
          <>
            <dt className="text-slate-600">Left</dt>
            <dd>{formatDate(p.person.leaveDate)}</dd>
          </>
        )}
      </dl>
      <div className="space-y-8">
        <EmploymentHistory id={p.person.id} history={history} targets={targetOptions} />
        <HoursProgress hours={p.hours} whose="their" />
        <Section id="activities-heading" title="Activities" className="space-y-3">
          <p className="text-sm text-slate-700">Submitted, returned and verified activities; drafts stay private to {p.person.firstName}.</p>
          <ActivityFilters filters={filters} years={p.years} drafts={false} />
          <ActivityList activities={p.activities} href={(a) => (opens.has(a) ? routes.verify(a) : null)} empty="No activities match." />
          {p.activityPages.pageCount > 1 && (
            <Pager hrefFor={queryHref(routes.person(id), { ...filters })} page={p.activityPages.page} pageCount={p.activityPages.pageCount} total={p.activityPages.total} label="Pages of activities" />
          )}
        </Section>
        <Section id="training-heading" title="Statutory training">
          <TrainingTable training={p.training} whose="their" />
        </Section>
        <Section id="qualifications-heading" title="Qualifications">
          <QualificationList qualifications={p.qualifications} />
        </Section>
        {p.induction && (
          <Section id="induction-heading" title="Early career induction">
            <InductionCard induction={p.induction} />
            {can(viewer, "induction:view:any", { schoolId: p.person.school.id }) && <Link href={`/inductions/${p.induction.id}`} className="text-brand-700 underline">Induction: reviews, assessments and status</Link>}
          </Section>
        )}
        {moving && targetOptions.length > 0 && (
          <MoveForms
            id={p.person.id}
            targets={targetOptions}
            swap={{
              school: targetOptions.find((o) => o.value === swapSchool),
              people: swapPeople.map((m) => ({ value: m.id, label: `${m.lastName}, ${m.firstName} (${m.jobTitle})` })),
            }}
            today={isoDay(londonToday())}
          />
        )}
      </div>
    </>
  );
}
