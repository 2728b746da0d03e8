import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActivityFilters } from "@/components/cpd/ActivityFilters";
import { ActivityList, HoursProgress, InductionCard, QualificationList, TrainingTable } from "@/components/cpd/Development";
import { buttonClass } from "@/components/ui/Button";
import { PageHeader } from "@/components/ui/PageHeader";
import { requireViewer } from "@/lib/access/viewer";
import { activityYears, myActivityPage, myDevelopment } from "@/lib/cpd/queries";
import { activityFilters } from "@/lib/cpd/reports/params";
import { Section } from "@/components/ui/Section";
import { FlashNotice } from "@/components/ui/FlashNotice";
import { Pager, queryHref } from "@/components/ui/Pager";
import { pageNumber } from "@/lib/validation/fields";

export const metadata: Metadata = { title: "My development" };

export default async function DevelopmentPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const viewer = await requireViewer();
  if (!viewer.staff) notFound();
  const query = await searchParams;
  const filters = activityFilters.parse(query);
  const page = pageNumber().parse(query.page);
  const [data, activities, years] = await Promise.all([myDevelopment(viewer), myActivityPage(viewer, filters, page), activityYears(viewer, viewer.staff.id)]);
  if (!data) notFound();
  return (
    <>
      <PageHeader title="My development" lead="Your professional development, statutory training and qualifications.">
        <Link href="/development/new" className={buttonClass("primary", "min-h-11")}>
          Log an activity
        </Link>
      </PageHeader>
      <FlashNotice />
      <div className="space-y-8">
        {data.hours && <HoursProgress hours={data.hours} />}
        <Section id="activities-heading" title="Activities" className="space-y-3">
          <p className="text-sm text-slate-700">Returned activities come first: change them and submit them again.</p>
          {years.length > 0 && <ActivityFilters filters={filters} years={years} />}
          <ActivityList activities={activities.rows} empty={filters.year || filters.status ? "No activities match." : undefined} />
          {activities.pageCount > 1 && (
            <Pager hrefFor={queryHref("/development", { ...filters })} page={activities.page} pageCount={activities.pageCount} total={activities.total} label="Pages of activities" />
          )}
        </Section>
        <Section id="training-heading" title="Statutory training">
          <TrainingTable training={data.training} recordHref="/development/training/new" />
        </Section>
        <Section id="qualifications-heading" title="Qualifications">
          <QualificationList qualifications={data.qualifications} editable />
        </Section>
        {data.induction && (
          <Section id="induction-heading" title="Early career induction">
            <InductionCard induction={data.induction} />
          </Section>
        )}
      </div>
    </>
  );
}
