import "server-only";
// ECT inductions (issue 11 §5, decision 018): a head (or a senior leader who will tutor it) starts an
// ECT's induction with its schedule of reviews; the head or the ECT's induction tutor changes its
// people, records each term's review and, once, the final assessment that completes it, and corrects
// a recorded one as a new version (the earlier kept as history, issue 15 §4).
import { can, type Viewer } from "@/lib/access/policy";
import { changed, command } from "@/lib/commands/command";
import { AppError, fieldError } from "@/lib/commands/errors";
import type { Tx } from "@/lib/db/client";
import { formatDate, fromIsoDay, londonToday } from "@/lib/dates";
import { staffVisibleTo } from "@/lib/people/access";
import { inductionVisibleTo, mayManageInduction } from "./access";
import { finalReviewOf, inductionSchedule, inductionYearOn } from "./rules";
import { correctReviewSchema, finalAssessmentSchema, recordReviewSchema, startInductionSchema, updateInductionSchema } from "./schema";
import { routes } from "@/lib/routes";

const nameOf = (p: { firstName: string; lastName: string }) => `${p.firstName} ${p.lastName}`;

/** Someone working at the school (no leave date: one is never recorded ahead), of the viewer's trust. */
function currentStaff(tx: Tx, viewer: Viewer, id: string, schoolId: string) {
  return tx.staffMember.findFirst({ where: { id, trustId: viewer.trustId, schoolId, leaveDate: null }, select: { id: true } });
}

/** The mentor and tutor: current staff of the ECT's school, neither of them the ECT. */
async function checkPeople(tx: Tx, viewer: Viewer, ect: { id: string; schoolId: string }, input: { mentorId: string; inductionTutorId: string }) {
  for (const [field, id, role] of [["mentorId", input.mentorId, "mentor"], ["inductionTutorId", input.inductionTutorId, "induction tutor"]] as const) {
    const message = `Choose a current member of staff of the ECT's school as the ${role}, not the ECT.`;
    if (id === ect.id || !(await currentStaff(tx, viewer, id, ect.schoolId))) throw fieldError(field, message);
  }
}

/** May start one at this school: its head (any school: the trust admin), or one of its senior leaders who will be the induction tutor. */
const mayStart = (viewer: Viewer, schoolId: string) => can(viewer, "induction:manage:any", { schoolId }) || can(viewer, "induction:view:any", { schoolId });

const inductionPaths = (id: string) => [routes.inductions(), routes.induction(id), routes.development(), routes.staff()];

export const startInduction = command({
  schema: startInductionSchema,
  // The ECT: a staff record the viewer reads, of a school where they may start one.
  load: (tx, viewer, input) =>
    tx.staffMember.findFirst({
      where: { id: input.staffMemberId, ...staffVisibleTo(viewer) },
      select: { id: true, schoolId: true, firstName: true, lastName: true, careerStage: true, leaveDate: true, induction: { select: { startDate: true } } },
    }),
  authorize: (viewer, _, ect) => mayStart(viewer, ect.schoolId),
  async work(tx, viewer, input, ect) {
    if (!can(viewer, "induction:manage:any", { schoolId: ect.schoolId }) && input.inductionTutorId !== viewer.staff?.id) {
      throw fieldError("inductionTutorId", "As a senior leader you may start an induction you will tutor: choose yourself, or ask the head.");
    }
    if (!(await currentStaff(tx, viewer, ect.id, ect.schoolId))) throw fieldError("staffMemberId", `${nameOf(ect)} no longer works at the school.`);
    if (ect.induction) throw fieldError("staffMemberId", `${nameOf(ect)}'s induction started on ${formatDate(ect.induction.startDate)}.`);
    await checkPeople(tx, viewer, ect, input);
    const schedule = inductionSchedule(fromIsoDay(input.startDate), input.expectedTerms);
    const row = await tx.earlyCareerInduction.create({
      data: {
        trustId: viewer.trustId,
        staffMemberId: ect.id,
        startDate: fromIsoDay(input.startDate),
        expectedTerms: input.expectedTerms,
        expectedCompletion: schedule[schedule.length - 1]!.dueOn,
        inductionYear: inductionYearOn(schedule, londonToday()),
        mentorId: input.mentorId,
        inductionTutorId: input.inductionTutorId,
        appropriateBody: input.appropriateBody,
      },
    });
    await tx.inductionReview.createMany({ data: schedule.map((s) => ({ trustId: viewer.trustId, inductionId: row.id, kind: s.kind, dueOn: s.dueOn })) });
    // An ECT is one by career stage too: starting the induction makes them one.
    if (ect.careerStage !== "ECT") await tx.staffMember.update({ where: { id: ect.id }, data: { careerStage: "ECT" } });
    const reviewsDue = schedule.map((s) => ({ term: s.label, kind: s.kind, dueOn: s.dueOn }));
    return changed("EarlyCareerInduction", row.id, "induction.start", { before: { careerStage: ect.careerStage }, after: { ...row, careerStage: "ECT", reviewsDue } });
  },
  revalidate: (_, data) => inductionPaths(data.id),
  success: "Induction started, with its reviews scheduled.",
  onError(error) {
    // Two starts at once for the same person: the second meets the unique key.
    if ((error as { code?: string }).code === "P2002") throw fieldError("staffMemberId", "Their induction has already been started.");
  },
});

