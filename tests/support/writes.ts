// Assertions about what a command wrote: a refusal writes nothing (no row anywhere, no audit entry),
// an allowed write leaves exactly one audit entry of the expected action.
import { expect } from "vitest";
import { db } from "@/lib/db/client";

/** How many rows each table a portal command writes holds (sessions: the live ones). */
export async function rowCounts() {
  const p = db();
  const counts = {
    audit: p.auditLog.count(), communities: p.community.count(), memberships: p.membership.count(), invitations: p.communityInvitation.count(),
    roles: p.roleAssignment.count(), meetings: p.meeting.count(), attendance: p.attendance.count(), resources: p.resource.count(),
    expertise: p.expertise.count(), activities: p.cpdActivity.count(), files: p.storedFile.count(), completions: p.trainingCompletion.count(),
    qualifications: p.qualification.count(), targets: p.cpdTarget.count(), sessions: p.session.count({ where: { revokedAt: null } }),
    recoveryCodes: p.mfaRecoveryCode.count(), users: p.user.count(), accountInvitations: p.invitation.count(), staff: p.staffMember.count(),
    schools: p.school.count(), clusters: p.cluster.count(), capacityChanges: p.improvementCapacityChange.count(), cycles: p.reviewCycle.count(),
    reviews: p.schoolReview.count(), judgements: p.judgement.count(), actions: p.reviewAction.count(), actionNotes: p.actionNote.count(),
    agreements: p.supportAgreement.count(), metricValues: p.metricValue.count(), visits: p.governanceVisit.count(), governorTraining: p.governanceTraining.count(),
  };
  const entries = await Promise.all(Object.entries(counts).map(async ([table, count]) => [table, await count] as const));
  return Object.fromEntries(entries) as { [T in keyof typeof counts]: number };
}

/** Row counts of every table a portal command writes, and the audit log's last id. */
export async function snapshot() {
  const [last] = await db().auditLog.findMany({ orderBy: { id: "desc" }, take: 1, select: { id: true } });
  return { lastAudit: last?.id ?? 0n, counts: await rowCounts() };
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
/** What a page's query throws for an id out of the viewer's reach: Next's notFound(). */
export const notFound = expect.objectContaining({ digest: expect.stringContaining("404") });
/** A refusal of bad input: the form's summary and a message next to `field`. */
export const invalid = (field: string) => ({ ok: false, message: "There is a problem: check the highlighted fields.", fieldErrors: { [field]: [expect.any(String)] } });
