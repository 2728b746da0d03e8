// The staff member's home page: hours against target, recent activities, training due and qualifications.
import Link from "next/link";
import { buttonClass } from "@/components/ui/Button";
import { Stat, StatGrid } from "@/components/ui/Stat";
import type { SchoolFigures } from "@/lib/cpd/trust/queries";
import { formatNumber } from "@/lib/format";
import { asRoute, routes, withQuery } from "@/lib/routes";
import { ActivityList, HoursProgress, QualificationList, TrainingTable } from "./Development";

type Props = Parameters<typeof HoursProgress>[0] & {
  recent: Parameters<typeof ActivityList>[0]["activities"];
  training: Parameters<typeof TrainingTable>[0]["training"];
  qualifications: Parameters<typeof QualificationList>[0]["qualifications"];
};

export function CpdDashboard({ hours, recent, training, qualifications }: Props) {
  const due = training.filter((t) => t.status !== "VALID");
  return (
    <div className="space-y-6">
      <HoursProgress hours={hours} />
      <div className="flex flex-wrap gap-3">
        <Link href="/development/new" className={buttonClass("primary", "min-h-11")}>
          Log an activity
        </Link>
        <Link href="/development" className={buttonClass("secondary", "min-h-11")}>
          My development
        </Link>
      </div>
      <section aria-labelledby="recent-heading" className="space-y-2">
        <h2 id="recent-heading" className="text-lg font-semibold">
          Recent activities
        </h2>
        <ActivityList activities={recent} />
      </section>
      <section aria-labelledby="due-heading" className="space-y-2">
        <h2 id="due-heading" className="text-lg font-semibold">
          Training due
        </h2>
        {due.length === 0 ? <p className="text-slate-700">All your statutory training is in date.</p> : <TrainingTable training={due} />}
      </section>
      <section aria-labelledby="quals-heading" className="space-y-2">
        <h2 id="quals-heading" className="text-lg font-semibold">
          Qualifications
        </h2>
        <QualificationList qualifications={qualifications} />
      </section>
    </div>
  );
}

const pct = (n: number, d: number) => (d > 0 ? `${Math.floor((n * 100) / d)}%` : "—");

/** A school's CPD at a glance for its leaders (and, as numbers only, its governors). */
export function SchoolCpdSummary({
  figures, waiting, mayVerify, year, schoolId,
}: { figures: SchoolFigures | null; waiting: number; mayVerify: boolean; year: string; schoolId?: string }) {
  if (!figures) return null;
  const queue = asRoute(withQuery(routes.verification(), schoolId ? `school=${schoolId}` : ""));
  return (
    <section aria-labelledby="cpd-summary" className="space-y-3">
      <h2 id="cpd-summary" className="text-lg font-semibold">
        Staff development {year}
      </h2>
      <StatGrid>
        <Stat label="Awaiting verification" value={formatNumber(waiting)} hint={mayVerify ? "Submitted in any academic year" : "Activities submitted by staff, any academic year"} />
        <Stat label="Staff on track for CPD target" value={pct(figures.onTrack, figures.staff)} />
        <Stat label="Training compliance" value={pct(figures.met, figures.applicable)} />
        <Stat label="Verified activities" value={formatNumber(figures.verified)} />
      </StatGrid>
      {mayVerify && (
        <p className="flex flex-wrap gap-4">
          <Link href={queue} className="text-brand-700 underline">
            Verify {formatNumber(waiting)} submitted {waiting === 1 ? "activity" : "activities"}
          </Link>
          <Link href="/school-development" className="text-brand-700 underline">
            School development
          </Link>
        </p>
      )}
    </section>
  );
}
