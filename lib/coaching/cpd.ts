import "server-only";
// The CPD a coaching session writes: for the coachee a coaching activity verified by their coach (who
// saw it happen), for the coach "coaching given", submitted to their own school's leaders as any CPD of
// theirs is (nobody verifies their own). One row per session and person (@@unique([coachingSessionId,
// staffMemberId])): editing the session updates both, deleting it removes both. Neither carries the
// notes: a head reads CPD records, never coaching notes.
import type { AuditEntry } from "@/lib/commands/command";
import type { Tx } from "@/lib/db/client";
import type { Viewer } from "@/lib/access/policy";
import { COACH_CPD_TITLE, COACHEE_CPD_TITLE } from "./labels";

type Pairing = { trustId: string; coachId: string; coacheeId: string };
type Session = { id: string; heldOn: Date; minutes: number };

export async function syncSessionCpd(tx: Tx, viewer: Viewer, pairing: Pairing, session: Session): Promise<AuditEntry[]> {
  const people = await tx.staffMember.findMany({ where: { id: { in: [pairing.coachId, pairing.coacheeId] }, trustId: pairing.trustId }, select: { id: true, schoolId: true } });
  const schoolOf = new Map(people.map((p) => [p.id, p.schoolId]));
  const now = new Date();
  const details = { startDate: session.heldOn, endDate: session.heldOn, minutes: session.minutes };
  const rows = [
    { staffMemberId: pairing.coacheeId, title: COACHEE_CPD_TITLE, type: "COACHING" as const, status: "VERIFIED" as const, verifiedById: viewer.userId, verifiedAt: now },
    { staffMemberId: pairing.coachId, title: COACH_CPD_TITLE, type: "COACHING_GIVEN" as const, status: "SUBMITTED" as const, verifiedById: null, verifiedAt: null },
  ];
  const audit: AuditEntry[] = [];
  for (const { staffMemberId, ...fields } of rows) {
    const schoolId = schoolOf.get(staffMemberId);
    if (!schoolId) continue;
    const activity = await tx.cpdActivity.upsert({
      where: { coachingSessionId_staffMemberId: { coachingSessionId: session.id, staffMemberId } },
      // A verification already given by the coachee's or coach's school stays: only the date and length follow the session.
      update: details,
      create: { ...details, ...fields, trustId: pairing.trustId, schoolId, staffMemberId, coachingSessionId: session.id, strand: "PROFESSIONAL_LEARNING", submittedAt: now },
      select: { id: true, type: true, minutes: true, startDate: true },
    });
    audit.push({ action: "cpd.coaching", entity: "CpdActivity", entityId: activity.id, after: { ...activity, staffMemberId } });
  }
  return audit;
}

export async function removeSessionCpd(tx: Tx, viewer: Viewer, sessionId: string): Promise<AuditEntry[]> {
  const rows = await tx.cpdActivity.findMany({ where: { coachingSessionId: sessionId, trustId: viewer.trustId }, select: { id: true, staffMemberId: true, minutes: true } });
  if (rows.length) await tx.cpdActivity.deleteMany({ where: { id: { in: rows.map((r) => r.id) } } });
  return rows.map((r) => ({ action: "cpd.delete", entity: "CpdActivity", entityId: r.id, before: { ...r, coachingSessionId: sessionId } }));
}
