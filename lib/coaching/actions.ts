"use server";
// Coaching's server actions: each runs its command (lib/commands/submit.ts).
import { submit } from "@/lib/commands/submit";
import type { FormState } from "@/lib/forms/result";
import { routes } from "@/lib/routes";
import * as coaching from "./commands";

type State = FormState;

export async function createPairingAction(_: State, form: FormData) {
  return submit(coaching.createPairing, form, { redirect: () => routes.coaching() });
}
// A form that is gone once it succeeds (the step set or secured, the session deleted, the pairing ended)
// leads back to its page, the message flashed there.
export async function endPairingAction(_: State, form: FormData) {
  return submit(coaching.endPairing, form, { redirect: () => routes.coaching() });
}
export async function setStepAction(_: State, form: FormData) {
  return submit(coaching.setStep, form, { redirect: (data) => routes.coachingPairing(data.id) });
}
export async function secureStepAction(_: State, form: FormData) {
  return submit(coaching.secureStep, form, { redirect: (data) => routes.coachingPairing(data.id) });
}
export async function recordSessionAction(_: State, form: FormData) {
  return submit(coaching.recordSession, form);
}
export async function editSessionAction(_: State, form: FormData) {
  return submit(coaching.editSession, form);
}
export async function deleteSessionAction(_: State, form: FormData) {
  return submit(coaching.deleteSession, form, { redirect: (data) => routes.coachingPairing(data.id) });
}
