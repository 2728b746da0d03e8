import "server-only";
// Writing a school's improvement priorities: the head and senior leaders (and the trust admin) write
// three to six a year, each with milestones and a termly rating; a CSI action can serve one; last
// year's unfinished ones carry into the new year in one action.
import type { Viewer } from "@/lib/access/policy";
import { changed, command } from "@/lib/commands/command";
import { AppError, fieldError } from "@/lib/commands/errors";
import type { Tx } from "@/lib/db/client";
import { academicYear, academicYearLabel, fromIsoDay, londonToday } from "@/lib/dates";
import { reviewActionVisibleTo } from "@/lib/reviews/access";
import { routes } from "@/lib/routes";
import { mayManagePriority, priorityVisibleTo } from "./access";
import { MAX_PRIORITIES } from "./labels";
import { isUnfinished, plannableYears, recordableTerms, yearBounds } from "./rules";
import { attachActionSchema, copyForwardSchema, createPrioritySchema, editPrioritySchema, milestoneDoneSchema, milestoneSchema, progressSchema } from "./schema";

type Fields = { title: string; why: string; reviewLink: { reviewId: string | null; areaId: string | null }; strand: string; ownerId: string; successCriteria: string };

const manages = (viewer: Viewer, _: unknown, row: { trustId: string; schoolId: string }) => mayManagePriority(viewer, row);
const pages = (schoolId: string, priorityId?: string) => [routes.schoolPriorities(schoolId), routes.priorities(), ...(priorityId ? [routes.priority(priorityId)] : [])];

/** The school row, locked so two leaders adding a priority at once count one after the other. */
async function lockedSchool(tx: Tx, viewer: Viewer, schoolId: string) {
  await tx.$executeRaw`SELECT 1 FROM "School" WHERE id = ${schoolId}::uuid AND "trustId" = ${viewer.trustId}::uuid FOR UPDATE`;
  return tx.school.findFirst({ where: { id: schoolId, trustId: viewer.trustId }, select: { id: true, trustId: true, name: true } }).then((s) => (s ? { ...s, schoolId: s.id } : null));
}

const visiblePriority = (tx: Tx, viewer: Viewer, priorityId: string) => tx.improvementPriority.findFirst({ where: { id: priorityId, ...priorityVisibleTo(viewer) } });

/** The owner must work at the school; the review must be a published one of the school, the area one judged in it. */
async function checkFields(tx: Tx, viewer: Viewer, schoolId: string, input: Fields) {
  const owner = await tx.staffMember.findFirst({ where: { id: input.ownerId, trustId: viewer.trustId, schoolId, leaveDate: null }, select: { id: true } });
  if (!owner) throw fieldError("ownerId", "The owner must be a current member of this school's staff.");
  const { reviewId, areaId } = input.reviewLink;
  if (!reviewId) return;
  const review = await tx.schoolReview.findFirst({
    where: { id: reviewId, trustId: viewer.trustId, schoolId, status: "PUBLISHED", supersededAt: null, ...(areaId ? { judgements: { some: { areaId } } } : {}) },
    select: { id: true },
  });
  if (!review) throw fieldError("reviewLink", "Choose a published review of this school, or an area judged in it.");
}

const columns = (input: Fields) => ({
  title: input.title, why: input.why, reviewId: input.reviewLink.reviewId, areaId: input.reviewLink.areaId,
  strand: input.strand as never, ownerId: input.ownerId, successCriteria: input.successCriteria,
});

const tooMany = (count: number, year: number) =>
  new AppError("CONFLICT", `${academicYearLabel(year)} already has ${count} priorities, and a school keeps to ${MAX_PRIORITIES} at most: finish or merge one before adding another.`);

