"use server";
// Performance development's server actions: each runs its command (lib/commands/submit.ts).
import { submit } from "@/lib/commands/submit";
import type { FormState } from "@/lib/forms/result";
import { routes } from "@/lib/routes";
import * as plans from "./commands";
import * as objectives from "./objectives/commands";
import { recordPay } from "./pay";
import * as reviews from "./reviews/commands";

type State = FormState;

export async function setCycleAction(_: State, form: FormData) {
  return submit(plans.setCycle, form);
}
export async function startPlanAction(_: State, form: FormData) {
  return submit(plans.startPlan, form, { redirect: (data) => routes.performancePlan(data.id) });
}
export async function setReviewerAction(_: State, form: FormData) {
  return submit(plans.setReviewer, form);
}
export async function setHeadReviewerAction(_: State, form: FormData) {
  return submit(plans.setHeadReviewer, form);
}
export async function saveObjectiveAction(_: State, form: FormData) {
  return submit(objectives.saveObjective, form, { redirect: (data) => routes.performancePlan(data.id) });
}
export async function removeObjectiveAction(_: State, form: FormData) {
  return submit(objectives.removeObjective, form, { redirect: (data) => routes.performancePlan(data.id) });
}
export async function agreeObjectivesAction(_: State, form: FormData) {
  // The agree button goes once agreed: the message travels to the refreshed page as a flash.
  return submit(objectives.agreeObjectives, form, { redirect: (data) => routes.performancePlan(data.id) });
}
export async function saveReviewAction(_: State, form: FormData) {
  return submit(reviews.saveReview, form, { redirect: (data) => routes.performanceReview(data.id, data.slug) });
}
export async function correctReviewAction(_: State, form: FormData) {
  return submit(reviews.correctReview, form, { redirect: (data) => routes.performanceReview(data.id, data.slug) });
}
export async function recordPayAction(_: State, form: FormData) {
  return submit(recordPay, form);
}
