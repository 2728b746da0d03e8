import type { Metadata } from "next";
import { CorrectReviewForm, ReviewForm } from "@/components/appraisal/ReviewForms";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { FlashNotice } from "@/components/ui/FlashNotice";
import { PageHeader } from "@/components/ui/PageHeader";
import { Section } from "@/components/ui/Section";
import { requireViewer } from "@/lib/access/viewer";
import { CONVERSATION, PROGRESS_LABEL, REVIEW_KIND_LABEL } from "@/lib/appraisal/labels";
import { kindParam, reviewDetail } from "@/lib/appraisal/reviews/queries";
import { formatDate, formatDateTime } from "@/lib/dates";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Review" };

type Detail = Awaited<ReturnType<typeof reviewDetail>>;
type Version = NonNullable<Detail["review"]>;

/** A review as it stands or as signed off: read-only text of both sides. */
function ReadOnly({ r, objectives, heading }: { r: Version; objectives: Detail["objectives"]; heading: string }) {
  return (
    <Section id={`version-${r.version}`} title={heading} className="space-y-3 rounded border border-slate-200 bg-white p-4">
      {r.correctionNote && <p className="text-sm text-slate-700">Correction: {r.correctionNote}</p>}
      <ol className="space-y-3">
        {objectives.map((o, i) => {
          const p = r.progress[o.id];
          return (
            <li key={o.id}>
              <h3 className="font-semibold break-words">{i + 1}. {o.title}</h3>
              <p>Progress: {p ? PROGRESS_LABEL[p.progress] : "Not recorded"}</p>
              <p className="break-words">Reviewee: {p?.revieweeComment || "—"}</p>
              <p className="break-words">Reviewer: {p?.reviewerComment || "—"}</p>
            </li>
          );
        })}
      </ol>
      <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
        {CONVERSATION.map((c) => <div key={c.name} className="contents"><dt className="font-medium">{c.label}</dt><dd className="whitespace-pre-line break-words">{r[c.name] || "—"}</dd></div>)}
        <dt className="font-medium">Reviewee’s comment</dt><dd className="whitespace-pre-line break-words">{r.revieweeComment || "—"}</dd>
        <dt className="font-medium">Reviewer’s comment</dt><dd className="whitespace-pre-line break-words">{r.reviewerComment || "—"}</dd>
      </dl>
      <p className="text-sm text-slate-700">
        Signed off by the reviewee: {r.revieweeSignedAt ? formatDateTime(r.revieweeSignedAt) : "not yet"}; by the reviewer: {r.reviewerSignedAt ? formatDateTime(r.reviewerSignedAt) : "not yet"}.
      </p>
    </Section>
  );
}

export default async function ReviewPage({ params }: { params: Promise<{ id: string; kind: string }> }) {
  const viewer = await requireViewer();
  const { id, kind } = await params;
  const d = await reviewDetail(viewer, id, kindParam(kind));
  const label = REVIEW_KIND_LABEL[d.kind];
  return (
    <>
      <Breadcrumbs items={[{ label: "Performance development", href: routes.performance() }, { label: d.reviewee, href: routes.performancePlan(d.planId) }, { label }]} />
      <PageHeader
        title={`${label}: ${d.reviewee}`}
        lead={`${d.yearLabel}. Reviewer: ${d.reviewer}. Signed off by both between ${formatDate(d.window.from)} and ${formatDate(d.window.to)}${d.windowOpen ? " (open now)" : ""}.`}
      />
      <FlashNotice />
      <div className="space-y-6">
        {!d.agreed && !d.review ? <p>The objectives are not agreed yet: the review looks at agreed objectives.</p> : d.writes ? (
          <>
            {d.review && (d.review.revieweeSignedAt || d.review.reviewerSignedAt) && <p>Signed off by {d.review.revieweeSignedAt ? "the reviewee" : "the reviewer"}; waiting for {d.review.revieweeSignedAt ? "the reviewer" : "the reviewee"}.</p>}
            <ReviewForm planId={d.planId} kind={d.kind} objectives={d.objectives} asReviewer={d.asReviewer} values={d.review} />
          </>
        ) : d.review ? (
          <ReadOnly r={d.review} objectives={d.objectives} heading={d.signed ? `Signed off (version ${d.review.version})` : "In progress"} />
        ) : <p>Not started yet.</p>}
        {d.corrects && d.review && <Section id="correct" title="Correct the signed-off review"><CorrectReviewForm reviewId={d.review.id} /></Section>}
        {d.earlier.map((r) => <ReadOnly key={r.id} r={r} objectives={d.objectives} heading={`Version ${r.version}, superseded ${formatDate(r.supersededAt)}`} />)}
      </div>
    </>
  );
}
