"use server";
// Employment history forms' server actions (lib/commands/submit.ts runs each command).
import { submit } from "@/lib/commands/submit";
import type { FormState } from "@/lib/forms/result";
import { cancelPlacement, endPlacement, secondStaff, swapStaff, transferStaff } from "./commands";
import { routes, withHash, withQuery } from "@/lib/routes";

const back = (data: { id: string }) => withHash(routes.person(data.id), "employment-heading");
// After a move the forms stay open (?move=1) for the next one; the history above shows what was recorded.
const backToMoves = (data: { id: string }) => withHash(withQuery(routes.person(data.id), "move=1"), "employment-heading");

export async function transferStaffAction(_: FormState, form: FormData) {
  return submit(transferStaff, form, { redirect: backToMoves });
}
export async function secondStaffAction(_: FormState, form: FormData) {
  return submit(secondStaff, form, { redirect: backToMoves });
}
export async function swapStaffAction(_: FormState, form: FormData) {
  return submit(swapStaff, form, { redirect: backToMoves });
}
export async function endPlacementAction(_: FormState, form: FormData) {
  return submit(endPlacement, form, { redirect: back });
}
export async function cancelPlacementAction(_: FormState, form: FormData) {
  return submit(cancelPlacement, form, { redirect: back });
}
