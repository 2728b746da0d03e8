import Link from "next/link";
import { AdminWorklist } from "@/components/dashboards/AdminWorklist";
import { AggregatesDashboard } from "@/components/dashboards/AggregatesDashboard";
import { adminWorklist } from "@/lib/admin/worklist/queries";
import { StaffDashboard } from "@/components/dashboards/StaffDashboard";
import { CpdDashboard, SchoolCpdSummary } from "@/components/cpd/CpdDashboard";
import { LeaderDashboard } from "@/components/communities/LeaderDashboard";
import { ReviewsPanel } from "@/components/reviews/ReviewsPanel";
import { SchoolGovernanceView } from "@/components/governance/SchoolGovernanceView";
import { TrustDashboardView } from "@/components/governance/TrustDashboardView";
import { VisitForm } from "@/components/governance/VisitForm";
import { trustDashboard } from "@/lib/governance/queries";
import { schoolMetrics, schoolVisits } from "@/lib/governance/school/queries";
import { PageHeader } from "@/components/ui/PageHeader";
import { ROLE_LABELS } from "@/lib/shell/roles";
import { actingAs } from "@/lib/access/policy";
import { activeRole, requireViewer } from "@/lib/access/viewer";
import { leaderDashboard } from "@/lib/communities/dashboard/queries";
import { communityName } from "@/lib/communities/queries";
import { myActivities, myDevelopment } from "@/lib/cpd/queries";
import { schoolCpdSummary } from "@/lib/cpd/trust/queries";
import { getSchool, schoolAggregates } from "@/lib/org/queries";
import { myEmployment } from "@/lib/people/queries";
import { reviewsPanel } from "@/lib/reviews/queries";
import { schoolInductions } from "@/lib/inductions/queries";
import { academicYear, isoDay, londonToday } from "@/lib/dates";
import { FollowUpPanel } from "@/components/programme/FollowUpPanel";
import { pendingFollowUps } from "@/lib/programme/queries";

export default async function HomePage() {
  const viewer = await requireViewer();
  const role = await activeRole(viewer);
  const year = academicYear().label;
  const title = `${ROLE_LABELS[role?.role ?? "STAFF"]} dashboard`;

  switch (role?.role) {
    case "TRUSTEE":
      // The trustee's home is the governance dashboard (issue 10); aggregates only, no named record.
      return (
        <>
          <PageHeader title={title} lead={`The trust's key metrics by school, academic year ${year}.`} />
          <TrustDashboardView data={await trustDashboard(viewer, {})} group="pupils" basePath="/governance" mayEdit={false} />
        </>
      );
    case "TRUST_ADMIN": {
      const [worklist, aggregates] = await Promise.all([adminWorklist(viewer), schoolAggregates(viewer)]);
      return (
        <>
          <PageHeader title={title} lead={`What needs doing across the trust, and its figures, academic year ${year}.`} />
          <div className="space-y-8">
            <AdminWorklist data={worklist} />
            <AggregatesDashboard title="Across the trust" data={aggregates} />
          </div>
        </>
      );
    }
    case "LOCAL_GOVERNOR": {
      // A governor's home is their school's governance view: its metrics against the trust and its phase, and its visits.
      const governed = actingAs(viewer, role);
      const [metrics, visits] = await Promise.all([schoolMetrics(governed, role.schoolId ?? ""), schoolVisits(governed, role.schoolId ?? "")]);
      return (
        <>
          <PageHeader title={title} lead={`${metrics.school.name}, academic year ${year}.`} />
          <SchoolGovernanceView
            data={metrics}
            visits={visits}
            form={metrics.mayRecordVisit ? <VisitForm schoolId={metrics.school.id} today={isoDay(londonToday())} /> : undefined}
          />
        </>
      );
    }
    case "HEADTEACHER":
    case "SENIOR_LEADER": {
      // The school first (404 for one not theirs), then its four panels side by side, not one after another.
      const school = await getSchool(viewer, role.schoolId ?? "");
      const leading = actingAs(viewer, role);
      const [cpd, csi, inductions, aggregates] = await Promise.all([
        schoolCpdSummary(leading, school.id),
        reviewsPanel(leading, school.id),
        schoolInductions(leading, { school: school.id }),
        schoolAggregates(leading),
      ]);
      return (
        <>
          <PageHeader title={title} lead={`${school.name}, academic year ${year}.`}>
            <Link href={`/schools/${school.id}`} className="text-brand-700 underline">
              School profile
            </Link>
            <Link href={`/governance/schools/${school.id}`} className="text-brand-700 underline">
              Governance metrics
            </Link>
            <Link href="/inductions?status=BEHIND" className="text-brand-700 underline" data-testid="inductions-behind">
              ECT inductions behind: {inductions.behind}
            </Link>
            <Link href="/inductions#lapsed-heading" className="text-brand-700 underline" data-testid="mentor-meetings-lapsed">
              ECT mentor meetings lapsed: {inductions.lapsed.length}
            </Link>
          </PageHeader>
          <div className="space-y-8">
            {csi && <ReviewsPanel panel={csi} />}
            <SchoolCpdSummary {...cpd} />
            <AggregatesDashboard title={school.name} data={aggregates} />
          </div>
        </>
      );
    }
    case "NETWORK_LEADER": {
      // A role whose community is gone (or not seeded yet) gets a message, not a 404 home page.
      if (!(await communityName(viewer, role.communityId))) {
        return <PageHeader title={title} lead="The community you lead is not set up yet: ask the trust to check your appointment." />;
      }
      const data = await leaderDashboard(viewer, role.communityId ?? "");
      return (
        <>
          <PageHeader title={title} lead={`${data.community.name}, academic year ${year}.`} />
          <LeaderDashboard data={data} />
        </>
      );
    }
    default: {
      const [development, recent, employment, followUps] = await Promise.all([myDevelopment(viewer), myActivities(viewer, 5), myEmployment(viewer), pendingFollowUps(viewer)]);
      return (
        <>
          <PageHeader title={title} lead={`Welcome, ${viewer.name}. Academic year ${year}.`} />
          <div className="space-y-8">
            <FollowUpPanel followUps={followUps} />
            {development?.hours && (
              <CpdDashboard hours={development.hours} recent={recent} training={development.training} qualifications={development.qualifications} />
            )}
            <StaffDashboard employment={employment} />
          </div>
        </>
      );
    }
  }
}
