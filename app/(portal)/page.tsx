import Link from "next/link";
import { AggregatesDashboard } from "@/components/dashboards/AggregatesDashboard";
import { StaffDashboard } from "@/components/dashboards/StaffDashboard";
import { PageHeader } from "@/components/ui/PageHeader";
import { ROLE_LABELS } from "@/lib/auth/navigation";
import { activeRole, requireViewer } from "@/lib/auth/viewer";
import { academicYear } from "@/lib/format";
import { getSchool, schoolAggregates } from "@/lib/org/queries";
import { myEmployment } from "@/lib/people/queries";

export default async function HomePage() {
  const viewer = await requireViewer();
  const role = await activeRole(viewer);
  const year = academicYear().label;
  const title = `${ROLE_LABELS[role?.role ?? "STAFF"]} dashboard`;

  switch (role?.role) {
    case "TRUST_ADMIN":
    case "TRUSTEE":
      return (
        <>
          <PageHeader title={title} lead={`Trust-wide figures, academic year ${year}.`} />
          <AggregatesDashboard title="Across the trust" data={await schoolAggregates(viewer)} />
        </>
      );
    case "LOCAL_GOVERNOR":
    case "HEADTEACHER":
    case "SENIOR_LEADER": {
      const school = await getSchool(viewer, role.schoolId ?? "");
      return (
        <>
          <PageHeader title={title} lead={`${school.name}, academic year ${year}.`}>
            <Link href={`/schools/${school.id}`} className="text-brand-700 underline">
              School profile
            </Link>
          </PageHeader>
          <AggregatesDashboard title={school.name} data={await schoolAggregates({ ...viewer, roles: [role] })} />
        </>
      );
    }
    default:
      return (
        <>
          <PageHeader title={title} lead={`Welcome, ${viewer.name}. Academic year ${year}.`} />
          <StaffDashboard employment={await myEmployment(viewer)} />
        </>
      );
  }
}