export const createPriority = command({
  schema: createPrioritySchema,
  load: (tx, viewer, input) => lockedSchool(tx, viewer, input.schoolId),
  authorize: manages,
  async work(tx, viewer, input, school) {
    if (!plannableYears(londonToday()).some((y) => y.year === input.academicYear)) throw fieldError("academicYear", "Choose this academic year or the next.");
    const count = await tx.improvementPriority.count({ where: { trustId: viewer.trustId, schoolId: school.id, academicYear: input.academicYear } });
    if (count >= MAX_PRIORITIES) throw tooMany(count, input.academicYear);
    await checkFields(tx, viewer, school.id, input);
    const priority = await tx.improvementPriority.create({
      data: { trustId: viewer.trustId, schoolId: school.id, academicYear: input.academicYear, createdById: viewer.userId, ...columns(input) },
    });
    return changed("ImprovementPriority", priority.id, "priority.create", { after: priority }, { id: priority.id, schoolId: school.id });
  },
  revalidate: (_, data) => pages(data.schoolId, data.id),
  success: "Priority added.",
});

export const editPriority = command({
  schema: editPrioritySchema,
  load: (tx, viewer, input) => visiblePriority(tx, viewer, input.priorityId),
  authorize: manages,
  async work(tx, viewer, input, before) {
    await checkFields(tx, viewer, before.schoolId, input);
    const after = await tx.improvementPriority.update({ where: { id: before.id }, data: columns(input) });
    return changed("ImprovementPriority", before.id, "priority.edit", { before, after }, { id: before.id, schoolId: before.schoolId });
  },
  revalidate: (_, data) => pages(data.schoolId, data.id),
  success: "Priority saved.",
});

export const addMilestone = command({
  schema: milestoneSchema,
  load: (tx, viewer, input) => visiblePriority(tx, viewer, input.priorityId),
  authorize: manages,
  async work(tx, viewer, input, priority) {
    const { first, last } = yearBounds(priority.academicYear);
    if (input.dueOn < first || input.dueOn > last) throw fieldError("dueOn", `The due date must be in ${academicYearLabel(priority.academicYear)} (1 September to 31 August).`);
    const milestone = await tx.priorityMilestone.create({ data: { trustId: viewer.trustId, priorityId: priority.id, title: input.title, dueOn: fromIsoDay(input.dueOn) } });
    return changed("PriorityMilestone", milestone.id, "priority.milestone.add", { after: milestone }, { id: priority.id, schoolId: priority.schoolId });
  },
  revalidate: (_, data) => pages(data.schoolId, data.id),
  success: "Milestone added.",
});

export const setMilestoneDone = command({
  schema: milestoneDoneSchema,
  load: (tx, viewer, input) => tx.priorityMilestone.findFirst({ where: { id: input.milestoneId, trustId: viewer.trustId, priority: priorityVisibleTo(viewer) }, include: { priority: true } }),
  authorize: (viewer, _, milestone) => mayManagePriority(viewer, milestone.priority),
  async work(tx, _viewer, input, milestone) {
    const data = { id: milestone.priorityId, schoolId: milestone.priority.schoolId };
    if (input.done === Boolean(milestone.doneAt)) return { data, unchanged: true };
    const after = await tx.priorityMilestone.update({ where: { id: milestone.id }, data: { doneAt: input.done ? new Date() : null } });
    return changed("PriorityMilestone", milestone.id, "priority.milestone.done", { before: { doneAt: milestone.doneAt }, after: { doneAt: after.doneAt } }, data);
  },
  revalidate: (_, data) => pages(data.schoolId, data.id),
  success: (_, input) => (input.done ? "Milestone marked done." : "Milestone reopened."),
});

