"use server";
// The CSI slice's server actions: each runs its command (lib/commands/submit.ts).
import { submit } from "@/lib/commands/submit";
import type { FormState } from "@/lib/forms/result";
import * as cycles from "./commands/cycles";
import * as followup from "./commands/followup";
import * as review from "./commands/review";
import * as support from "./commands/support";
import { routes } from "@/lib/routes";

type State = FormState;

export async function createCycleAction(_: State, form: FormData) {
  return submit(cycles.createCycle, form, { redirect: (data) => routes.reviewCycle(data.id) });
}
export async function assignReviewAction(_: State, form: FormData) {
  return submit(cycles.assignReview, form);
}
export async function publishReviewAction(_: State, form: FormData) {
  // The publish button goes once the review is published: its message travels to the page as a flash.
  return submit(cycles.publishReview, form, { redirect: (data) => routes.review(data.id) });
}
export async function correctReviewAction(_: State, form: FormData) {
  return submit(cycles.correctReview, form, { redirect: (data) => routes.review(data.id) });
}
export async function setCsiLevelAction(_: State, form: FormData) {
  return submit(cycles.setCsiLevel, form);
}
export async function saveReviewAction(_: State, form: FormData) {
  // A submitted review's page is read-only (the form goes), so the result travels as a flash.
  return submit(review.saveReview, form, { redirect: (data) => routes.review(data.id) });
}
export async function addActionAction(_: State, form: FormData) {
  return submit(followup.addAction, form);
}
export async function addActionNoteAction(_: State, form: FormData) {
  return submit(followup.addActionNote, form);
}
export async function setActionStatusAction(_: State, form: FormData) {
  return submit(followup.setActionStatus, form);
}
export async function assignCriticalFriendAction(_: State, form: FormData) {
  return submit(support.assignCriticalFriend, form);
}
export async function createSupportAgreementAction(_: State, form: FormData) {
  return submit(support.createSupportAgreement, form);
}
export async function closeSupportAgreementAction(_: State, form: FormData) {
  return submit(support.closeSupportAgreement, form);
}
