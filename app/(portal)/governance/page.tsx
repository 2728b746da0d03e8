import type { Metadata } from "next";
import Link from "next/link";
import { TrustDashboardView } from "@/components/governance/TrustDashboardView";
import { PageHeader } from "@/components/ui/PageHeader";
import { can } from "@/lib/access/policy";
import { requireViewer } from "@/lib/access/viewer";
import { dashboardParams } from "@/lib/governance/params";
import { trustDashboard } from "@/lib/governance/queries";
import { asRoute, routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Governance" };

export default async function GovernancePage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const viewer = await requireViewer();
  const { view, page, show, ...filters } = dashboardParams.parse(await searchParams);
  const data = await trustDashboard(viewer, filters);
  return (
    <>
      <PageHeader title="Governance" lead="The trust's key metrics by school, against its thresholds and the trust average.">
        {/* The board reads the schools' improvement plans beside their figures (issue 18 §1). */}
        {can(viewer, "priority:board") && (
          <Link href={asRoute(routes.priorities())} className="text-brand-700 underline">
            Improvement priorities of every school, by strand and progress
          </Link>
        )}
      </PageHeader>
      <TrustDashboardView data={data} group={view} basePath="/governance" mayEdit={can(viewer, "metric:edit")} mayDefine={can(viewer, "metric:define")} show={show} page={page} />
    </>
  );
}
