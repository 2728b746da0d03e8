"use server";
// The priorities' server actions: each runs its command (lib/commands/submit.ts).
import { submit } from "@/lib/commands/submit";
import type { FormState } from "@/lib/forms/result";
import { routes } from "@/lib/routes";
import * as priorities from "./commands";

type State = FormState;

export async function createPriorityAction(_: State, form: FormData) {
  return submit(priorities.createPriority, form, { redirect: (data) => routes.priority(data.id) });
}
export async function editPriorityAction(_: State, form: FormData) {
  return submit(priorities.editPriority, form);
}
export async function addMilestoneAction(_: State, form: FormData) {
  return submit(priorities.addMilestone, form);
}
export async function setMilestoneDoneAction(_: State, form: FormData) {
  return submit(priorities.setMilestoneDone, form);
}
export async function recordProgressAction(_: State, form: FormData) {
  return submit(priorities.recordProgress, form);
}
export async function attachActionAction(_: State, form: FormData) {
  return submit(priorities.attachAction, form);
}
export async function copyForwardAction(_: State, form: FormData) {
  return submit(priorities.copyForward, form);
}
