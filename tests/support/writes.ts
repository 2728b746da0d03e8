// Assertions about what a command wrote: a refusal writes nothing (no row anywhere, no audit entry),
// an allowed write leaves exactly one audit entry of the expected action.
import { expect } from "vitest";
import { db } from "@/lib/db/client";

/** Row counts of every table a portal command writes, and the audit log's last id. */
export async function snapshot() {
  const p = db();
  const [last] = await p.auditLog.findMany({ orderBy: { id: "desc" }, take: 1, select: { id: true } });
  const counts = await Promise.all([
    p.auditLog.count(), p.community.count(), p.membership.count(), p.communityInvitation.count(), p.roleAssignment.count(),
    p.meeting.count(), p.attendance.count(), p.resource.count(), p.expertise.count(), p.cpdActivity.count(), p.storedFile.count(),
    p.session.count({ where: { revokedAt: null } }), p.mfaRecoveryCode.count(),
    p.user.count(), p.invitation.count(), p.staffMember.count(), p.school.count(), p.cluster.count(), p.improvementCapacityChange.count(),
  ]);
  return { lastAudit: last?.id ?? 0n, counts };
}

/** Runs `run` and checks that it was refused with `expected` and that nothing at all was written. */
export async function expectRefused<R>(run: () => Promise<R>, expected: object) {
  const before = await snapshot();
  const result = await run();
  expect(result).toMatchObject(expected);
  expect(await snapshot(), "a refused command wrote something").toEqual(before);
  return result;
}

/** Runs `run`, checks that it succeeded and wrote exactly one audit entry, of `action`; returns the result. */
export async function expectOneAudit<R>(run: () => Promise<R>, action: string) {
  const before = await snapshot();
  const result = await run();
  expect(result).toMatchObject({ ok: true });
  const entries = await db().auditLog.findMany({ where: { id: { gt: before.lastAudit } }, select: { action: true, actorUserId: true } });
  expect(entries.map((e) => e.action)).toEqual([action]);
  return result;
}

export const notFoundResult = { ok: false, message: "That record was not found.", fieldErrors: {} };
/** A refusal of bad input: the form's summary and a message next to `field`. */
export const invalid = (field: string) => ({ ok: false, message: "There is a problem: check the highlighted fields.", fieldErrors: { [field]: [expect.any(String)] } });
