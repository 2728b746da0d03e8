"use server";
// Server actions for one's own account (second factor, password) and for a trust admin's view of
// people's sessions. The own-account ones also serve someone who must still set up a required
// second factor, so they take the signed-in session rather than requireViewer().
import { revalidatePath } from "next/cache";
import { redirect, unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { type ActionResult, type Command, formDataToObject, type FormState } from "@/lib/server/action";
import { perform } from "@/lib/server/perform";
import { getSignedIn } from "../viewer";
import { changePassword, setAccountStatus } from "./mutations";
import { confirmEnrolment, regenerateRecoveryCodes, startEnrolment, turnOffMfa } from "../mfa/mutations";
import { endAllSessions, endSession } from "../sessions/mutations";

const ACCOUNT = "/account/security";

async function asSignedIn<S extends z.ZodType, R>(command: Command<S, R>, form: FormData, paths: string[]): Promise<ActionResult<R>> {
  const signedIn = await getSignedIn();
  if (!signedIn) redirect("/signin");
  try {
    const result = await command.run(signedIn.viewer, formDataToObject(form));
    if (result.ok) for (const path of paths) revalidatePath(path);
    return result;
  } catch (error) {
    unstable_rethrow(error);
    const id = crypto.randomUUID();
    console.error(`[action ${id}]`, error);
    return { ok: false, message: `Something went wrong and nothing was saved (reference ${id.slice(0, 8)}).`, fieldErrors: {} };
  }
}

export async function startEnrolmentAction(_prev: FormState, form: FormData): Promise<FormState> {
  return asSignedIn(startEnrolment, form, [ACCOUNT, "/signin/two-step"]);
}
export async function confirmEnrolmentAction(_prev: unknown, form: FormData) {
  // No revalidation: the page would render again without the form that shows the recovery codes.
  return asSignedIn(confirmEnrolment, form, []);
}
export async function regenerateRecoveryCodesAction(_prev: unknown, form: FormData) {
  return asSignedIn(regenerateRecoveryCodes, form, []);
}
export async function turnOffMfaAction(_prev: unknown, form: FormData) {
  return asSignedIn(turnOffMfa, form, [ACCOUNT]);
}
export async function changePasswordAction(_prev: FormState, form: FormData): Promise<FormState> {
  const signedIn = await getSignedIn();
  return asSignedIn(changePassword(signedIn?.sessionId ?? null), form, [ACCOUNT]);
}

const sessionsPage = (form: FormData) => [`/admin/users/${String(form.get("userId") ?? "")}/sessions`, "/admin/sessions"];

export async function endSessionAction(_prev: FormState, form: FormData): Promise<FormState> {
  return perform(endSession, form, sessionsPage(form));
}
export async function endAllSessionsAction(_prev: FormState, form: FormData): Promise<FormState> {
  return perform(endAllSessions, form, sessionsPage(form));
}
export async function setAccountStatusAction(_prev: FormState, form: FormData): Promise<FormState> {
  return perform(setAccountStatus, form, sessionsPage(form));
}
