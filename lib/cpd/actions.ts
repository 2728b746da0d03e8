"use server";
// Thin server actions over the CPD commands: the signed-in viewer runs the command, then the pages
// that show the change refresh. A saved activity goes back to "My development".
import { redirect } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { typedValues, type FormState } from "@/lib/server/action";
import { perform } from "@/lib/server/perform";
import * as admin from "./admin/mutations";
import * as cpd from "./mutations";
import { nextToReview } from "./queries";
import { queueParams, queueQuery, withPageSelection } from "./reports/params";
import * as records from "./records/mutations";

const MINE = ["/development", "/"];
const REVIEW = ["/verification", "/school-development", "/", "/development"];

export async function saveActivityAction(_prev: FormState, form: FormData): Promise<FormState> {
  const result = await perform(cpd.saveActivity, form, MINE);
  if (!result.ok) return { ...result, values: typedValues(form) };
  redirect(`/development/${result.data.id}?saved=${result.data.status === "SUBMITTED" ? "submitted" : "draft"}`);
}

export async function submitActivityAction(_prev: FormState, form: FormData): Promise<FormState> {
  return perform(cpd.submitActivity, form, [...MINE, `/development/${String(form.get("id") ?? "")}`]);
}

export async function deleteActivityAction(_prev: FormState, form: FormData): Promise<FormState> {
  const result = await perform(cpd.deleteActivity, form, MINE);
  if (result.ok) redirect("/development?deleted=1");
  return result;
}

export async function reviewActivitiesAction(_prev: FormState, form: FormData): Promise<FormState> {
  const result = await perform(cpd.reviewActivities, withPageSelection(form), REVIEW);
  if (!result.ok) return { ...result, values: typedValues(form) };
  const { count, decision } = result.data;
  const what = count === 1 ? "1 activity" : `${count} activities`;
  return { ...result, message: decision === "verify" ? `Verified ${what}.` : `Returned ${what} with your reason.` };
}

/** Verifies or returns one activity, then opens the next one waiting in the same view of the queue. */
export async function reviewOneAction(prev: FormState, form: FormData): Promise<FormState> {
  const result = await reviewActivitiesAction(prev, form);
  if (!result?.ok) return result;
  const params = queueParams.parse(Object.fromEntries(new URLSearchParams(String(form.get("queue") ?? ""))));
  const next = await nextToReview(await requireViewer(), params);
  const query = new URLSearchParams(queueQuery({ ...params, page: 1 }));
  query.set("done", String(form.get("decision")));
  redirect(next ? `/verification/${next}?${query}` : `/verification?${query}`);
}

export async function saveTargetAction(_prev: FormState, form: FormData): Promise<FormState> {
  const result = await perform(admin.saveTarget, form, ["/trust-development", "/school-development", "/development", "/"]);
  return result.ok ? result : { ...result, values: typedValues(form) };
}

export async function saveRequirementAction(_prev: FormState, form: FormData): Promise<FormState> {
  const result = await perform(admin.saveRequirement, form, ["/trust-development", "/school-development", "/development"]);
  return result.ok ? result : { ...result, values: typedValues(form) };
}

export async function recordTrainingAction(_prev: FormState, form: FormData): Promise<FormState> {
  const result = await perform(records.recordTraining, form, MINE);
  if (!result.ok) return { ...result, values: typedValues(form) };
  redirect("/development?saved=training");
}

export async function saveQualificationAction(_prev: FormState, form: FormData): Promise<FormState> {
  const result = await perform(records.saveQualification, form, MINE);
  if (!result.ok) return { ...result, values: typedValues(form) };
  redirect("/development?saved=qualification");
}

export async function saveReflectionAction(_prev: FormState, form: FormData): Promise<FormState> {
  const id = String(form.get("id") ?? "");
  const result = await perform(records.saveReflection, form, [...MINE, `/development/${id}`]);
  if (!result.ok) return { ...result, values: typedValues(form) };
  redirect(`/development/${result.data.id}?saved=reflection`);
}
