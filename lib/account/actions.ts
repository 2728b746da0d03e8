"use server";
// Server actions for one's own account (second factor, password) and for a trust admin's view of
// people's sessions. The own-account ones also serve someone who must still set up a required
// second factor, so they act as the signed-in session rather than requireViewer().
import { redirect } from "next/navigation";
import { submit } from "@/lib/commands/submit";
import type { FormState } from "@/lib/forms/result";
import * as mfa from "./mfa/commands";
import * as sessions from "./sessions/commands";
import { getSignedIn } from "@/lib/access/viewer";
import { changePassword, setAccountStatus } from "./commands";

type State = FormState;

async function signedIn() {
  const session = await getSignedIn();
  if (!session) redirect("/signin");
  return session;
}
// Passwords and codes are never handed back to the form.
const asSignedIn = { viewer: async () => (await signedIn()).viewer, echo: false };

export async function startEnrolmentAction(_: State, form: FormData) {
  return submit(mfa.startEnrolment, form, asSignedIn);
}
export async function confirmEnrolmentAction(_: State, form: FormData) {
  return submit(mfa.confirmEnrolment, form, asSignedIn);
}
export async function regenerateRecoveryCodesAction(_: State, form: FormData) {
  return submit(mfa.regenerateRecoveryCodes, form, asSignedIn);
}
export async function turnOffMfaAction(_: State, form: FormData) {
  return submit(mfa.turnOffMfa, form, asSignedIn);
}
export async function changePasswordAction(_: State, form: FormData) {
  return submit(changePassword((await signedIn()).sessionId), form, asSignedIn);
}
export async function endSessionAction(_: State, form: FormData) {
  return submit(sessions.endSession, form);
}
export async function endAllSessionsAction(_: State, form: FormData) {
  return submit(sessions.endAllSessions, form);
}
export async function setAccountStatusAction(_: State, form: FormData) {
  return submit(setAccountStatus, form);
}
