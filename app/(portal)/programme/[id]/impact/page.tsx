import type { Metadata } from "next";
import { CourseImpactView } from "@/components/programme/ImpactViews";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { PageHeader } from "@/components/ui/PageHeader";
import { requireViewer } from "@/lib/access/viewer";
import { courseImpact } from "@/lib/programme/impact/queries";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Course impact" };

/** A course's impact report, for its organisers and the trust admin. */
export default async function CourseImpactPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const r = await courseImpact(viewer, (await params).id);
  return (
    <>
      <Breadcrumbs items={[{ label: "CPD programme", href: routes.programme() }, { label: r.title, href: routes.course(r.id) }, { label: "Impact" }]} />
      <PageHeader title={`Impact: ${r.title}`} lead={r.named ? "Answers are shown with names (trust admin)." : "Answers are quoted without names."} />
      <CourseImpactView r={r} />
    </>
  );
}
