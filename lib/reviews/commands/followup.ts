import "server-only";
// A school's actions from its published reviews: the head (or the trust) adds them with an owner
// from the school's own staff, records dated progress notes and marks them done.
import { can, type Viewer } from "@/lib/access/policy";
import { changed, command } from "@/lib/commands/command";
import { fromIsoDay, isoDayOrNull } from "@/lib/dates";
import { areaApplies } from "../rules";
import { actionNoteSchema, actionStatusSchema, addActionSchema } from "../schema";
import { reviewVisibleTo } from "../access";
import { visibleAction } from "./load";
import { routes } from "@/lib/routes";
import { fieldError } from "@/lib/commands/errors";
import { notifyActionAssigned } from "@/lib/notifications/events/reviews";

/** Through the registry, about the record's own school (heads: their own school; the trust: any). */
const manages = (viewer: Viewer, _: unknown, record: { trustId: string; schoolId: string }) => can(viewer, "review-action:manage", record);

// An action has no page of its own: the school's CSI page lists them (with the board and the home page).
const actionPages = (schoolId: string) => [routes.reviewSchool(schoolId), routes.csiBoard(), routes.home()];

export const addAction = command({
  schema: addActionSchema,
  load: (tx, viewer, input) =>
    tx.schoolReview.findFirst({
      where: { id: input.reviewId, status: "PUBLISHED", ...reviewVisibleTo(viewer) },
      include: { cycle: { select: { frameworkId: true } }, school: { select: { hasEarlyYears: true, hasSixthForm: true, name: true } } },
    }),
  authorize: manages,
  async work(tx, viewer, input, review) {
    if (input.areaId) {
      const area = await tx.evaluationArea.findFirst({ where: { id: input.areaId, trustId: viewer.trustId, frameworkId: review.cycle.frameworkId } });
      if (!area) throw fieldError("areaId", "Choose an area of the review's framework.");
      if (!areaApplies(area, review.school)) throw fieldError("areaId", `${area.name} does not apply to ${review.school.name}.`);
    }
    const owner = await tx.staffMember.findFirst({ where: { id: input.ownerId, trustId: viewer.trustId, leaveDate: null }, select: { schoolId: true } });
    if (!owner || owner.schoolId !== review.schoolId) throw fieldError("ownerId", "The owner must be a current member of this school's staff.");
    const visit = isoDayOrNull(review.visitDate);
    if (visit && input.dueOn < visit) throw fieldError("dueOn", "The due date cannot be before the review's visit.");
    if (input.supportAgreementId) {
      const agreement = await tx.supportAgreement.findFirst({ where: { id: input.supportAgreementId, trustId: viewer.trustId, receiverSchoolId: review.schoolId } });
      if (!agreement) throw fieldError("supportAgreementId", "Choose a support agreement of this school.");
    }
    const action = await tx.reviewAction.create({
      data: {
        trustId: viewer.trustId, schoolId: review.schoolId, reviewId: review.id, areaId: input.areaId, description: input.description,
        ownerId: input.ownerId, dueOn: fromIsoDay(input.dueOn), supportAgreementId: input.supportAgreementId, supportPeople: input.supportPeople,
      },
    });
    await notifyActionAssigned(tx, viewer.trustId, action.id);
    return changed("ReviewAction", action.id, "reviewAction.add", { after: action }, { id: action.id, schoolId: review.schoolId });
  },
  revalidate: (_, data) => actionPages(data.schoolId),
  success: "Action added.",
});

export const addActionNote = command({
  schema: actionNoteSchema,
  load: (tx, viewer, input) => visibleAction(tx, viewer, input.actionId),
  authorize: manages,
  async work(tx, viewer, input, action) {
    const note = await tx.actionNote.create({ data: { trustId: viewer.trustId, actionId: action.id, authorId: viewer.userId, note: input.note } });
    // A first note on an open action means work has started.
    if (action.status === "OPEN") await tx.reviewAction.update({ where: { id: action.id }, data: { status: "IN_PROGRESS" } });
    return changed("ReviewAction", action.id, "reviewAction.note", { after: note }, { id: note.id, schoolId: action.schoolId });
  },
  revalidate: (_, data) => actionPages(data.schoolId),
  success: "Progress note added.",
});

export const setActionStatus = command({
  schema: actionStatusSchema,
  load: (tx, viewer, input) => visibleAction(tx, viewer, input.actionId),
  authorize: manages,
  async work(tx, viewer, input, action) {
    const after = await tx.reviewAction.update({
      where: { id: action.id },
      data: { status: input.status, completedAt: input.status === "DONE" ? (action.completedAt ?? new Date()) : null },
    });
    return changed("ReviewAction", action.id, "reviewAction.status", { before: { status: action.status }, after: { status: after.status } }, { id: action.id, schoolId: action.schoolId });
  },
  revalidate: (_, data) => actionPages(data.schoolId),
  success: (_, input) => (input.status === "DONE" ? "Action marked done." : "Status saved."),
});
