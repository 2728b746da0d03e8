"use server";
// The mentor meeting forms' server actions (lib/commands/submit.ts runs each command).
import { submit } from "@/lib/commands/submit";
import type { FormState } from "@/lib/forms/result";
import { routes } from "@/lib/routes";
import { deleteMeeting, editMeeting, logMeeting } from "./commands";

export async function logMeetingAction(_: FormState, form: FormData) {
  return submit(logMeeting, form, { redirect: (data) => routes.induction(data.inductionId) });
}
export async function editMeetingAction(_: FormState, form: FormData) {
  return submit(editMeeting, form, { redirect: (data) => routes.induction(data.inductionId) });
}
export async function deleteMeetingAction(_: FormState, form: FormData) {
  return submit(deleteMeeting, form, { redirect: (data) => routes.induction(data.inductionId) });
}
