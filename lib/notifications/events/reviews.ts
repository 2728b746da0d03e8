// Peer reviews and CSI actions. A review's lead and team may open it (their review relation); a CSI
// action is shown on its school's reviews page (review:view), so its owner is told only when they may
// open that page (heads and senior leaders of the school): "nothing a person could not open".
import { can, type Viewer } from "@/lib/access/policy";
import type { Tx } from "@/lib/db/client";
import { formatDate } from "@/lib/dates";
import { notify } from "../notify";
import { routes } from "@/lib/routes";

export async function notifyReviewAssigned(tx: Tx, trustId: string, reviewId: string) {
  const review = await tx.schoolReview.findFirst({ where: { id: reviewId, trustId }, select: { leadReviewerId: true, visitDate: true, school: { select: { name: true } }, team: { select: { userId: true } } } });
  if (!review) return;
  await notify(tx, {
    trustId,
    userIds: [review.leadReviewerId, ...review.team.map((t) => t.userId)],
    kind: "review.assigned",
    title: `Peer review of ${review.school.name}`,
    body: review.visitDate ? `The visit is on ${formatDate(review.visitDate)}.` : "The visit date is still to be set.",
    link: routes.review(reviewId),
  });
}

/** The owner's viewer as the policy sees it (roles and employment), read in the transaction. */
export async function viewerOf(tx: Tx, trustId: string, userId: string): Promise<Viewer | null> {
  const user = await tx.user.findFirst({ where: { id: userId, trustId }, select: { id: true, name: true, email: true, staffMember: { select: { id: true, schoolId: true } }, roleAssignments: { select: { id: true, role: true, schoolId: true, communityId: true } } } });
  return user ? { userId: user.id, trustId, name: user.name, email: user.email, staff: user.staffMember, roles: user.roleAssignments } : null;
}

export async function notifyActionAssigned(tx: Tx, trustId: string, actionId: string) {
  const action = await tx.reviewAction.findFirst({ where: { id: actionId, trustId }, select: { schoolId: true, description: true, dueOn: true, owner: { select: { userId: true } } } });
  const owner = action?.owner.userId ? await viewerOf(tx, trustId, action.owner.userId) : null;
  if (!action || !owner || !can(owner, "review:view", { trustId, schoolId: action.schoolId })) return;
  await notify(tx, {
    trustId,
    userIds: [owner.userId],
    kind: "review-action.assigned",
    title: `A CSI action for you, due ${formatDate(action.dueOn)}`,
    body: action.description.length > 200 ? `${action.description.slice(0, 197)}…` : action.description,
    link: routes.reviewSchool(action.schoolId),
  });
}
