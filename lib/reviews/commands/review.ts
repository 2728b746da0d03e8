import "server-only";
// The reviewer's side: write a review (a judgement per area that applies to the school, strengths,
// areas for development, evidence notes), save it as a draft, submit it. Grades and areas are checked
// against the cycle's framework, the reference data, never a list in code.
import { can } from "@/lib/access/policy";
import { changed, command } from "@/lib/commands/command";
import { fieldError } from "@/lib/commands/errors";
import { areaApplies } from "../rules";
import { gradeField, saveReviewSchema } from "../schema";
import { frameworkOf, lockedReview } from "./load";
import { fromIsoDay } from "@/lib/dates";
import { routes } from "@/lib/routes";

type Area = { id: string; name: string; appliesTo: "ALL" | "EARLY_YEARS" | "SIXTH_FORM" };
type School = { hasEarlyYears: boolean; hasSixthForm: boolean };

/** The names of applicable areas without a judgement. */
export function missingJudgements(areas: Area[], school: School, judgements: { areaId: string }[]): string[] {
  const graded = new Set(judgements.map((j) => j.areaId));
  return areas.filter((a) => areaApplies(a, school) && !graded.has(a.id)).map((a) => a.name);
}

export const saveReview = command({
  schema: saveReviewSchema,
  load: (tx, viewer, input) => lockedReview(tx, viewer, input.reviewId),
  // Through the registry, about the review: the reviewer who leads it ("review:write:own"), or the trust.
  authorize: (viewer, _, review) => can(viewer, "review:write:own", { userId: review.leadReviewerId }) || can(viewer, "review:write:any"),
  async work(tx, viewer, input, review) {
    if (review.status !== "DRAFT") throw fieldError("reviewId", "This review was submitted and can no longer be edited.");
    const { areas, grades } = await frameworkOf(tx, viewer, review.cycle.frameworkId);
    const areaById = new Map(areas.map((a) => [a.id, a]));
    const gradeByCode = new Map(grades.map((g) => [g.code, g]));
    const judgements: { areaId: string; gradeId: string }[] = [];
    for (const [areaId, code] of Object.entries(input.grades)) {
      const area = areaById.get(areaId);
      if (!area) throw fieldError(gradeField(areaId), "That area is not in the cycle's framework.");
      if (!areaApplies(area, review.school)) throw fieldError(gradeField(areaId), `${area.name} does not apply to ${review.school.name}.`);
      const grade = gradeByCode.get(code);
      if (!grade) throw fieldError(gradeField(areaId), `Choose a grade of the framework for ${area.name}.`);
      judgements.push({ areaId, gradeId: grade.id });
    }
    const visitDate = input.visitDate ? fromIsoDay(input.visitDate) : review.visitDate;
    if (input.intent === "submit") {
      if (!visitDate) throw fieldError("visitDate", "Enter the visit date before submitting.");
      const missing = missingJudgements(areas, review.school, judgements);
      const first = areas.find((a) => missing.includes(a.name));
      if (first) throw fieldError(gradeField(first.id), `Give a judgement for ${missing.join(", ")} before submitting.`);
      if (!input.safeguarding) throw fieldError("safeguarding", "Say whether safeguarding is met before submitting.");
      if (!input.strengths) throw fieldError("strengths", "Write the strengths before submitting.");
      if (!input.areasForDevelopment) throw fieldError("areasForDevelopment", "Write the areas for development before submitting.");
    }
    await tx.judgement.deleteMany({ where: { reviewId: review.id, trustId: viewer.trustId } });
    await tx.judgement.createMany({ data: judgements.map((j) => ({ ...j, trustId: viewer.trustId, reviewId: review.id })) });
    const submit = input.intent === "submit";
    const after = await tx.schoolReview.update({
      where: { id: review.id },
      data: {
        visitDate,
        strengths: input.strengths,
        areasForDevelopment: input.areasForDevelopment,
        evidenceNotes: input.evidenceNotes,
        safeguardingMet: input.safeguarding === "" ? null : input.safeguarding === "met",
        ...(submit ? { status: "SUBMITTED" as const, submittedAt: new Date() } : {}),
      },
    });
    return changed(
      "SchoolReview",
      review.id,
      submit ? "review.submit" : "review.saveDraft",
      { before: { status: review.status, judgements: review.judgements.length }, after: { status: after.status, judgements } },
      { id: review.id, cycleId: review.cycleId, submitted: submit },
    );
  },
  revalidate: (input, data) => [routes.review(input.reviewId), routes.reviewCycle(data.cycleId), routes.reviews(), routes.home()],
  success: (data) => (data.submitted ? "Review submitted to the trust." : "Draft saved."),
});