export const recordProgress = command({
  schema: progressSchema,
  load: (tx, viewer, input) => visiblePriority(tx, viewer, input.priorityId),
  authorize: manages,
  async work(tx, viewer, input, priority) {
    if (!recordableTerms(priority.academicYear, londonToday()).some((t) => t.term === input.term)) {
      throw fieldError("term", `Choose a term of ${academicYearLabel(priority.academicYear)} that has begun.`);
    }
    const key = { priorityId_term: { priorityId: priority.id, term: input.term } };
    const before = await tx.priorityProgress.findUnique({ where: key });
    const values = { rating: input.rating, note: input.note, recordedById: viewer.userId, at: new Date() };
    const after = await tx.priorityProgress.upsert({ where: key, create: { trustId: viewer.trustId, priorityId: priority.id, term: input.term, ...values }, update: values });
    return changed("PriorityProgress", after.id, "priority.progress", { before, after }, { id: priority.id, schoolId: priority.schoolId });
  },
  revalidate: (_, data) => pages(data.schoolId, data.id),
  success: "Progress recorded.",
});

export const attachAction = command({
  schema: attachActionSchema,
  load: (tx, viewer, input) => visiblePriority(tx, viewer, input.priorityId),
  authorize: manages,
  async work(tx, viewer, input, priority) {
    const action = await tx.reviewAction.findFirst({ where: { id: input.actionId, schoolId: priority.schoolId, ...reviewActionVisibleTo(viewer) } });
    if (!action) throw fieldError("actionId", "Choose a CSI action of this school.");
    const data = { id: priority.id, schoolId: priority.schoolId };
    if (action.priorityId === priority.id) return { data, unchanged: true };
    await tx.reviewAction.update({ where: { id: action.id }, data: { priorityId: priority.id } });
    return changed("ReviewAction", action.id, "reviewAction.priority", { before: { priorityId: action.priorityId }, after: { priorityId: priority.id } }, data);
  },
  revalidate: (_, data) => [...pages(data.schoolId, data.id), routes.reviewSchool(data.schoolId)],
  success: "CSI action attached.",
});

export const copyForward = command({
  schema: copyForwardSchema,
  load: (tx, viewer, input) => lockedSchool(tx, viewer, input.schoolId),
  authorize: manages,
  async work(tx, viewer, input, school) {
    if (input.academicYear > academicYear(londonToday()).startYear + 1) throw fieldError("academicYear", "Choose this academic year or the next.");
    const last = await tx.improvementPriority.findMany({
      where: { trustId: viewer.trustId, schoolId: school.id, academicYear: input.academicYear - 1, copiedTo: null },
      include: { milestones: { select: { doneAt: true } } },
      orderBy: { createdAt: "asc" },
    });
    const unfinished = last.filter((p) => isUnfinished(p.milestones));
    const data = { schoolId: school.id, copied: unfinished.length };
    if (unfinished.length === 0) return { data, unchanged: true };
    const count = await tx.improvementPriority.count({ where: { trustId: viewer.trustId, schoolId: school.id, academicYear: input.academicYear } });
    if (count + unfinished.length > MAX_PRIORITIES) {
      throw new AppError("CONFLICT", `Copying ${unfinished.length} unfinished priorities would give ${academicYearLabel(input.academicYear)} ${count + unfinished.length}, and a school keeps to ${MAX_PRIORITIES} at most.`);
    }
    const created = await Promise.all(
      unfinished.map((p) =>
        tx.improvementPriority.create({
          data: {
            trustId: viewer.trustId, schoolId: school.id, academicYear: input.academicYear, createdById: viewer.userId, copiedFromId: p.id,
            title: p.title, why: p.why, reviewId: p.reviewId, areaId: p.areaId, strand: p.strand, ownerId: p.ownerId, successCriteria: p.successCriteria,
          },
        }),
      ),
    );
    return { data, audit: created.map((p) => ({ action: "priority.copyForward", entity: "ImprovementPriority", entityId: p.id, after: p })) };
  },
  revalidate: (_, data) => pages(data.schoolId),
  success: (data) => (data.copied === 0 ? "Last year had no unfinished priorities left to copy." : `${data.copied} unfinished ${data.copied === 1 ? "priority" : "priorities"} copied into the new year.`),
});