/**
 * An induction the viewer reads (inductionVisibleTo), with its ECT and reviews: by its id, or as the
 * one holding a review (`reviewId`); null when missing or out of scope (a command's `load`).
 */
function visibleInduction(tx: Tx, viewer: Viewer, by: { inductionId: string } | { reviewId: string }) {
  const which = "inductionId" in by ? { id: by.inductionId } : { reviews: { some: { id: by.reviewId } } };
  return tx.earlyCareerInduction.findFirst({
    where: { ...which, ...inductionVisibleTo(viewer) },
    include: { staffMember: { select: { id: true, schoolId: true, firstName: true, lastName: true } }, reviews: true },
  });
}

/** May manage it: the head of the ECT's school, the trust admin, its induction tutor. */
const manages = (viewer: Viewer, _: unknown, row: NonNullable<Awaited<ReturnType<typeof visibleInduction>>>) =>
  mayManageInduction(viewer, { ...row, schoolId: row.staffMember.schoolId });

const completedError = (on: Date) => new AppError("CONFLICT", `The final assessment was recorded on ${formatDate(on)}: the induction is complete.`);

export const updateInduction = command({
  schema: updateInductionSchema,
  load: (tx, viewer, { inductionId }) => visibleInduction(tx, viewer, { inductionId }),
  authorize: manages,
  async work(tx, viewer, input, before) {
    const changes = { mentorId: input.mentorId, inductionTutorId: input.inductionTutorId, appropriateBody: input.appropriateBody };
    const was = { mentorId: before.mentorId, inductionTutorId: before.inductionTutorId, appropriateBody: before.appropriateBody };
    if (JSON.stringify(changes) === JSON.stringify(was)) return { data: { id: before.id }, unchanged: true };
    await checkPeople(tx, viewer, before.staffMember, input);
    await tx.earlyCareerInduction.update({ where: { id: before.id }, data: changes });
    return changed("EarlyCareerInduction", before.id, "induction.update", { before: was, after: changes });
  },
  revalidate: (input) => inductionPaths(input.inductionId),
  success: "Induction saved.",
});

function checkHeldOn(heldOn: string, startDate: Date) {
  if (fromIsoDay(heldOn) < startDate) throw fieldError("heldOn", `The date it was held must be on or after the induction's start, ${formatDate(startDate)}.`);
}

export const recordReview = command({
  schema: recordReviewSchema,
  load: (tx, viewer, { reviewId }) => visibleInduction(tx, viewer, { reviewId }),
  authorize: manages,
  async work(tx, viewer, input, induction) {
    const before = induction.reviews.find((r) => r.id === input.reviewId)!;
    if (induction.completedOn) throw completedError(induction.completedOn);
    if (finalReviewOf(induction.reviews)?.id === before.id) throw fieldError("reviewId", "Record the final assessment with its own form: satisfactory or unsatisfactory.");
    if (before.heldOn) throw new AppError("CONFLICT", `That review was recorded as held on ${formatDate(before.heldOn)}.`);
    checkHeldOn(input.heldOn, induction.startDate);
    const heldOn = fromIsoDay(input.heldOn);
    // Only a review still open is recorded: a second submit of the same form changes nothing.
    const { count } = await tx.inductionReview.updateMany({
      where: { id: before.id, heldOn: null },
      data: { heldOn, outcome: input.outcome, notes: input.notes, recordedById: viewer.userId },
    });
    if (count === 0) throw new AppError("CONFLICT", "That review has just been recorded by someone else.");
    const schedule = inductionSchedule(induction.startDate, induction.expectedTerms);
    await tx.earlyCareerInduction.update({ where: { id: induction.id }, data: { inductionYear: inductionYearOn(schedule, heldOn) } });
    const after = { inductionId: induction.id, kind: before.kind, dueOn: before.dueOn, heldOn, outcome: input.outcome, notes: input.notes };
    // Every form leads back to the induction's page: its id is the result, the review the audit's entity.
    return changed("InductionReview", before.id, "induction.review", { before: { heldOn: null, outcome: null, notes: null }, after }, { id: induction.id });
  },
  revalidate: (_, data) => inductionPaths(data.id),
  success: "Review recorded.",
});

