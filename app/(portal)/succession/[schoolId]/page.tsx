import type { Metadata } from "next";
import { LackingExpected, SchoolNpqs, TalentPool } from "@/components/pipeline/SchoolTalent";
import { SchoolPlan } from "@/components/pipeline/SchoolPlan";
import { PageHeader } from "@/components/ui/PageHeader";
import { requireViewer } from "@/lib/access/viewer";
import { isId } from "@/lib/validation/fields";
import { notFound } from "next/navigation";
import { schoolPipeline } from "@/lib/pipeline/queries";
import { KEY_POSTS } from "@/lib/pipeline/rules";

export const metadata: Metadata = { title: "Succession and talent" };

export default async function SchoolSuccessionPage({ params, searchParams }: { params: Promise<{ schoolId: string }>; searchParams: Promise<{ change?: string | string[]; endorse?: string | string[] }> }) {
  const viewer = await requireViewer();
  const { schoolId } = await params;
  if (!isId(schoolId)) notFound();
  const data = await schoolPipeline(viewer, schoolId);
  // The key post being changed: its forms are open, the others link to theirs.
  const { change, endorse } = await searchParams;
  const changing = KEY_POSTS.find((p) => p === change) ?? null;
  return (
    <>
      <PageHeader title={`Succession and talent: ${data.school.name}`} lead="The school's plan for its key posts, its staff's aspirations with your view of their readiness, and their NPQs." />
      <div className="space-y-10">
        <SchoolPlan schoolId={data.school.id} posts={data.posts} staff={data.staff} changing={changing} />
        <TalentPool schoolId={data.school.id} aspirations={data.aspirations} ownStaffId={data.ownStaffId} endorsing={typeof endorse === "string" ? endorse : null} />
        <SchoolNpqs npqs={data.npqs} ownStaffId={data.ownStaffId} />
        <LackingExpected people={data.lacking} />
      </div>
    </>
  );
}
