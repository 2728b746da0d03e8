"use server";
// The CPD server actions: each runs its command (lib/commands/submit.ts), which knows the pages to
// refresh. Forms that lead elsewhere carry their result to the next page as a flash message.
import { submit } from "@/lib/commands/submit";
import type { FormState } from "@/lib/forms/result";
import * as admin from "./admin/commands";
import * as cpd from "./commands";
import { nextToVerify } from "./queries";
import { queueParams, queueQuery, withPageSelection } from "./reports/params";
import * as records from "./records/commands";
import { routes, withQuery } from "@/lib/routes";

type State = FormState;

export async function saveActivityAction(_: State, form: FormData) {
  return submit(cpd.saveActivity, form, { redirect: (data) => routes.activity(data.id) });
}
export async function submitActivityAction(_: State, form: FormData) {
  return submit(cpd.submitActivity, form);
}
export async function deleteActivityAction(_: State, form: FormData) {
  return submit(cpd.deleteActivity, form, { redirect: () => routes.development() });
}
export async function verifyActivitiesAction(_: State, form: FormData) {
  return submit(cpd.verifyActivities, withPageSelection(form));
}

const VERIFIED = { verify: "Activity verified.", return: "Activity returned with your reason." };

/** Verifies or returns one activity, then opens the next one waiting in the same view of the queue. */
export async function verifyOneAction(_: State, form: FormData) {
  return submit(cpd.verifyActivities, form, {
    async redirect({ decision }, viewer) {
      const params = queueParams.parse(Object.fromEntries(new URLSearchParams(String(form.get("queue") ?? ""))));
      const next = await nextToVerify(viewer, params);
      const query = queueQuery({ ...params, page: 1 });
      if (!next) return { to: withQuery(routes.verification(), query), flash: VERIFIED[decision] };
      return { to: withQuery(routes.verify(next), query), flash: `${VERIFIED[decision]} This is the next one waiting.` };
    },
  });
}

export async function saveTargetAction(_: State, form: FormData) {
  return submit(admin.saveTarget, form);
}
export async function saveRequirementAction(_: State, form: FormData) {
  return submit(admin.saveRequirement, form);
}
export async function recordTrainingAction(_: State, form: FormData) {
  return submit(records.recordTraining, form, { redirect: () => routes.development() });
}
export async function saveQualificationAction(_: State, form: FormData) {
  return submit(records.saveQualification, form, { redirect: () => routes.development() });
}
export async function saveReflectionAction(_: State, form: FormData) {
  return submit(records.saveReflection, form, { redirect: (data) => routes.activity(data.id) });
}
