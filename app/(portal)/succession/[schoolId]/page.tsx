import type { Metadata } from "next";
import { LackingExpected, SchoolNpqs, TalentPool } from "@/components/pipeline/SchoolTalent";
import { SchoolPlan } from "@/components/pipeline/SchoolPlan";
import { PageHeader } from "@/components/ui/PageHeader";
import { requireViewer } from "@/lib/access/viewer";
import { isId } from "@/lib/validation/fields";
import { notFound } from "next/navigation";
import { schoolPipeline } from "@/lib/pipeline/queries";
import { KEY_POSTS } from "@/lib/pipeline/rules";
import { queryHref } from "@/components/ui/Pager";
import { pageOf } from "@/lib/paging";
import { routes } from "@/lib/routes";
import { pageNumber } from "@/lib/validation/fields";

export const metadata: Metadata = { title: "Succession and talent" };

/** Aspirations per page (each with its endorse link; a large school has 30) and NPQs (each unverified one with its verify form, 1.8 kB a row). */
const ASPIRATIONS_PER_PAGE = 8;
const NPQS_PER_PAGE = 5;

export default async function SchoolSuccessionPage({ params, searchParams }: { params: Promise<{ schoolId: string }>; searchParams: Promise<{ change?: string | string[]; successor?: string | string[]; endorse?: string | string[]; talent?: string | string[]; npqs?: string | string[] }> }) {
  const viewer = await requireViewer();
  const { schoolId } = await params;
  if (!isId(schoolId)) notFound();
  const data = await schoolPipeline(viewer, schoolId);
  // The key post being changed: its forms are open, the others link to theirs.
  const { change, successor, endorse, talent, npqs } = await searchParams;
  const changing = KEY_POSTS.find((p) => p === change) ?? null;
  const endorsing = typeof endorse === "string" ? endorse : null;
  // An aspiration being endorsed shows on its own page of the list.
  const at = data.aspirations.findIndex((a) => a.id === endorsing);
  const aspirations = pageOf(data.aspirations, at >= 0 ? Math.floor(at / ASPIRATIONS_PER_PAGE) + 1 : pageNumber().parse(talent), ASPIRATIONS_PER_PAGE);
  const qualifications = pageOf(data.npqs, pageNumber().parse(npqs), NPQS_PER_PAGE);
  const hrefFor = queryHref(routes.schoolSuccession(data.school.id), { talent: aspirations.page, npqs: qualifications.page });
  return (
    <>
      <PageHeader title={`Succession and talent: ${data.school.name}`} lead="The school's plan for its key posts, its staff's aspirations with your view of their readiness, and their NPQs." />
      <div className="space-y-10">
        <SchoolPlan schoolId={data.school.id} posts={data.posts} staff={data.staff} changing={changing} adding={successor === "add"} />
        {/* Changing a post, the page is its plan alone: each of the post's three lists holds the school's staff. */}
        {changing === null && (
          <>
            <TalentPool schoolId={data.school.id} aspirations={aspirations.rows} ownStaffId={data.ownStaffId} endorsing={endorsing} paging={{ ...aspirations, hrefFor }} />
            <SchoolNpqs npqs={qualifications.rows} ownStaffId={data.ownStaffId} paging={{ ...qualifications, hrefFor }} />
            <LackingExpected people={data.lacking} />
          </>
        )}
      </div>
    </>
  );
}
