import "server-only";
// The trust admin's retention commands (issue 21 §2): edit the schedule, choose review or automatic
// erasure, confirm an entry of the review list, place and lift legal holds, erase a person on request.
// Everyone else is told "not found". A person of another trust is never loaded.
import { can } from "@/lib/access/policy";
import { changed, command } from "@/lib/commands/command";
import { AppError } from "@/lib/commands/errors";
import type { Tx } from "@/lib/db/client";
import { routes } from "@/lib/routes";
import { erasePerson, removeMailFiles } from "./erase";
import { confirmIn, ensureSchedule } from "./mutations";
import { autoEraseSchema, confirmReviewSchema, eraseRequestSchema, liftHoldSchema, placeHoldSchema, ruleSchema } from "./schema";

const pages = () => [routes.adminRetention(), routes.adminRetentionReview()];

export const updateRule = command({
  schema: ruleSchema,
  authorize: (viewer) => can(viewer, "retention:manage"),
  async work(tx, viewer, input) {
    await ensureSchedule(tx, viewer.trustId);
    const before = await tx.retentionRule.findUniqueOrThrow({ where: { trustId_kind: { trustId: viewer.trustId, kind: input.kind } } });
    if (before.period === input.period && before.unit === input.unit && before.basis === input.basis) return { data: { id: before.id }, unchanged: true };
    await tx.retentionRule.update({ where: { id: before.id }, data: { period: input.period, unit: input.unit, basis: input.basis, updatedById: viewer.userId } });
    return changed("RetentionRule", before.id, "retention.rule", { before: { period: before.period, unit: before.unit, basis: before.basis }, after: { period: input.period, unit: input.unit, basis: input.basis } });
  },
  revalidate: pages,
  success: "Retention schedule saved: tonight's review uses it.",
});

export const setAutoErase = command({
  schema: autoEraseSchema,
  authorize: (viewer) => can(viewer, "retention:manage"),
  async work(tx, viewer, input) {
    const before = await tx.trust.findUniqueOrThrow({ where: { id: viewer.trustId }, select: { retentionAutoErase: true } });
    if (before.retentionAutoErase === input.auto) return { data: { id: viewer.trustId }, unchanged: true };
    await tx.trust.update({ where: { id: viewer.trustId }, data: { retentionAutoErase: input.auto } });
    return changed("Trust", viewer.trustId, "retention.mode", { before: { autoErase: before.retentionAutoErase }, after: { autoErase: input.auto } });
  },
  revalidate: pages,
  success: (_, input) => (input.auto ? "What passes its date will be erased each night without review." : "What passes its date will wait on the review list for you to confirm."),
});

export const confirmRetentionReview = command({
  schema: confirmReviewSchema,
  load: (tx, viewer, input) => tx.retentionReview.findFirst({ where: { id: input.reviewId, trustId: viewer.trustId, status: "PENDING" }, select: { id: true } }),
  authorize: (viewer) => can(viewer, "retention:manage"),
  async work(tx, viewer, _, row) {
    const mailFiles: string[] = [];
    const done = await confirmIn(tx, row.id, viewer.trustId, viewer.userId, mailFiles);
    if (!done) throw new AppError("NOT_FOUND", "That record was not found.");
    await removeMailFiles(mailFiles);
    return done;
  },
  revalidate: pages,
  success: (done) => (done.pseudonym ? `Erased: the record now reads "Former staff member ${done.pseudonym}".` : `Deleted ${done.count} ${done.count === 1 ? "row" : "rows"} past their date.`),
});

const staffOfTrust = (tx: Tx, trustId: string, id: string) =>
  tx.staffMember.findFirst({ where: { id, trustId, erasure: null }, select: { id: true, firstName: true, lastName: true } });

export const placeLegalHold = command({
  schema: placeHoldSchema,
  load: (tx, viewer, input) => staffOfTrust(tx, viewer.trustId, input.staffMemberId),
  authorize: (viewer) => can(viewer, "retention:manage"),
  async work(tx, viewer, input, person) {
    if (await tx.legalHold.findFirst({ where: { trustId: viewer.trustId, staffMemberId: person.id, liftedAt: null }, select: { id: true } }))
      throw new AppError("CONFLICT", "This person's records are already under a legal hold.");
    const hold = await tx.legalHold.create({ data: { trustId: viewer.trustId, staffMemberId: person.id, reason: input.reason, placedById: viewer.userId } });
    // A pending entry of the review list is withdrawn at once, not only tonight.
    await tx.retentionReview.updateMany({ where: { trustId: viewer.trustId, staffMemberId: person.id, status: "PENDING" }, data: { status: "WITHDRAWN", decidedAt: new Date(), decidedById: viewer.userId } });
    return changed("StaffMember", person.id, "retention.hold", { after: { holdId: hold.id, reason: input.reason } }, { id: hold.id, staffMemberId: person.id });
  },
  revalidate: (_, data) => [...pages(), routes.adminErasure(data.staffMemberId)],
  success: "Legal hold placed: nothing of this person's is erased until it is lifted.",
});

export const liftLegalHold = command({
  schema: liftHoldSchema,
  load: (tx, viewer, input) => tx.legalHold.findFirst({ where: { id: input.holdId, trustId: viewer.trustId, liftedAt: null }, select: { id: true, staffMemberId: true } }),
  authorize: (viewer) => can(viewer, "retention:manage"),
  async work(tx, viewer, _, hold) {
    await tx.legalHold.update({ where: { id: hold.id }, data: { liftedAt: new Date(), liftedById: viewer.userId } });
    return changed("StaffMember", hold.staffMemberId, "retention.hold-lifted", { after: { holdId: hold.id } }, { id: hold.id, staffMemberId: hold.staffMemberId });
  },
  revalidate: (_, data) => [...pages(), routes.adminErasure(data.staffMemberId)],
  success: "Legal hold lifted: the person's records follow the retention schedule again.",
});

export const eraseOnRequest = command({
  schema: eraseRequestSchema,
  load: (tx, viewer, input) => staffOfTrust(tx, viewer.trustId, input.staffMemberId),
  authorize: (viewer) => can(viewer, "erasure:any"),
  async work(tx, viewer, input, person) {
    const out = await erasePerson(tx, { trustId: viewer.trustId, staffMemberId: person.id, source: "REQUEST", reason: input.reason, actorUserId: viewer.userId });
    await removeMailFiles(out.mailFiles);
    // The audit entry: who, when, why, how many of each kind; never the erased content.
    return { data: { id: out.erasureId, staffMemberId: person.id, pseudonym: out.pseudonym }, audit: out.audit };
  },
  revalidate: (_, data) => [...pages(), routes.adminErasures(), routes.adminErasure(data.staffMemberId)],
  success: (data) => `Erased: the record now reads "Former staff member ${data.pseudonym}".`,
});
