import "server-only";
// Coaching (issue 18 §3): a head (for a coachee of their school) or the trust admin pairs a coach of any
// school with a coachee; the coach sets one action step at a time, marks it secure when seen, and records
// sessions. Each session writes CPD for both (./cpd.ts), exactly once however often it is edited.
import { changed, command } from "@/lib/commands/command";
import { AppError, fieldError } from "@/lib/commands/errors";
import type { Tx } from "@/lib/db/client";
import { fromIsoDay, isoDay, londonToday } from "@/lib/dates";
import { notifyPairing, notifySession } from "@/lib/notifications/events/coaching";
import { routes } from "@/lib/routes";
import type { Viewer } from "@/lib/access/policy";
import { mayCoach, mayManagePairing, pairingContentVisibleTo, pairingVisibleTo } from "./access";
import { removeSessionCpd, syncSessionCpd } from "./cpd";
import { endPairingSchema, pairingSchema, secureStepSchema, sessionIdSchema, sessionSchema, editSessionSchema, stepSchema } from "./schema";

const pages = (pairingId?: string) => [routes.coaching(), ...(pairingId ? [routes.coachingPairing(pairingId)] : [])];
const CPD_PAGES = [routes.development(), routes.home()];

/** A current member of staff of the viewer's trust. */
const currentStaff = (tx: Tx, viewer: Viewer, id: string) =>
  tx.staffMember.findFirst({ where: { id, trustId: viewer.trustId, leaveDate: null }, select: { id: true, trustId: true, schoolId: true } });

/** A pairing whose content the viewer reads (the pair), locked so two saves of one pairing run in turn. */
async function pairOf(tx: Tx, viewer: Viewer, pairingId: string) {
  await tx.$executeRaw`SELECT 1 FROM "CoachingPairing" WHERE id = ${pairingId}::uuid AND "trustId" = ${viewer.trustId}::uuid FOR UPDATE`;
  return tx.coachingPairing.findFirst({ where: { id: pairingId, ...pairingContentVisibleTo(viewer) } });
}

export const createPairing = command({
  schema: pairingSchema,
  load: async (tx, viewer, input) => {
    const coachee = await currentStaff(tx, viewer, input.coacheeId);
    return coachee ? { trustId: coachee.trustId, coachee } : null;
  },
  authorize: (viewer, _, row) => mayManagePairing(viewer, row),
  async work(tx, viewer, input, { coachee }) {
    const coach = await currentStaff(tx, viewer, input.coachId);
    if (!coach) throw fieldError("coachId", "The coach must be a current member of staff of the trust.");
    const pairing = await tx.coachingPairing.create({
      data: {
        trustId: viewer.trustId, coachId: coach.id, coacheeId: coachee.id, focus: input.focus, cadence: input.cadence,
        startsOn: fromIsoDay(input.startsOn), endsOn: input.endsOn ? fromIsoDay(input.endsOn) : null, createdById: viewer.userId,
      },
    });
    await notifyPairing(tx, viewer.trustId, pairing.id);
    return changed("CoachingPairing", pairing.id, "coaching.pair", { after: pairing }, { id: pairing.id });
  },
  revalidate: (_, data) => pages(data.id),
  success: "Pairing set up. The coach and the coachee have been told.",
});

export const endPairing = command({
  schema: endPairingSchema,
  load: (tx, viewer, input) => tx.coachingPairing.findFirst({ where: { id: input.pairingId, ...pairingVisibleTo(viewer) }, include: { coachee: { select: { schoolId: true } } } }),
  authorize: (viewer, _, p) => mayManagePairing(viewer, p),
  async work(tx, _viewer, _input, before) {
    const today = londonToday();
    if (before.endsOn && before.endsOn <= today) return { data: { id: before.id }, unchanged: true };
    const after = await tx.coachingPairing.update({ where: { id: before.id }, data: { endsOn: today < before.startsOn ? before.startsOn : today } });
    return changed("CoachingPairing", before.id, "coaching.end", { before: { endsOn: before.endsOn }, after: { endsOn: after.endsOn } }, { id: before.id });
  },
  revalidate: (_, data) => pages(data.id),
  success: "Pairing ended.",
});

export const setStep = command({
  schema: stepSchema,
  load: (tx, viewer, input) => pairOf(tx, viewer, input.pairingId),
  authorize: (viewer, _, p) => mayCoach(viewer, p),
  async work(tx, viewer, input, pairing) {
    const open = await tx.coachingStep.count({ where: { pairingId: pairing.id, securedOn: null } });
    if (open > 0) throw new AppError("CONFLICT", "One step at a time: mark the current step secure before setting the next.");
    const step = await tx.coachingStep.create({ data: { trustId: viewer.trustId, pairingId: pairing.id, description: input.description, setOn: londonToday() } });
    return changed("CoachingStep", step.id, "coaching.step.set", { after: { id: step.id, pairingId: pairing.id } }, { id: pairing.id });
  },
  revalidate: (_, data) => pages(data.id),
  success: "Action step set.",
});

