"use client";
// Coaching's forms: set up a pairing (a head or the trust admin), and the coach's own: set the action
// step, mark it secure, record, edit or delete a session. Each works without JavaScript.
import { Choice, Form, Input, Submit, TextArea } from "@/components/ui/form";
import { createPairingAction, deleteSessionAction, editSessionAction, endPairingAction, recordSessionAction, secureStepAction, setStepAction } from "@/lib/coaching/actions";
import { CADENCE_LABEL } from "@/lib/coaching/labels";
import { options } from "@/lib/format";

type Option = { value: string; label: string };

export function PairingForm({ coachees, coaches, coacheeHint, coachHint, today }: { coachees: Option[]; coaches: Option[]; coacheeHint?: string; coachHint: string; today: string }) {
  return (
    <Form id="create-pairing" action={createPairingAction} loadSchema={() => import("@/lib/coaching/schema").then((m) => m.pairingSchema)} className="space-y-4">
      <Choice name="coacheeId" label="Coachee" hint={coacheeHint} empty="Choose who is coached…" options={coachees} />
      <Choice name="coachId" label="Coach" hint={coachHint} empty="Choose the coach…" options={coaches} />
      <TextArea name="focus" label="Focus" hint="What the coaching is for, for example “Leading a department through a curriculum change”." rows={2} />
      <Input name="startsOn" label="Start date" type="date" defaultValue={today} />
      <Input name="endsOn" label="End date (optional)" type="date" />
      <Choice name="cadence" label="Target cadence" empty="Choose how often they meet…" options={options(CADENCE_LABEL)} />
      <Submit>Set up pairing</Submit>
    </Form>
  );
}

export function EndPairingForm({ pairingId, label }: { pairingId: string; label: string }) {
  return (
    <Form id={`end-${pairingId}`} action={endPairingAction} loadSchema={() => import("@/lib/coaching/schema").then((m) => m.endPairingSchema)} hidden={{ pairingId }} label={`End pairing: ${label}`} className="inline">
      <Submit variant="link">End pairing<span className="sr-only">: {label}</span></Submit>
    </Form>
  );
}

export function StepForm({ pairingId }: { pairingId: string }) {
  return (
    <Form id="set-step" action={setStepAction} loadSchema={() => import("@/lib/coaching/schema").then((m) => m.stepSchema)} hidden={{ pairingId }} className="space-y-3">
      <TextArea name="description" label="Next action step" hint="One small step you will be able to see, for example “Cold call three pupils before taking hands up”." rows={2} />
      <Submit variant="secondary">Set step</Submit>
    </Form>
  );
}

export function SecureStepForm({ stepId }: { stepId: string }) {
  return (
    <Form id="secure-step" action={secureStepAction} loadSchema={() => import("@/lib/coaching/schema").then((m) => m.secureStepSchema)} hidden={{ stepId }} label="Mark the current step secure" className="inline">
      <Submit variant="secondary">Mark step secure</Submit>
    </Form>
  );
}

function SessionFields({ today }: { today: string }) {
  return (
    <>
      <Input name="heldOn" label="Session date" type="date" max={today} />
      <Input name="minutes" label="Duration (minutes)" inputMode="numeric" />
      <TextArea name="notes" label="Notes" hint="Seen by you and your coachee only." rows={4} />
    </>
  );
}

export function SessionForm({ pairingId, today }: { pairingId: string; today: string }) {
  return (
    <Form id="record-session" action={recordSessionAction} loadSchema={() => import("@/lib/coaching/schema").then((m) => m.sessionSchema)} hidden={{ pairingId }} values={{ heldOn: today }} className="space-y-3">
      <SessionFields today={today} />
      <Submit>Record session</Submit>
    </Form>
  );
}

export function EditSessionForm({ session, today }: { session: { id: string; heldOnIso: string; minutes: number; notes: string }; today: string }) {
  return (
    <Form id={`edit-session-${session.id}`} action={editSessionAction} loadSchema={() => import("@/lib/coaching/schema").then((m) => m.editSessionSchema)} hidden={{ sessionId: session.id }} values={{ heldOn: session.heldOnIso, minutes: String(session.minutes), notes: session.notes }} className="space-y-3">
      <SessionFields today={today} />
      <Submit variant="secondary">Save session</Submit>
    </Form>
  );
}

export function DeleteSessionForm({ sessionId, label }: { sessionId: string; label: string }) {
  return (
    <Form id={`delete-session-${sessionId}`} action={deleteSessionAction} loadSchema={() => import("@/lib/coaching/schema").then((m) => m.sessionIdSchema)} hidden={{ sessionId }} label={`Delete session: ${label}`} className="inline">
      <Submit variant="link">Delete session<span className="sr-only">: {label}</span></Submit>
    </Form>
  );
}