export const recordFinalAssessment = command({
  schema: finalAssessmentSchema,
  load: (tx, viewer, { inductionId }) => visibleInduction(tx, viewer, { inductionId }),
  authorize: manages,
  async work(tx, viewer, input, induction) {
    if (induction.completedOn) throw completedError(induction.completedOn);
    checkHeldOn(input.heldOn, induction.startDate);
    const heldOn = fromIsoDay(input.heldOn);
    // Completing is conditional on it not being complete, so two submits at once complete it once.
    const { count } = await tx.earlyCareerInduction.updateMany({ where: { id: induction.id, completedOn: null }, data: { completedOn: heldOn } });
    if (count === 0) throw completedError(heldOn);
    const recorded = { heldOn, outcome: input.outcome, notes: input.notes, recordedById: viewer.userId };
    const final = finalReviewOf(induction.reviews);
    // An induction from before the schedule was kept here may lack the final assessment's row: it gets one.
    const review = final
      ? await tx.inductionReview.update({ where: { id: final.id }, data: recorded })
      : await tx.inductionReview.create({ data: { trustId: viewer.trustId, inductionId: induction.id, kind: "FORMAL_ASSESSMENT", dueOn: induction.expectedCompletion, ...recorded } });
    const was = { completedOn: null, finalAssessment: final ? { heldOn: final.heldOn, outcome: final.outcome, notes: final.notes } : null };
    return changed("EarlyCareerInduction", induction.id, "induction.assess", { before: was, after: { completedOn: heldOn, finalAssessment: { id: review.id, heldOn, outcome: input.outcome, notes: input.notes } } });
  },
  revalidate: (input) => inductionPaths(input.inductionId),
  success: (_, input) => `Final assessment recorded: ${input.outcome === "SATISFACTORY" ? "satisfactory" : "unsatisfactory"}. The induction is complete.`,
});

const OUTCOMES = { final: ["SATISFACTORY", "UNSATISFACTORY"], review: ["ON_TRACK", "NOT_ON_TRACK"] } as const;

/**
 * Corrects a recorded review or the final assessment: the recorded values become an earlier version
 * (kept, with who corrected it and why) and the row holds the corrected ones, one version up. Who may
 * correct is who may record; a completed induction's reviews can still be corrected, and correcting the
 * final assessment's date moves the completion date with it.
 */
export const correctReview = command({
  schema: correctReviewSchema,
  load: (tx, viewer, { reviewId }) => visibleInduction(tx, viewer, { reviewId }),
  authorize: manages,
  async work(tx, viewer, input, induction) {
    const before = induction.reviews.find((r) => r.id === input.reviewId)!;
    if (!before.heldOn || !before.outcome) throw new AppError("CONFLICT", "That review has not been recorded yet: record it instead.");
    const final = finalReviewOf(induction.reviews)?.id === before.id;
    const allowed: readonly string[] = final ? OUTCOMES.final : OUTCOMES.review;
    if (!allowed.includes(input.outcome)) throw fieldError("outcome", final ? "Choose satisfactory or unsatisfactory." : "Choose on track or not on track.");
    checkHeldOn(input.heldOn, induction.startDate);
    const heldOn = fromIsoDay(input.heldOn);
    const was = { version: before.version, heldOn: before.heldOn, outcome: before.outcome, notes: before.notes, recordedById: before.recordedById };
    if (heldOn.getTime() === before.heldOn.getTime() && input.outcome === before.outcome && (input.notes ?? null) === (before.notes ?? null)) {
      throw fieldError("correctionNote", "Nothing has changed: correct the date, the outcome or the notes.");
    }
    // Only the version the form showed is corrected: of two corrections at once, the second is told.
    const next = { heldOn, outcome: input.outcome, notes: input.notes, recordedById: viewer.userId, version: before.version + 1 };
    const { count } = await tx.inductionReview.updateMany({ where: { id: before.id, version: input.version }, data: next });
    if (count === 0) throw new AppError("CONFLICT", "That review has just been corrected by someone else: reload the page to see it.");
    await tx.inductionReviewVersion.create({
      data: { trustId: viewer.trustId, reviewId: before.id, ...was, heldOn: before.heldOn, outcome: before.outcome, correctedById: viewer.userId, correctionNote: input.correctionNote },
    });
    if (final && induction.completedOn) await tx.earlyCareerInduction.update({ where: { id: induction.id }, data: { completedOn: heldOn } });
    const after = { version: next.version, heldOn, outcome: input.outcome, notes: input.notes, correctionNote: input.correctionNote, ...(final ? { completedOn: heldOn } : {}) };
    return changed("InductionReview", before.id, "induction.review.correct", { before: was, after }, { id: induction.id });
  },
  revalidate: (_, data) => inductionPaths(data.id),
  success: "Correction saved; the earlier version is kept in the review's history.",
});