export const secureStep = command({
  schema: secureStepSchema,
  load: (tx, viewer, input) => tx.coachingStep.findFirst({ where: { id: input.stepId, trustId: viewer.trustId, pairing: pairingContentVisibleTo(viewer) }, include: { pairing: true } }),
  authorize: (viewer, _, step) => mayCoach(viewer, step.pairing),
  async work(tx, _viewer, _input, step) {
    const data = { id: step.pairingId };
    if (step.securedOn) return { data, unchanged: true };
    const after = await tx.coachingStep.update({ where: { id: step.id }, data: { securedOn: londonToday() } });
    return changed("CoachingStep", step.id, "coaching.step.secure", { before: { securedOn: null }, after: { securedOn: after.securedOn } }, data);
  },
  revalidate: (_, data) => pages(data.id),
  success: "Step marked secure. Set the next one when you are ready.",
});

/** Not before the pairing starts (the future is the schema's refusal). */
function checkDay(pairing: { startsOn: Date }, heldOn: string) {
  if (heldOn < isoDay(pairing.startsOn)) throw fieldError("heldOn", `The session date must be on or after the pairing's start, ${isoDay(pairing.startsOn)}.`);
}

export const recordSession = command({
  schema: sessionSchema,
  load: (tx, viewer, input) => pairOf(tx, viewer, input.pairingId),
  authorize: (viewer, _, p) => mayCoach(viewer, p),
  async work(tx, viewer, input, pairing) {
    checkDay(pairing, input.heldOn);
    const session = await tx.coachingSession.create({ data: { trustId: viewer.trustId, pairingId: pairing.id, heldOn: fromIsoDay(input.heldOn), minutes: input.minutes, notes: input.notes } });
    const cpd = await syncSessionCpd(tx, viewer, pairing, session);
    await notifySession(tx, viewer.trustId, session.id);
    return { data: { id: pairing.id }, audit: [{ action: "coaching.session.record", entity: "CoachingSession", entityId: session.id, after: { id: session.id, heldOn: session.heldOn, minutes: session.minutes } }, ...cpd] };
  },
  revalidate: (_, data) => [...pages(data.id), ...CPD_PAGES],
  success: "Session recorded. It counts as CPD for you both.",
});

const sessionOf = async (tx: Tx, viewer: Viewer, sessionId: string) => {
  const session = await tx.coachingSession.findFirst({ where: { id: sessionId, trustId: viewer.trustId, pairing: pairingContentVisibleTo(viewer) }, select: { pairingId: true } });
  if (!session) return null;
  const pairing = await pairOf(tx, viewer, session.pairingId);
  const row = pairing && (await tx.coachingSession.findFirst({ where: { id: sessionId, pairingId: pairing.id } }));
  return pairing && row ? { ...pairing, session: row } : null;
};

export const editSession = command({
  schema: editSessionSchema,
  load: (tx, viewer, input) => sessionOf(tx, viewer, input.sessionId),
  authorize: (viewer, _, p) => mayCoach(viewer, p),
  async work(tx, viewer, input, { session: before, ...pairing }) {
    checkDay(pairing, input.heldOn);
    const after = await tx.coachingSession.update({ where: { id: before.id }, data: { heldOn: fromIsoDay(input.heldOn), minutes: input.minutes, notes: input.notes } });
    const cpd = await syncSessionCpd(tx, viewer, pairing, after);
    const shown = (s: typeof before) => ({ heldOn: s.heldOn, minutes: s.minutes });
    return { data: { id: pairing.id }, audit: [{ action: "coaching.session.edit", entity: "CoachingSession", entityId: before.id, before: shown(before), after: shown(after) }, ...cpd] };
  },
  revalidate: (_, data) => [...pages(data.id), ...CPD_PAGES],
  success: "Session saved.",
});

export const deleteSession = command({
  schema: sessionIdSchema,
  load: (tx, viewer, input) => sessionOf(tx, viewer, input.sessionId),
  authorize: (viewer, _, p) => mayCoach(viewer, p),
  async work(tx, viewer, _input, { session, ...pairing }) {
    const cpd = await removeSessionCpd(tx, viewer, session.id);
    await tx.coachingSession.delete({ where: { id: session.id } });
    return { data: { id: pairing.id }, audit: [{ action: "coaching.session.delete", entity: "CoachingSession", entityId: session.id, before: { heldOn: session.heldOn, minutes: session.minutes } }, ...cpd] };
  },
  revalidate: (_, data) => [...pages(data.id), ...CPD_PAGES],
  success: "Session deleted, with the CPD it wrote.",
});
