// Coaching and drop-in visits (issue 18 §3). The pair open their pairing (coaching:view:own); the
// teacher and the visitor open a visit (dropin:view:own / dropin:visitor:own). Titles and bodies carry
// names, dates and the focus, never a session's notes or a step: the email may sit in a shared inbox.
import type { Tx } from "@/lib/db/client";
import { formatDate } from "@/lib/dates";
import { routes } from "@/lib/routes";
import { notify } from "../notify";

const fullName = (s: { firstName: string; lastName: string }) => `${s.firstName} ${s.lastName}`;
const pairingPeople = { select: { userId: true, firstName: true, lastName: true } } as const;

export async function notifyPairing(tx: Tx, trustId: string, pairingId: string) {
  const p = await tx.coachingPairing.findFirst({ where: { id: pairingId, trustId }, select: { focus: true, startsOn: true, coach: pairingPeople, coachee: pairingPeople } });
  if (!p) return;
  const body = `Focus: ${p.focus}. From ${formatDate(p.startsOn)}.`;
  await notify(tx, { trustId, userIds: [p.coachee.userId], kind: "coaching.paired", title: `Coaching with ${fullName(p.coach)}`, body, link: routes.coachingPairing(pairingId) });
  await notify(tx, { trustId, userIds: [p.coach.userId], kind: "coaching.paired", title: `You are coaching ${fullName(p.coachee)}`, body, link: routes.coachingPairing(pairingId) });
}

export async function notifySession(tx: Tx, trustId: string, sessionId: string) {
  const s = await tx.coachingSession.findFirst({ where: { id: sessionId, trustId }, select: { heldOn: true, minutes: true, pairingId: true, pairing: { select: { coach: pairingPeople, coachee: pairingPeople } } } });
  if (!s) return;
  await notify(tx, {
    trustId, userIds: [s.pairing.coachee.userId], kind: "coaching.session",
    title: `Coaching session with ${fullName(s.pairing.coach)}, ${formatDate(s.heldOn)}`,
    body: `${s.minutes} minutes, added to your verified CPD.`,
    link: routes.coachingPairing(s.pairingId),
  });
}

export async function notifyDropIn(tx: Tx, trustId: string, visitId: string) {
  const v = await tx.dropInVisit.findFirst({ where: { id: visitId, trustId }, select: { visitedOn: true, focus: true, teacher: { select: { userId: true } }, visitor: { select: { name: true } } } });
  if (!v) return;
  await notify(tx, { trustId, userIds: [v.teacher.userId], kind: "dropin.shared", title: `Drop-in visit by ${v.visitor.name}, ${formatDate(v.visitedOn)}`, body: `${v.focus}. Read what went well and the next step, and reply if you wish.`, link: routes.dropIn(visitId) });
}

/** A reply tells the other side: the visitor when the teacher writes, the teacher when the visitor does. */
export async function notifyDropInReply(tx: Tx, trustId: string, visitId: string, authorId: string) {
  const v = await tx.dropInVisit.findFirst({ where: { id: visitId, trustId }, select: { visitedOn: true, focus: true, visitorId: true, teacher: { select: { userId: true, firstName: true, lastName: true } } } });
  if (!v) return;
  const to = authorId === v.visitorId ? v.teacher.userId : v.visitorId;
  await notify(tx, { trustId, userIds: [to], kind: "dropin.reply", title: `Reply on the drop-in visit to ${fullName(v.teacher)}, ${formatDate(v.visitedOn)}`, body: v.focus, link: routes.dropIn(visitId) });
}
