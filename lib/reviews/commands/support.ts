import "server-only";
// Critical friends and support agreements, set (and agreements closed) by the trust admin: every school has access to a
// critical friend (seed 001); capacity-giving schools support schools that need capacity (seed 003).
import { can, type Viewer } from "@/lib/access/policy";
import { changed, command } from "@/lib/commands/command";
import { formatDate, fromIsoDay } from "@/lib/dates";
import { AGREEMENT_STATUS_LABEL } from "../labels";
import { agreementOpen } from "../rules";
import { closeAgreementSchema, criticalFriendSchema, supportAgreementSchema } from "../schema";
import { supportAgreementVisibleTo } from "../access";
import { trustSchool } from "./load";
import { routes } from "@/lib/routes";
import { fieldError } from "@/lib/commands/errors";

const supports = (viewer: Viewer) => can(viewer, "csi-support:manage");

export const assignCriticalFriend = command({
  schema: criticalFriendSchema,
  authorize: supports,
  async work(tx, viewer, input) {
    await trustSchool(tx, viewer, input.schoolId);
    let name = input.name;
    if (input.userId) {
      const user = await tx.user.findFirst({
        where: { id: input.userId, trustId: viewer.trustId, status: "ACTIVE" },
        select: { name: true, roleAssignments: { where: { role: "HEADTEACHER" }, select: { schoolId: true } } },
      });
      if (!user) throw fieldError("userId", "Choose a person of the trust.");
      if (user.roleAssignments.some((r) => r.schoolId === input.schoolId)) throw fieldError("userId", "A school's own head cannot be its critical friend.");
      name = user.name;
    }
    const startsOn = fromIsoDay(input.startsOn);
    // The friend before this one ends the day the new one starts, so the history stays readable.
    await tx.criticalFriend.updateMany({
      where: { trustId: viewer.trustId, schoolId: input.schoolId, startsOn: { lt: startsOn }, OR: [{ endsOn: null }, { endsOn: { gte: startsOn } }] },
      data: { endsOn: startsOn },
    });
    const friend = await tx.criticalFriend.create({
      data: { trustId: viewer.trustId, schoolId: input.schoolId, kind: input.kind, userId: input.userId, name: name ?? "", organisation: input.organisation, startsOn, endsOn: input.endsOn ? fromIsoDay(input.endsOn) : null },
    });
    return changed("CriticalFriend", friend.id, "criticalFriend.assign", { after: friend });
  },
  revalidate: (input) => [routes.reviewSchool(input.schoolId), routes.home()],
  success: "Critical friend assigned.",
});

export const createSupportAgreement = command({
  schema: supportAgreementSchema,
  authorize: supports,
  async work(tx, viewer, input) {
    const giver = await trustSchool(tx, viewer, input.giverSchoolId, "giverSchoolId");
    await trustSchool(tx, viewer, input.receiverSchoolId, "receiverSchoolId");
    if (giver.improvementCapacity !== "CAPACITY_GIVER") throw fieldError("giverSchoolId", `${giver.name} is not a capacity-giving school.`);
    const agreement = await tx.supportAgreement.create({
      data: {
        trustId: viewer.trustId, giverSchoolId: input.giverSchoolId, receiverSchoolId: input.receiverSchoolId, focus: input.focus, staffDeployed: input.staffDeployed,
        startsOn: fromIsoDay(input.startsOn), endsOn: input.endsOn ? fromIsoDay(input.endsOn) : null, status: "ACTIVE", createdById: viewer.userId,
      },
    });
    return changed("SupportAgreement", agreement.id, "supportAgreement.create", { after: agreement });
  },
  revalidate: (input) => [routes.reviewCapacity(), routes.reviewSchool(input.giverSchoolId), routes.reviewSchool(input.receiverSchoolId), routes.home()],
  success: "Support agreement created.",
});

/** What the audit keeps of an agreement's close: the fields it changes. */
const closing = (a: { status: string; endsOn: Date | null; outcomeNote: string | null }) => ({ status: a.status, endsOn: a.endsOn, outcomeNote: a.outcomeNote });

/**
 * Closes an agreement: completed or ended early, on a day not before its start (and not after today, per
 * the schema), with its outcome, which both schools' heads and the trust then read. A closed agreement
 * stays closed: the update claims it only while it is still open, so two closes cannot both land.
 */
export const closeSupportAgreement = command({
  schema: closeAgreementSchema,
  // The trust's own agreements (the trust pin): the trust admin manages every one.
  load: (tx, viewer, input) => tx.supportAgreement.findFirst({ where: { id: input.agreementId, ...supportAgreementVisibleTo(viewer) } }),
  authorize: (viewer, _, agreement) => can(viewer, "csi-support:manage", agreement),
  async work(tx, viewer, input, before) {
    if (!agreementOpen(before.status)) throw fieldError("status", `This agreement is already closed (${AGREEMENT_STATUS_LABEL[before.status].toLowerCase()}).`);
    const endsOn = fromIsoDay(input.endsOn);
    if (endsOn < before.startsOn) throw fieldError("endsOn", `The end date must be on or after the agreement's start (${formatDate(before.startsOn)}).`);
    const data = { status: input.status, endsOn, outcomeNote: input.outcomeNote, closedAt: new Date(), closedById: viewer.userId };
    const claimed = await tx.supportAgreement.updateMany({ where: { id: before.id, trustId: viewer.trustId, status: { in: ["PROPOSED", "ACTIVE"] } }, data });
    if (claimed.count !== 1) throw fieldError("status", "This agreement has just been closed by someone else.");
    const schools = { id: before.id, giverSchoolId: before.giverSchoolId, receiverSchoolId: before.receiverSchoolId };
    return changed("SupportAgreement", before.id, "supportAgreement.close", { before: closing(before), after: closing(data) }, schools);
  },
  revalidate: (input, data) => [routes.reviewCapacity(), routes.supportAgreement(input.agreementId), routes.reviewSchool(data.giverSchoolId), routes.reviewSchool(data.receiverSchoolId), routes.home()],
  success: "Support agreement closed: both schools' heads can read its outcome.",
});
