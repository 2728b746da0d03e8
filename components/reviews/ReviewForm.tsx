"use client";
// The reviewer's form: a judgement per area that applies to the school, safeguarding, strengths,
// areas for development and evidence notes; "Save draft" or "Submit to the trust".
import { Choice, Form, Input, Submit, TextArea } from "@/components/ui/form";
import { saveReviewAction } from "@/lib/reviews/actions";
import { gradeField } from "@/lib/reviews/fields";

type Props = {
  review: {
    id: string;
    visitDate: string | null;
    strengths: string;
    areasForDevelopment: string;
    evidenceNotes: string;
    safeguardingMet: boolean | null;
    areas: { id: string; name: string; grade: { code: string } | null }[];
  };
  grades: { code: string; label: string }[];
  /** A result flashed across the redirect ("Draft saved."). */
  notice?: string;
};

export function ReviewForm({ review, grades, notice }: Props) {
  const gradeOptions = grades.map((g) => ({ value: g.code, label: g.label }));
  return (
    <Form id="review" action={saveReviewAction} loadSchema={() => import("@/lib/reviews/schema").then((m) => m.saveReviewSchema)} hidden={{ reviewId: review.id }} className="space-y-5" notice={notice}>
      <Input name="visitDate" label="Visit date" type="date" defaultValue={review.visitDate ?? ""} />
      <fieldset className="space-y-3 rounded border border-slate-300 p-3">
        <legend className="px-1 font-semibold">Judgements</legend>
        {review.areas.map((a) => (
          <Choice key={a.id} name={gradeField(a.id)} label={a.name} empty="Not graded yet" options={gradeOptions} defaultValue={a.grade?.code ?? ""} />
        ))}
        <Choice
          name="safeguarding"
          label="Safeguarding"
          empty="Not judged yet"
          options={[{ value: "met", label: "Met" }, { value: "not_met", label: "Not met" }]}
          defaultValue={review.safeguardingMet === null ? "" : review.safeguardingMet ? "met" : "not_met"}
        />
      </fieldset>
      <TextArea name="strengths" label="Strengths" rows={5} defaultValue={review.strengths} />
      <TextArea name="areasForDevelopment" label="Areas for development" rows={5} defaultValue={review.areasForDevelopment} />
      <TextArea name="evidenceNotes" label="Evidence notes" hint="Seen by the trust, the school's head and senior leaders; never by governors or trustees." rows={6} defaultValue={review.evidenceNotes} />
      <div className="flex flex-wrap gap-3">
        <Submit name="intent" value="draft" variant="secondary">
          Save draft
        </Submit>
        <Submit name="intent" value="submit">
          Submit to the trust
        </Submit>
      </div>
    </Form>
  );
}
