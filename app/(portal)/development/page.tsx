import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActivityFilters } from "@/components/cpd/ActivityFilters";
import { ActivityList, HoursProgress, InductionCard, QualificationList, TrainingTable } from "@/components/cpd/Development";
import { buttonClass } from "@/components/ui/Button";
import { PageHeader } from "@/components/ui/PageHeader";
import { requireViewer } from "@/lib/auth/viewer";
import { readFlash } from "@/lib/commands/flash";
import { activityYears, myActivities, myDevelopment } from "@/lib/cpd/queries";
import { activityFilters } from "@/lib/cpd/reports/params";

export const metadata: Metadata = { title: "My development" };

export default async function DevelopmentPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const viewer = await requireViewer();
  if (!viewer.staff) notFound();
  const query = await searchParams;
  const filters = activityFilters.parse(query);
  const [data, activities, years] = await Promise.all([myDevelopment(viewer), myActivities(viewer, 200, filters), activityYears(viewer, viewer.staff.id)]);
  if (!data) notFound();
  const flash = await readFlash();
  return (
    <>
      <PageHeader title="My development" lead="Your professional development, statutory training and qualifications.">
        <Link href="/development/new" className={buttonClass("primary", "min-h-11")}>
          Log an activity
        </Link>
      </PageHeader>
      {flash && (
        <p role="status" className="mb-4 rounded border-l-4 border-green-700 bg-green-50 p-2 text-green-900">
          {flash}
        </p>
      )}
      <div className="space-y-8">
        {data.hours && <HoursProgress hours={data.hours} />}
        <section aria-labelledby="activities-heading" className="space-y-3">
          <h2 id="activities-heading" className="text-lg font-semibold">
            Activities
          </h2>
          <p className="text-sm text-slate-700">Returned activities come first: change them and submit them again.</p>
          {years.length > 0 && <ActivityFilters filters={filters} years={years} />}
          <ActivityList activities={activities} empty={filters.year || filters.status ? "No activities match." : undefined} />
        </section>
        <section aria-labelledby="training-heading" className="space-y-2">
          <h2 id="training-heading" className="text-lg font-semibold">
            Statutory training
          </h2>
          <TrainingTable training={data.training} recordHref="/development/training/new" />
        </section>
        <section aria-labelledby="qualifications-heading" className="space-y-2">
          <h2 id="qualifications-heading" className="text-lg font-semibold">
            Qualifications
          </h2>
          <QualificationList qualifications={data.qualifications} editable />
        </section>
        {data.induction && (
          <section aria-labelledby="induction-heading" className="space-y-2">
            <h2 id="induction-heading" className="text-lg font-semibold">
              Early career induction
            </h2>
            <InductionCard induction={data.induction} />
          </section>
        )}
      </div>
    </>
  );
}
