"use client";
// A review as the two parties write it: progress on each objective with each side's comment, both
// overall comments, the structured conversation, then "Save" or "Save and sign off"; and the correction of
// a signed-off review as a new version. Each side writes its own comments; the other's are shown.
import { Choice, Form, GroupError, Submit, TextArea } from "@/components/ui/form";
import { correctReviewAction, saveReviewAction } from "@/lib/appraisal/actions";
import { CONVERSATION, PROGRESS_LABEL } from "@/lib/appraisal/labels";
import { options } from "@/lib/format";

type Objective = { id: string; title: string; successIndicators: string };
type Progress = { progress: string; revieweeComment: string; reviewerComment: string };
export type ReviewValues = { revieweeComment: string; reviewerComment: string; workload: string; wellbeing: string; flexibleWorking: string; careerAspirations: string; progress: Record<string, Progress> };

function Theirs({ label, text }: { label: string; text: string }) {
  return (
    <div>
      <p className="font-medium">{label}</p>
      <p className="whitespace-pre-line break-words text-slate-800">{text || "Not written yet."}</p>
    </div>
  );
}

export function ReviewForm({ planId, kind, objectives, asReviewer, values }: { planId: string; kind: string; objectives: Objective[]; asReviewer: boolean; values: ReviewValues | null }) {
  const initial: Record<string, string> = values
    ? {
        revieweeComment: values.revieweeComment, reviewerComment: values.reviewerComment, workload: values.workload, wellbeing: values.wellbeing,
        flexibleWorking: values.flexibleWorking, careerAspirations: values.careerAspirations,
        ...Object.fromEntries(objectives.flatMap((o) => { const p = values.progress[o.id]; return p ? [[`progress.${o.id}`, p.progress], [`revieweeNote.${o.id}`, p.revieweeComment], [`reviewerNote.${o.id}`, p.reviewerComment]] : []; })),
      }
    : {};
  const own = asReviewer ? "reviewer" : "reviewee";
  return (
    <Form id="review" action={saveReviewAction} loadSchema={() => import("@/lib/appraisal/schema").then((m) => m.reviewSchema)} hidden={{ planId, kind }} values={initial} className="space-y-6">
      {objectives.map((o, i) => (
        <fieldset key={o.id} className="space-y-3 rounded border border-slate-200 p-3">
          <legend className="px-1 font-semibold break-words">Objective {i + 1}: {o.title}</legend>
          <p className="text-sm break-words text-slate-700">Success indicators: {o.successIndicators}</p>
          <Choice name={`progress.${o.id}`} label={`Progress on objective ${i + 1}`} empty="Choose…" options={options(PROGRESS_LABEL)} />
          <TextArea name={`${own}Note.${o.id}`} label={`Your comment on objective ${i + 1}`} rows={2} />
          <Theirs label={asReviewer ? "The reviewee's comment" : "The reviewer's comment"} text={(asReviewer ? values?.progress[o.id]?.revieweeComment : values?.progress[o.id]?.reviewerComment) ?? ""} />
        </fieldset>
      ))}
      <fieldset className="space-y-3">
        <legend className="font-semibold">The conversation</legend>
        {CONVERSATION.map((c) => <TextArea key={c.name} name={c.name} label={c.label} hint={c.hint} rows={2} />)}
      </fieldset>
      <TextArea name={`${own}Comment`} label="Your comment on the year so far" rows={3} />
      <Theirs label={asReviewer ? "The reviewee's comment" : "The reviewer's comment"} text={(asReviewer ? values?.revieweeComment : values?.reviewerComment) ?? ""} />
      <GroupError name="signOff" />
      <div className="flex flex-wrap gap-3">
        <Submit variant="secondary">Save</Submit>
        <Submit name="signOff" value="on">Save and sign off</Submit>
      </div>
    </Form>
  );
}

export function CorrectReviewForm({ reviewId }: { reviewId: string }) {
  return (
    <Form id="correct-review" action={correctReviewAction} loadSchema={() => import("@/lib/appraisal/schema").then((m) => m.correctReviewSchema)} hidden={{ reviewId }} className="space-y-3">
      <TextArea name="correctionNote" label="What needs correcting" hint="The signed-off version is kept; the correction is signed off again by both." rows={2} />
      <Submit variant="secondary">Open a correction</Submit>
    </Form>
  );
}
