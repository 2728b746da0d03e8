import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { PageHeader } from "@/components/ui/PageHeader";
import { SchoolRetention } from "@/components/staff-retention/SchoolRetention";
import { requireViewer } from "@/lib/access/viewer";
import { schoolRetentionInsight } from "@/lib/staff-retention/queries";
import { routes } from "@/lib/routes";
import { pageNumber } from "@/lib/validation/fields";

export const metadata: Metadata = { title: "Retention" };

/** One school's retention: its head and governors, trustees and the trust admin; anyone else "not found". */
export default async function SchoolRetentionPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ comments?: string }> }) {
  const viewer = await requireViewer();
  const d = await schoolRetentionInsight(viewer, (await params).id);
  const { comments } = await searchParams;
  return (
    <>
      <Breadcrumbs items={[{ label: "Retention", href: routes.retention() }, { label: d.school.name }]} />
      <PageHeader title={`Retention at ${d.school.name}`} lead="Staff turnover, stability and early-career retention over five academic years, why people left and what leavers said. Figures only: no one is named." />
      <SchoolRetention d={d} path={routes.retentionSchool(d.school.id)} commentsPage={pageNumber().parse(comments)} />
    </>
  );
}
