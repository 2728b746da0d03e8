import type { Metadata } from "next";
import { TrustDashboardView } from "@/components/governance/TrustDashboardView";
import { PageHeader } from "@/components/ui/PageHeader";
import { can } from "@/lib/access/policy";
import { requireViewer } from "@/lib/access/viewer";
import { dashboardParams } from "@/lib/governance/params";
import { trustDashboard } from "@/lib/governance/queries";

export const metadata: Metadata = { title: "Governance" };

export default async function GovernancePage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const viewer = await requireViewer();
  const { view, page, ...filters } = dashboardParams.parse(await searchParams);
  const data = await trustDashboard(viewer, filters);
  return (
    <>
      <PageHeader title="Governance" lead="The trust's key metrics by school, against its thresholds and the trust average." />
      <TrustDashboardView data={data} group={view} basePath="/governance" mayEdit={can(viewer, "metric:edit")} mayDefine={can(viewer, "metric:define")} page={page} />
    </>
  );
}
