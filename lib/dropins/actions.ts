"use server";
// Drop-in visits' server actions: each runs its command (lib/commands/submit.ts).
import { submit } from "@/lib/commands/submit";
import type { FormState } from "@/lib/forms/result";
import { routes } from "@/lib/routes";
import * as dropins from "./commands";

type State = FormState;

export async function recordDropInAction(_: State, form: FormData) {
  return submit(dropins.recordDropIn, form, { redirect: (data) => routes.dropIn(data.id) });
}
export async function replyToDropInAction(_: State, form: FormData) {
  return submit(dropins.replyToDropIn, form);
}
