import "server-only";
// Mid-year and end-of-year reviews. Either party saves the review as they talk it through: progress per
// objective and the conversation together, each their own comments. Signing off asks that everything is
// written and that the review's window is open; once both have signed, the review is read-only and a
// correction is a new version (the old one kept, superseded), as CSI reviews and inductions do.
import type { Viewer } from "@/lib/access/policy";
import { changed, command, PROBLEM } from "@/lib/commands/command";
import { AppError, fieldError } from "@/lib/commands/errors";
import type { Tx } from "@/lib/db/client";
import type { ObjectiveProgress } from "@/lib/db/generated/enums";
import { formatDate, londonToday } from "@/lib/dates";
import { notifySignOff } from "@/lib/notifications/events/appraisal";
import { routes } from "@/lib/routes";
import { isParty, planVisibleTo } from "../access";
import { CONVERSATION, REVIEW_KIND_LABEL, REVIEW_KIND_SLUG } from "../labels";
import { otherParty, type LoadedPlan } from "../load";
import { cycleFor, planYear } from "../mutations";
import { inWindow, objectivesAgreed, reviewWindow } from "../rules";
import { correctReviewSchema, reviewSchema } from "../schema";

const loadForReview = (tx: Tx, viewer: Viewer, planId: string) =>
  tx.appraisalPlan.findFirst({
    where: { id: planId, ...planVisibleTo(viewer, "reviews") },
    include: { panel: { select: { userId: true } }, staffMember: { select: { firstName: true, lastName: true, userId: true } }, objectives: { select: { id: true }, orderBy: { createdAt: "asc" } } },
  });

const pages = (planId: string, schoolId: string, slug: string) => [routes.performanceReview(planId, slug), routes.performancePlan(planId), routes.performance(), routes.performanceSchool(schoolId)];
const str = (v: unknown) => (typeof v === "string" ? v.trim() : "");

export const saveReview = command({
  schema: reviewSchema,
  load: (tx, viewer, input) => loadForReview(tx, viewer, input.planId),
  authorize: (viewer, _, plan) => isParty(viewer, plan),
  async work(tx, viewer, input, plan) {
    if (plan.academicYear !== planYear()) throw new AppError("CONFLICT", "That year's performance development is closed.");
    if (!objectivesAgreed({ ...plan, objectives: plan.objectives.length })) throw new AppError("CONFLICT", "Agree the objectives first: a review looks at agreed objectives.");
    const asReviewer = plan.reviewerId === viewer.userId;
    const current = await tx.appraisalReview.findFirst({ where: { planId: plan.id, kind: input.kind, supersededAt: null }, orderBy: { version: "desc" }, include: { progress: true } });
    if (current?.revieweeSignedAt && current.reviewerSignedAt) throw new AppError("CONFLICT", "This review is signed off and read-only: correct it as a new version.");
    const was = new Map(current?.progress.map((p) => [p.objectiveId, p]) ?? []);
    // Each side writes its own comments; the other side's stay as they were.
    const mine = (field: "revieweeComment" | "reviewerComment", own: boolean) => (own ? input[field] : (current?.[field] ?? ""));
    const fields = {
      revieweeComment: mine("revieweeComment", !asReviewer), reviewerComment: mine("reviewerComment", asReviewer),
      workload: input.workload, wellbeing: input.wellbeing, flexibleWorking: input.flexibleWorking, careerAspirations: input.careerAspirations,
    };
    const progress = plan.objectives.map((o) => ({
      objectiveId: o.id,
      progress: (str(input[`progress.${o.id}`]) || null) as ObjectiveProgress | null,
      revieweeComment: asReviewer ? (was.get(o.id)?.revieweeComment ?? "") : str(input[`revieweeNote.${o.id}`]),
      reviewerComment: asReviewer ? str(input[`reviewerNote.${o.id}`]) : (was.get(o.id)?.reviewerComment ?? ""),
    }));
    if (input.signOff) await checkSignOff(tx, plan, input.kind, fields, progress, asReviewer);
    const content = (f: typeof fields, p: typeof progress) =>
      JSON.stringify([(Object.keys(fields) as (keyof typeof fields)[]).map((k) => f[k]), p.map((x) => [x.objectiveId, x.progress ?? "NOT_STARTED", x.revieweeComment, x.reviewerComment])]);
    const before = current ? content(current, plan.objectives.map((o) => ({ objectiveId: o.id, progress: was.get(o.id)?.progress ?? null, revieweeComment: was.get(o.id)?.revieweeComment ?? "", reviewerComment: was.get(o.id)?.reviewerComment ?? "" }))) : null;
    const edited = before !== content(fields, progress);
    const side = asReviewer ? "reviewerSignedAt" : "revieweeSignedAt";
    const data = { id: plan.id, schoolId: plan.schoolId, slug: REVIEW_KIND_SLUG[input.kind], signed: input.signOff };
    if (current && !edited && (!input.signOff || current[side])) return { data, unchanged: true };
    // A change unsigns both: each signs what is there now.
    const signatures = edited ? { revieweeSignedAt: null, reviewerSignedAt: null } : {};
    const review = current
      ? await tx.appraisalReview.update({ where: { id: current.id }, data: { ...fields, ...signatures, ...(input.signOff ? { [side]: new Date() } : {}) } })
      : await tx.appraisalReview.create({ data: { trustId: plan.trustId, planId: plan.id, kind: input.kind, ...fields, ...(input.signOff ? { [side]: new Date() } : {}) } });
    await tx.appraisalObjectiveProgress.deleteMany({ where: { reviewId: review.id } });
    await tx.appraisalObjectiveProgress.createMany({ data: progress.map((p) => ({ ...p, progress: p.progress ?? "NOT_STARTED", trustId: plan.trustId, reviewId: review.id })) });
    if (input.signOff && !(review.revieweeSignedAt && review.reviewerSignedAt)) await notifySignOff(tx, plan, otherParty(viewer, plan as LoadedPlan), { label: REVIEW_KIND_LABEL[input.kind], slug: REVIEW_KIND_SLUG[input.kind] });
    return changed("AppraisalReview", review.id, input.signOff ? "appraisal.review.sign" : "appraisal.review.save", { before: current, after: { ...review, progress } }, data);
  },
  revalidate: (_, data) => pages(data.id, data.schoolId, data.slug),
  success: (data) => (data.signed ? "Review signed off." : "Review saved."),
});

