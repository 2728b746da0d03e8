import type { Metadata } from "next";
import { FlashNotice } from "@/components/ui/FlashNotice";
import Link from "next/link";
import { buttonClass } from "@/components/ui/Button";
import { can } from "@/lib/auth/policy";
import { ActivityFilters } from "@/components/cpd/ActivityFilters";
import { ActivityList, HoursProgress, InductionCard, QualificationList, TrainingTable } from "@/components/cpd/Development";
import { BackLink } from "@/components/ui/BackLink";
import { PageHeader } from "@/components/ui/PageHeader";
import { requireViewer } from "@/lib/auth/viewer";
import { staffPortfolio } from "@/lib/cpd/portfolio/queries";
import { activityFilters } from "@/lib/cpd/reports/params";
import { ENUM_LABEL } from "@/lib/format";
import { formatDate } from "@/lib/dates";
import { Section } from "@/components/ui/Section";

export const metadata: Metadata = { title: "Development portfolio" };

/** A member of staff's development portfolio, for their school's leaders and the trust admin. */
export default async function PortfolioPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[]>> }) {
  const viewer = await requireViewer();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const filters = activityFilters.parse(query);
  const p = await staffPortfolio(viewer, id, filters);
  const name = `${p.person.firstName} ${p.person.lastName}`;
  return (
    <>
      <BackLink href="/staff">Back to the staff directory</BackLink>
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
          {ENUM_LABEL(p.person.category)} · {ENUM_LABEL(p.person.careerStage)}
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
        <HoursProgress hours={p.hours} whose="their" />
        <Section id="activities-heading" title="Activities" className="space-y-3">
          <p className="text-sm text-slate-700">Submitted, returned and verified activities; drafts stay private to {p.person.firstName}.</p>
          <ActivityFilters filters={filters} years={p.years} drafts={false} />
          <ActivityList activities={p.activities} href={(a) => `/verification/${a}`} empty="No activities match." />
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
          </Section>
        )}
      </div>
    </>
  );
}
