// The retention schedule's writes (issue 21 §2): the trust's default rules, the nightly job that puts
// what has passed its date on the review list (or erases it at once in auto mode), and confirming an
// entry of the list. Not `server-only` itself: the worker and the seed run it (the worker allows it).
import type { AuditEntry } from "@/lib/commands/command";
import type { Tx } from "@/lib/db/client";
import { db } from "@/lib/db/client";
import type { RetentionKind } from "@/lib/db/generated/enums";
import { londonDay } from "@/lib/dates";
import { deleteRecords, countRecords, erasePerson, removeMailFiles, type RecordsKind } from "./erase";
import { cutoffInstant, dueOn, isPast, latestLeaveDatePast } from "./dates";
import { KIND_ORDER, periodLabel, RETENTION_KINDS } from "./kinds";

type Writer = Pick<Tx, "retentionRule">;

/** The schedule's default lines for a trust that has none of them yet (a new trust, a new kind). */
export async function ensureSchedule(tx: Writer, trustId: string): Promise<void> {
  await tx.retentionRule.createMany({
    data: KIND_ORDER.map((kind) => ({ trustId, kind, period: RETENTION_KINDS[kind].period, unit: RETENTION_KINDS[kind].unit, basis: RETENTION_KINDS[kind].basis })),
    skipDuplicates: true,
  });
}

/** Every trust's nightly pass (queue "retention.nightly"). Safe to run twice: each pass re-derives the list. */
export async function retentionNightly(now: Date) {
  const trusts = await db().trust.findMany({ select: { id: true } });
  let listed = 0;
  let erased = 0;
  for (const t of trusts) {
    const r = await retentionForTrust(t.id, now);
    listed += r.listed;
    erased += r.erased;
  }
  return { trusts: trusts.length, listed, erased };
}

/** One trust's pass: the review list brought up to date, then, in auto mode, every entry confirmed. */
export async function retentionForTrust(trustId: string, now: Date): Promise<{ listed: number; erased: number; held: number }> {
  const trust = await db().trust.findUniqueOrThrow({ where: { id: trustId }, select: { retentionAutoErase: true } });
  await ensureSchedule(db(), trustId);
  const rules = new Map((await db().retentionRule.findMany({ where: { trustId } })).map((r) => [r.kind, r]));
  let held = 0;

  await db().$transaction(async (tx) => {
    const personnel = rules.get("PERSONNEL")!;
    const leavers = await tx.staffMember.findMany({
      where: { trustId, leaveDate: { not: null, lte: latestLeaveDatePast(now, personnel.period, personnel.unit) }, erasure: null },
      select: { id: true, leaveDate: true, legalHolds: { where: { liftedAt: null }, select: { id: true } } },
    });
    const due = leavers.flatMap((l) => {
      const on = dueOn(l.leaveDate!, personnel.period, personnel.unit);
      return isPast(on, now) ? [{ id: l.id, dueOn: on, held: l.legalHolds.length > 0 }] : [];
    });
    held = due.filter((d) => d.held).length;
    const listable = due.filter((d) => !d.held);
    // A hold placed, a return to work or a longer period takes a person off the list.
    await tx.retentionReview.updateMany({
      where: { trustId, kind: "PERSONNEL", status: "PENDING", staffMemberId: { notIn: listable.map((d) => d.id) } },
      data: { status: "WITHDRAWN", decidedAt: now },
    });
    const pending = new Set((await tx.retentionReview.findMany({ where: { trustId, kind: "PERSONNEL", status: "PENDING" }, select: { staffMemberId: true } })).map((r) => r.staffMemberId));
    await tx.retentionReview.createMany({ data: listable.filter((d) => !pending.has(d.id)).map((d) => ({ trustId, kind: "PERSONNEL" as const, staffMemberId: d.id, dueOn: d.dueOn })) });

    for (const kind of KIND_ORDER.filter((k): k is RecordsKind => k !== "PERSONNEL")) {
      const rule = rules.get(kind)!;
      const cutoff = cutoffInstant(now, rule.period, rule.unit);
      const count = await countRecords(tx, kind, trustId, cutoff);
      const open = await tx.retentionReview.findFirst({ where: { trustId, kind, status: "PENDING" }, select: { id: true } });
      if (count === 0) {
        if (open) await tx.retentionReview.update({ where: { id: open.id }, data: { status: "WITHDRAWN", decidedAt: now } });
      } else if (open) {
        await tx.retentionReview.update({ where: { id: open.id }, data: { cutoff, count, dueOn: londonDay(cutoff) } });
      } else {
        await tx.retentionReview.create({ data: { trustId, kind, cutoff, count, dueOn: londonDay(cutoff) } });
      }
    }
  });

  const pending = await db().retentionReview.findMany({ where: { trustId, status: "PENDING" }, select: { id: true } });
  if (!trust.retentionAutoErase) return { listed: pending.length, erased: 0, held };
  let erased = 0;
  for (const item of pending) {
    // One transaction each: a refusal (the last trust admin) leaves that entry on the list for a person to see.
    const done = await confirmReview(item.id, trustId, null).catch(() => null);
    if (done) erased += 1;
  }
  return { listed: pending.length - erased, erased, held };
}