/** Signing off: the window open, both overall comments, the conversation and each objective's progress and comments written. */
async function checkSignOff(tx: Tx, plan: NonNullable<Awaited<ReturnType<typeof loadForReview>>>, kind: keyof typeof REVIEW_KIND_LABEL, fields: Record<string, string>, progress: { objectiveId: string; progress: string | null; revieweeComment: string; reviewerComment: string }[], asReviewer: boolean) {
  const window = reviewWindow(await cycleFor(tx, plan.trustId, plan.academicYear), kind);
  if (!inWindow(window, londonToday())) throw fieldError("signOff", `The ${REVIEW_KIND_LABEL[kind].toLowerCase()} is signed off between ${formatDate(window.from)} and ${formatDate(window.to)}.`);
  const errors: Record<string, string[]> = {};
  const need = (field: string, ok: boolean, message: string) => { if (!ok) errors[field] = [message]; };
  const other = (own: boolean, message: string) => (own ? message : `${message.replace(/^Add your/, "The other party has not added their")}`);
  need("revieweeComment", Boolean(fields.revieweeComment), other(!asReviewer, "Add your comment on the year so far before signing off."));
  need("reviewerComment", Boolean(fields.reviewerComment), other(asReviewer, "Add your comment on the year so far before signing off."));
  for (const c of CONVERSATION) need(c.name, Boolean(fields[c.name]), `Record what was said about ${c.label.toLowerCase()}.`);
  for (const p of progress) {
    need(`progress.${p.objectiveId}`, Boolean(p.progress), "Choose the progress on this objective.");
    need(`revieweeNote.${p.objectiveId}`, Boolean(p.revieweeComment), other(!asReviewer, "Add your comment on this objective."));
    need(`reviewerNote.${p.objectiveId}`, Boolean(p.reviewerComment), other(asReviewer, "Add your comment on this objective."));
  }
  if (Object.keys(errors).length) throw new AppError("INVALID", PROBLEM, errors);
}

export const correctReview = command({
  schema: correctReviewSchema,
  load: async (tx, viewer, input) => {
    const review = await tx.appraisalReview.findFirst({ where: { id: input.reviewId, trustId: viewer.trustId, supersededAt: null }, include: { progress: true } });
    const plan = review ? await loadForReview(tx, viewer, review.planId) : null;
    return review && plan ? { ...plan, review } : null;
  },
  authorize: (viewer, _, plan) => isParty(viewer, plan),
  async work(tx, _viewer, input, plan) {
    const old = plan.review;
    if (!old.revieweeSignedAt || !old.reviewerSignedAt) throw new AppError("CONFLICT", "Only a signed-off review is corrected: this one can still be changed.");
    await tx.appraisalReview.update({ where: { id: old.id }, data: { supersededAt: new Date() } });
    const next = await tx.appraisalReview.create({
      data: {
        trustId: old.trustId, planId: old.planId, kind: old.kind, version: old.version + 1, correctionNote: input.correctionNote,
        revieweeComment: old.revieweeComment, reviewerComment: old.reviewerComment, workload: old.workload, wellbeing: old.wellbeing, flexibleWorking: old.flexibleWorking, careerAspirations: old.careerAspirations,
      },
    });
    await tx.appraisalObjectiveProgress.createMany({ data: old.progress.map((p) => ({ ...p, reviewId: next.id })) });
    return changed("AppraisalReview", next.id, "appraisal.review.correct", { before: { id: old.id, version: old.version }, after: { id: next.id, version: next.version, correctionNote: input.correctionNote } }, { id: plan.id, schoolId: plan.schoolId, slug: REVIEW_KIND_SLUG[old.kind] });
  },
  revalidate: (_, data) => pages(data.id, data.schoolId, data.slug),
  success: "A new version is open for the correction; the signed-off one is kept.",
});
