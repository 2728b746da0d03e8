import type { Metadata } from "next";
import { SchoolGovernanceView } from "@/components/governance/SchoolGovernanceView";
import { ValueHistory } from "@/components/governance/ValueHistory";
import { VisitForm } from "@/components/governance/VisitForm";
import { PageHeader } from "@/components/ui/PageHeader";
import { requireViewer } from "@/lib/access/viewer";
import { readFlash } from "@/lib/commands/flash";
import { isoDay, londonToday } from "@/lib/dates";
import { dashboardParams } from "@/lib/governance/params";
import { schoolMetrics, schoolValueHistory, schoolVisits } from "@/lib/governance/school/queries";

export const metadata: Metadata = { title: "School governance" };

export default async function SchoolGovernancePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[]>> }) {
  const viewer = await requireViewer();
  const { id } = await params;
  const { metric } = dashboardParams.parse(await searchParams);
  const data = await schoolMetrics(viewer, id);
  const [visits, history, flash] = await Promise.all([schoolVisits(viewer, data.school.id), schoolValueHistory(viewer, data.school.id), readFlash()]);
  return (
    <>
      <PageHeader title={`${data.school.name}: governance`} lead={`URN ${data.school.urn} · ${data.school.cluster?.name ?? "No cluster"}`} />
      <SchoolGovernanceView
        data={data}
        visits={visits}
        metricKey={metric}
        form={data.mayRecordVisit ? <VisitForm schoolId={data.school.id} today={isoDay(londonToday())} notice={flash ?? undefined} /> : undefined}
      />
      <div className="mt-8">
        <ValueHistory changes={history} />
      </div>
    </>
  );
}