/** The reason an erasure by the schedule records. */
export const scheduleReason = (kind: RetentionKind, period: number, unit: Parameters<typeof periodLabel>[1]) =>
  `Retention schedule: ${RETENTION_KINDS[kind].label.toLowerCase()}, ${periodLabel(period, unit)} ${RETENTION_KINDS[kind].from}`;

/**
 * Erases what one entry of the review list names, in one transaction: the person (as the schedule's
 * erasure) or the kind's rows before its cut-off. `actorUserId` is the admin confirming, null in auto mode.
 * Returns null when the entry is no longer pending.
 */
export async function confirmReview(reviewId: string, trustId: string, actorUserId: string | null) {
  const mailFiles: string[] = [];
  const result = await db().$transaction(async (tx) => {
    const done = await confirmIn(tx, reviewId, trustId, actorUserId, mailFiles);
    if (done) await tx.auditLog.create({ data: { trustId, actorUserId, action: done.audit.action, entity: done.audit.entity, entityId: done.audit.entityId, after: done.audit.after as object } });
    return done?.data ?? null;
  });
  await removeMailFiles(mailFiles);
  return result;
}

/** confirmReview's work in the caller's transaction: what it did, and the audit entry for the caller to write. */
export async function confirmIn(tx: Tx, reviewId: string, trustId: string, actorUserId: string | null, mailFiles: string[]): Promise<{ data: { kind: RetentionKind; pseudonym: string | null; count: number }; audit: AuditEntry } | null> {
  await tx.$executeRaw`SELECT 1 FROM "RetentionReview" WHERE id = ${reviewId}::uuid FOR UPDATE`;
  const item = await tx.retentionReview.findFirst({ where: { id: reviewId, trustId, status: "PENDING" } });
  if (!item) return null;
  const rule = await tx.retentionRule.findUniqueOrThrow({ where: { trustId_kind: { trustId, kind: item.kind } } });
  const reason = scheduleReason(item.kind, rule.period, rule.unit);
  if (item.kind === "PERSONNEL") {
    const out = await erasePerson(tx, { trustId, staffMemberId: item.staffMemberId!, source: "SCHEDULE", reason, actorUserId });
    mailFiles.push(...out.mailFiles);
    return { data: { kind: item.kind, pseudonym: out.pseudonym, count: Object.values(out.counts).reduce((a, b) => a + b, 0) }, audit: out.audit };
  }
  const done = await deleteRecords(tx, item.kind, trustId, item.cutoff!);
  mailFiles.push(...done.mailFiles);
  await tx.retentionReview.update({ where: { id: item.id }, data: { status: "ERASED", count: done.count, decidedAt: new Date(), decidedById: actorUserId } });
  const audit: AuditEntry = { action: "retention.delete", entity: "RetentionReview", entityId: item.id, after: { kind: item.kind, reason, before: item.cutoff!.toISOString(), rows: done.count, files: done.files } };
  return { data: { kind: item.kind, pseudonym: null, count: done.count }, audit };
}
