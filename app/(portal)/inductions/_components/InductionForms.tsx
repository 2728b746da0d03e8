"use client";
// The induction forms (issue 11 §5): start, change its people, record a term's review, record the
// final assessment, correct a recorded one (issue 15 §4). Each is checked in the browser by the schema the server uses.
import { Choice, Form, Input, Submit, TextArea } from "@/components/ui/form";
import type { Option } from "@/components/ui/Select";
import { correctReviewAction, recordFinalAssessmentAction, recordReviewAction, startInductionAction, updateInductionAction } from "@/lib/inductions/actions";

function People({ colleagues }: { colleagues: Option[] }) {
  return (
    <>
      <Choice name="mentorId" label="Mentor" hint="Supports the ECT week by week." options={colleagues} empty="Choose a mentor" />
      <Choice name="inductionTutorId" label="Induction tutor" hint="Holds the termly reviews and the formal assessments." options={colleagues} empty="Choose an induction tutor" />
      <Input name="appropriateBody" label="Appropriate body" hint="The teaching school hub or local authority that quality-assures the induction." />
    </>
  );
}

export function StartInductionForm({ ects, colleagues, values }: { ects: Option[]; colleagues: Option[]; values: Record<string, string> }) {
  return (
    <Form id="start-induction" action={startInductionAction} loadSchema={() => import("@/lib/inductions/schema").then((m) => m.startInductionSchema)} values={values} className="max-w-2xl space-y-5">
      <Choice name="staffMemberId" label="Early career teacher" hint="A teacher of the school without an induction; their career stage becomes ECT." options={ects} empty="Choose a teacher" />
      <div className="grid gap-4 sm:grid-cols-2">
        <Input name="startDate" label="Start date" type="date" />
        <Input name="expectedTerms" label="Expected terms" inputMode="numeric" hint="6 full time; more, pro rata, part time." />
      </div>
      <People colleagues={colleagues} />
      <Submit>Start the induction</Submit>
    </Form>
  );
}

export function UpdateInductionForm({ id, colleagues, values }: { id: string; colleagues: Option[]; values: Record<string, string> }) {
  return (
    <Form id="update-induction" action={updateInductionAction} loadSchema={() => import("@/lib/inductions/schema").then((m) => m.updateInductionSchema)} hidden={{ inductionId: id }} values={values} className="max-w-2xl space-y-5">
      <People colleagues={colleagues} />
      <Submit variant="secondary">Save the mentor, tutor and appropriate body</Submit>
    </Form>
  );
}

/** The date it was held and the notes: the same on a review and on the final assessment. */
function Held() {
  return (
    <>
      <Input name="heldOn" label="Held on" type="date" />
      <TextArea name="notes" label="Notes (optional)" hint="Progress against the Teachers' Standards, support agreed." rows={4} />
    </>
  );
}

export function RecordReviewForm({ reviews, today }: { reviews: Option[]; today: string }) {
  return (
    <Form id="record-review" action={recordReviewAction} loadSchema={() => import("@/lib/inductions/schema").then((m) => m.recordReviewSchema)} values={{ heldOn: today, reviewId: reviews[0]?.value ?? "" }} className="max-w-2xl space-y-5">
      <Choice name="reviewId" label="Review" options={reviews} empty="Choose the review" />
      <Choice name="outcome" label="Outcome" options={[{ value: "ON_TRACK", label: "On track" }, { value: "NOT_ON_TRACK", label: "Not on track" }]} empty="Choose the outcome" />
      <Held />
      <Submit>Record the review</Submit>
    </Form>
  );
}

export function FinalAssessmentForm({ id, today }: { id: string; today: string }) {
  return (
    <Form id="final-assessment" action={recordFinalAssessmentAction} loadSchema={() => import("@/lib/inductions/schema").then((m) => m.finalAssessmentSchema)} hidden={{ inductionId: id }} values={{ heldOn: today }} className="max-w-2xl space-y-5">
      <Choice name="outcome" label="Final outcome" hint="Recorded once: it completes the induction." options={[{ value: "SATISFACTORY", label: "Satisfactory" }, { value: "UNSATISFACTORY", label: "Unsatisfactory" }]} empty="Choose the outcome" />
      <Held />
      <Submit>Record the final assessment</Submit>
    </Form>
  );
}

const REVIEW_OUTCOMES = [{ value: "ON_TRACK", label: "On track" }, { value: "NOT_ON_TRACK", label: "Not on track" }];
const FINAL_OUTCOMES = [{ value: "SATISFACTORY", label: "Satisfactory" }, { value: "UNSATISFACTORY", label: "Unsatisfactory" }];

/** One recorded review's correction, filled in with what is recorded; the version shown guards against two at once. */
export function CorrectReviewForm({ review, final }: { review: { id: string; version: number; heldOn: string; outcome: string; notes: string }; final: boolean }) {
  return (
    <Form
      id={`correct-${review.id}`}
      action={correctReviewAction}
      loadSchema={() => import("@/lib/inductions/schema").then((m) => m.correctReviewSchema)}
      hidden={{ reviewId: review.id, version: String(review.version) }}
      values={{ heldOn: review.heldOn, outcome: review.outcome, notes: review.notes }}
      className="max-w-2xl space-y-5"
    >
      <Choice name="outcome" label={final ? "Final outcome" : "Outcome"} options={final ? FINAL_OUTCOMES : REVIEW_OUTCOMES} empty="Choose the outcome" />
      <Held />
      <TextArea name="correctionNote" label="Why it is corrected" hint="Kept with the earlier version, which stays in the review's history." rows={2} />
      <Submit variant="secondary">Save the correction</Submit>
    </Form>
  );
}
