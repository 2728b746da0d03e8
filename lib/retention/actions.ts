"use server";
// The retention pages' server actions: each runs its command (lib/commands/submit.ts).
import { submit } from "@/lib/commands/submit";
import type { FormState } from "@/lib/forms/result";
import { routes } from "@/lib/routes";
import * as retention from "./commands";

export async function updateRuleAction(_: FormState, form: FormData) {
  return submit(retention.updateRule, form);
}
export async function setAutoEraseAction(_: FormState, form: FormData) {
  return submit(retention.setAutoErase, form);
}
export async function confirmReviewAction(_: FormState, form: FormData) {
  return submit(retention.confirmRetentionReview, form, { redirect: () => routes.adminRetentionReview() });
}
export async function placeHoldAction(_: FormState, form: FormData) {
  return submit(retention.placeLegalHold, form, { redirect: (data) => routes.adminErasure(data.staffMemberId) });
}
export async function liftHoldAction(_: FormState, form: FormData) {
  return submit(retention.liftLegalHold, form, { redirect: () => routes.adminRetentionReview() });
}
export async function eraseOnRequestAction(_: FormState, form: FormData) {
  return submit(retention.eraseOnRequest, form, { redirect: (data) => routes.adminErasure(data.staffMemberId) });
}
