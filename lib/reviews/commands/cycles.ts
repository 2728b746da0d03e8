import "server-only";
// The trust admin's side of the programme: cycles, assigning reviewers (with the rules a head never
// reviews their own school and nobody passes the cycle's maximum), publishing, correcting a
// published review as a new version, and setting CSI levels.
import { can, type Viewer } from "@/lib/access/policy";
import { changed, command } from "@/lib/commands/command";
import { fieldError } from "@/lib/commands/errors";
import { AppError, notFoundError } from "@/lib/commands/errors";
import { assignReviewSchema, createCycleSchema, csiLevelSchema, reviewIdSchema } from "../schema";
import { reviewerRefusal } from "../suggest";
import { frameworkOf, lockedReview, reviewerLoads, trustCycle, trustSchool } from "./load";
import { missingJudgements } from "./review";
import { fromIsoDay, isoDay } from "@/lib/dates";
import { routes } from "@/lib/routes";
import { notifyReviewAssigned } from "@/lib/notifications/events/reviews";

const assigns = (viewer: Viewer) => can(viewer, "review:assign");

export const createCycle = command({
  schema: createCycleSchema,
  authorize: assigns,
  async work(tx, viewer, input) {
    const framework = await tx.evaluationFramework.findFirst({ where: { trustId: viewer.trustId, isLegacy: false }, orderBy: { code: "asc" } });
    if (!framework) throw new AppError("CONFLICT", "The trust has no evaluation framework yet: seed the reference data first.");
    if (await tx.reviewCycle.findFirst({ where: { trustId: viewer.trustId, name: input.name } })) throw fieldError("name", "A cycle with this name already exists.");
    const cycle = await tx.reviewCycle.create({
      data: { ...input, trustId: viewer.trustId, frameworkId: framework.id, opensOn: fromIsoDay(input.opensOn), closesOn: fromIsoDay(input.closesOn) },
    });
    return changed("ReviewCycle", cycle.id, "reviewCycle.create", { after: cycle });
  },
  revalidate: () => [routes.reviews()],
  success: "Cycle created.",
});

export const assignReview = command({
  schema: assignReviewSchema,
  authorize: assigns,
  async work(tx, viewer, input) {
    const cycle = await trustCycle(tx, viewer, input.cycleId);
    await trustSchool(tx, viewer, input.schoolId);
    // Cycle-wide lock: two admins assigning at once cannot both take a reviewer's last place.
    await tx.$executeRaw`SELECT 1 FROM "ReviewCycle" WHERE id = ${cycle.id}::uuid FOR UPDATE`;
    const loads = await reviewerLoads(tx, viewer, cycle.id);
    const people = [input.leadReviewerId, ...input.teamUserIds.filter((u) => u !== input.leadReviewerId)];
    for (const [i, userId] of people.entries()) {
      const field = i === 0 ? "leadReviewerId" : "teamUserIds";
      const user = await tx.user.findFirst({
        where: { id: userId, trustId: viewer.trustId, status: "ACTIVE" },
        select: { name: true, staffMember: { select: { schoolId: true, leaveDate: true } }, roleAssignments: { where: { role: "HEADTEACHER" }, select: { schoolId: true } } },
      });
      if (!user) throw fieldError(field, "Choose a reviewer from the trust.");
      const schoolIds = [...user.roleAssignments.map((r) => r.schoolId), user.staffMember && !user.staffMember.leaveDate ? user.staffMember.schoolId : null].filter((s): s is string => Boolean(s));
      const refusal = reviewerRefusal({ userId, name: user.name, schoolIds }, input.schoolId, loads.get(userId) ?? 0, cycle.maxReviewsPerReviewer);
      if (refusal) throw fieldError(field, `${user.name}: ${refusal}`);
    }
    if (input.visitDate && (input.visitDate < isoDay(cycle.opensOn) || input.visitDate > isoDay(cycle.closesOn))) {
      throw fieldError("visitDate", "The visit must fall within the cycle's window.");
    }
    const review = await tx.schoolReview.create({
      data: {
        trustId: viewer.trustId,
        cycleId: cycle.id,
        schoolId: input.schoolId,
        kind: input.kind,
        leadReviewerId: input.leadReviewerId,
        visitDate: input.visitDate ? fromIsoDay(input.visitDate) : null,
        team: { create: people.slice(1).map((userId) => ({ trustId: viewer.trustId, userId })) },
      },
    });
    await notifyReviewAssigned(tx, viewer.trustId, review.id);
    return changed("SchoolReview", review.id, "review.assign", { after: { ...review, team: people.slice(1) } }, { id: review.id, cycleId: cycle.id });
  },
  revalidate: (input) => [routes.reviewCycle(input.cycleId), routes.reviews(), routes.home()],
  success: "Reviewer assigned.",
});

