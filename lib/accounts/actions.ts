"use server";
// The accounts pages' server actions (lib/commands/submit.ts runs each command).
import { submit } from "@/lib/commands/submit";
import type { FormState } from "@/lib/forms/result";
import { grantRole, revokeRole } from "./commands";
import { acceptInvitation, EXPIRED, inviteUser, resendInvitation } from "./invitations";
import { invitationViewer } from "./queries";
import { routes } from "@/lib/routes";

export async function grantRoleAction(_: FormState, form: FormData) {
  return submit(grantRole, form);
}
export async function revokeRoleAction(_: FormState, form: FormData) {
  return submit(revokeRole, form);
}
export async function inviteUserAction(_: FormState, form: FormData) {
  return submit(inviteUser, form, { redirect: (data) => routes.account(data.userId) });
}
export async function resendInvitationAction(_: FormState, form: FormData) {
  return submit(resendInvitation, form);
}
/** The set-password link's form: whoever holds a live link acts as its account, once. */
export async function acceptInvitationAction(_: FormState, form: FormData) {
  const token = form.get("token");
  const invited = typeof token === "string" ? await invitationViewer(token) : null;
  if (!invited) return { ok: false as const, message: EXPIRED, fieldErrors: {} };
  return submit(acceptInvitation, form, { viewer: async () => invited, echo: false, redirect: () => routes.signIn() });
}
