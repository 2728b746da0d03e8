import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/ui/ActionButton";
import { AddActionForm } from "@/components/reviews/ActionForms";
import { Judgements } from "@/components/reviews/Judgements";
import { ReviewForm } from "@/components/reviews/ReviewForm";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { PageHeader } from "@/components/ui/PageHeader";
import { can } from "@/lib/access/policy";
import { requireViewer } from "@/lib/access/viewer";
import { readFlash } from "@/lib/commands/flash";
import { correctReviewAction, publishReviewAction } from "@/lib/reviews/actions";
import { REVIEW_KIND_LABEL, REVIEW_STATUS_LABEL } from "@/lib/reviews/labels";
import { agreementOpen } from "@/lib/reviews/rules";
import { actionOwners, getReview, schoolCsi } from "@/lib/reviews/queries";
import { formatDate, isoDayOrNull } from "@/lib/dates";
import { Notice } from "@/components/ui/Notice";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "School review" };

const Text = ({ title, children }: { title: string; children: string }) => (
  <section className="mt-4">
    <h3 className="font-semibold">{title}</h3>
    <p className="whitespace-pre-line">{children || "—"}</p>
  </section>
);

export default async function ReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const review = await getReview(viewer, (await params).id);
  const flash = await readFlash();
  const [owners, standing] = review.may.addActions ? await Promise.all([actionOwners(viewer, review.school.id), schoolCsi(viewer, review.school.id)]) : [[], null];
  return (
    <>
      <Breadcrumbs items={[{ label: "Reviews", href: "/reviews" }, { label: review.cycle.name, href: can(viewer, "review:assign") ? routes.reviewCycle(review.cycle.id) : undefined }, { label: `${review.school.name}: ${REVIEW_KIND_LABEL[review.kind]}` }]} />
      <PageHeader
        title={`${review.school.name}: ${REVIEW_KIND_LABEL[review.kind]}`}
        lead={`${review.cycle.name} · visit ${formatDate(review.visitDate)} · ${REVIEW_STATUS_LABEL[review.status]}${review.version > 1 ? ` · version ${review.version}` : ""}`}
      >
        <Link href={`/reviews/schools/${review.school.id}`} className="text-brand-700 underline">The school&apos;s CSI page</Link>
      </PageHeader>
      {flash && !review.may.write && (
        <Notice>{flash}</Notice>
      )}
      {review.supersededAt && review.supersededBy && (
        <p role="note" className="mb-4 rounded border-l-4 border-amber-600 bg-amber-50 p-2">
          Corrected on {formatDate(review.supersededAt)}: <Link href={`/reviews/${review.supersededBy.id}`} className="underline">read version {review.supersededBy.version}</Link>.
        </p>
      )}
      {review.supersedes && (
        <p className="mb-4">This version corrects <Link href={`/reviews/${review.supersedes.id}`} className="text-brand-700 underline">version {review.supersedes.version}</Link>.</p>
      )}
      {review.may.write ? (
        <ReviewForm
          review={{ ...review, visitDate: isoDayOrNull(review.visitDate), evidenceNotes: review.evidenceNotes ?? "", areas: review.areas }}
          grades={review.grades}
          notice={flash ?? undefined}
        />
      ) : (
        <div className="grid gap-8 lg:grid-cols-2">
          <section aria-labelledby="judgements">
            <h2 id="judgements" className="mb-2 text-lg font-semibold">Judgements</h2>
            <Judgements areas={review.areas} safeguardingMet={review.safeguardingMet} />
          </section>
          <section aria-labelledby="findings">
            <h2 id="findings" className="text-lg font-semibold">Findings</h2>
            {review.reviewers && <p className="mt-2">Reviewers: {review.reviewers.join(", ")}</p>}
            <Text title="Strengths">{review.strengths}</Text>
            <Text title="Areas for development">{review.areasForDevelopment}</Text>
            {review.evidenceNotes !== null && <Text title="Evidence notes">{review.evidenceNotes}</Text>}
          </section>
        </div>
      )}
      <div className="mt-6 flex flex-wrap gap-3">
        {review.may.publish && <ActionButton id="publish" action={publishReviewAction} hidden={{ reviewId: review.id }} label="Publish review" variant="primary" />}
        {review.may.correct && <ActionButton id="correct" action={correctReviewAction} hidden={{ reviewId: review.id }} label="Correct as a new version" variant="secondary" />}
      </div>
      {review.may.addActions && standing && (
        <section aria-labelledby="new-action" className="mt-8 max-w-2xl rounded border border-slate-200 bg-white p-4">
          <h2 id="new-action" className="mb-3 text-lg font-semibold">Add an action from this review</h2>
          <AddActionForm
            reviewId={review.id}
            areas={review.areas.map((a) => ({ value: a.id, label: a.name }))}
            owners={owners.map((o) => ({ value: o.id, label: `${o.firstName} ${o.lastName}, ${o.jobTitle}` }))}
            agreements={standing.agreements.filter((a) => a.receiver.id === review.school.id && agreementOpen(a.status)).map((a) => ({ value: a.id, label: `${a.giver.name}: ${a.focus.slice(0, 60)}` }))}
          />
        </section>
      )}
    </>
  );
}