export const publishReview = command({
  schema: reviewIdSchema,
  load: (tx, viewer, { reviewId }) => lockedReview(tx, viewer, reviewId),
  authorize: (viewer, _, review) => can(viewer, "review:publish", review),
  async work(tx, viewer, { reviewId }, review) {
    if (review.status !== "SUBMITTED") throw fieldError("reviewId", "Only a submitted review can be published.");
    const { areas } = await frameworkOf(tx, viewer, review.cycle.frameworkId);
    const missing = missingJudgements(areas, review.school, review.judgements);
    if (missing.length) throw fieldError("reviewId", `This review has no judgement for ${missing.join(", ")}: it cannot be published.`);
    if (review.safeguardingMet === null) throw fieldError("reviewId", "This review does not say whether safeguarding is met.");
    const now = new Date();
    const after = await tx.schoolReview.update({ where: { id: reviewId }, data: { status: "PUBLISHED", publishedAt: now, publishedById: viewer.userId } });
    if (review.supersedesId) await tx.schoolReview.update({ where: { id: review.supersedesId }, data: { supersededAt: now } });
    return changed("SchoolReview", reviewId, "review.publish", { before: { status: review.status }, after: { status: after.status, supersedes: review.supersedesId } }, { id: reviewId, schoolId: review.schoolId, cycleId: review.cycleId });
  },
  revalidate: (input, data) => [routes.review(input.reviewId), routes.reviewCycle(data.cycleId), routes.reviewSchool(data.schoolId), routes.csiBoard(), routes.home()],
  success: "Review published.",
});

/** A published review is never edited: its correction is a new draft version, copied from it, that goes through submit and publish again. */
export const correctReview = command({
  schema: reviewIdSchema,
  load: (tx, viewer, { reviewId }) => lockedReview(tx, viewer, reviewId),
  authorize: (viewer, _, review) => can(viewer, "review:publish", review),
  async work(tx, viewer, { reviewId }, review) {
    if (review.status !== "PUBLISHED" || review.supersededAt) throw fieldError("reviewId", "Only the current published version can be corrected.");
    if (await tx.schoolReview.findFirst({ where: { supersedesId: reviewId, trustId: viewer.trustId } })) throw fieldError("reviewId", "A correction of this review is already under way.");
    const copy = await tx.schoolReview.create({
      data: {
        trustId: viewer.trustId, cycleId: review.cycleId, schoolId: review.schoolId, kind: review.kind, leadReviewerId: review.leadReviewerId,
        visitDate: review.visitDate, strengths: review.strengths, areasForDevelopment: review.areasForDevelopment, evidenceNotes: review.evidenceNotes,
        safeguardingMet: review.safeguardingMet, version: review.version + 1, supersedesId: review.id,
        judgements: { create: review.judgements.map((j) => ({ trustId: viewer.trustId, areaId: j.areaId, gradeId: j.gradeId })) },
      },
    });
    return changed("SchoolReview", copy.id, "review.correct", { after: { supersedes: reviewId, version: copy.version } });
  },
  revalidate: (input) => [routes.review(input.reviewId)],
  success: "Correction started as a new draft version.",
});

export const setCsiLevel = command({
  schema: csiLevelSchema,
  authorize: (viewer) => can(viewer, "csi-level:set"),
  async work(tx, viewer, input) {
    await trustSchool(tx, viewer, input.schoolId);
    const cycle = await tx.reviewCycle.findFirst({ where: { id: input.cycleId, trustId: viewer.trustId } });
    if (!cycle) throw notFoundError();
    const row = await tx.csiLevel.create({ data: { ...input, trustId: viewer.trustId, setById: viewer.userId } });
    return changed("CsiLevel", row.id, "csiLevel.set", { after: row });
  },
  revalidate: (input) => [routes.reviewSchool(input.schoolId), routes.csiBoard(), routes.home()],
  success: "CSI level set.",
});
