import "server-only";
// Reads of support agreements between a capacity-giving school and a school it supports (seed 003).
// The agreement in full (staff deployed by name, the outcome) is for the heads of its two schools and
// the trust ("csi-support:view"); governors and trustees see that an agreement exists, its focus,
// status and dates, never the named staff. An agreement out of the viewer's scope is notFound().
import { notFound } from "next/navigation";
import { can, type Viewer } from "@/lib/access/policy";
import { supportAgreementVisibleTo } from "@/lib/reviews/access";
import { db } from "@/lib/db/client";
import { isId } from "@/lib/validation/fields";
import { agreementOpen } from "../rules";

const SELECT = {
  id: true, focus: true, staffDeployed: true, startsOn: true, endsOn: true, status: true, outcomeNote: true, closedAt: true, closedById: true,
  giver: { select: { id: true, name: true } },
  receiver: { select: { id: true, name: true } },
} as const;

/** May the viewer read this agreement in full: the head of either school, or the trust. */
const seesInFull = (viewer: Viewer, a: { giver: { id: string }; receiver: { id: string } }) =>
  can(viewer, "csi-support:view", { schoolId: a.giver.id }) || can(viewer, "csi-support:view", { schoolId: a.receiver.id });

/**
 * The agreements a school gives or receives, for its CSI page (whose caller has checked "review:view" for
 * the school). Staff deployed and the outcome are null for a viewer who may not read them in full.
 */
export async function schoolAgreements(viewer: Viewer, schoolId: string) {
  const rows = await db().supportAgreement.findMany({
    where: { trustId: viewer.trustId, OR: [{ giverSchoolId: schoolId }, { receiverSchoolId: schoolId }] },
    orderBy: { startsOn: "desc" },
    select: SELECT,
  });
  return rows.map((a) => {
    const full = seesInFull(viewer, a);
    return { ...a, full, staffDeployed: full ? a.staffDeployed : null, outcomeNote: full ? a.outcomeNote : null };
  });
}
export type SchoolAgreement = Awaited<ReturnType<typeof schoolAgreements>>[number];

/** One agreement in full, for the heads of its two schools and the trust; anyone else (a third school's head) gets notFound(). */
export async function supportAgreement(viewer: Viewer, id: string) {
  if (!isId(id)) notFound();
  const agreement = await db().supportAgreement.findFirst({
    where: { AND: [{ id }, supportAgreementVisibleTo(viewer)] },
    select: { ...SELECT, createdById: true, _count: { select: { actions: true } }, actions: { where: { status: "DONE" }, select: { id: true } } },
  });
  if (!agreement) notFound();
  const [createdBy, closedBy] = await Promise.all([userName(viewer, agreement.createdById), userName(viewer, agreement.closedById)]);
  return {
    id: agreement.id, focus: agreement.focus, staffDeployed: agreement.staffDeployed, startsOn: agreement.startsOn, endsOn: agreement.endsOn,
    status: agreement.status, outcomeNote: agreement.outcomeNote, closedAt: agreement.closedAt, giver: agreement.giver, receiver: agreement.receiver,
    createdBy,
    closedBy,
    actions: { total: agreement._count.actions, done: agreement.actions.length },
    may: { close: agreementOpen(agreement.status) && can(viewer, "csi-support:manage") },
  };
}
export type SupportAgreementPage = Awaited<ReturnType<typeof supportAgreement>>;

/** The name of a sign-in of the viewer's trust (who set up or closed an agreement: the trust's own staff). */
async function userName(viewer: Viewer, userId: string | null) {
  if (!userId) return null;
  const user = await db().user.findFirst({ where: { id: userId, trustId: viewer.trustId }, select: { name: true } });
  return user?.name ?? null;
}
