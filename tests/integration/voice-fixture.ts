// A small trust for the staff survey tests: its demo viewers, its staff as viewers, and a full set of answers.
import type { Viewer } from "@/lib/access/policy";
import { loadViewer } from "@/lib/access/queries";
import { BANK, DEFAULT_KEYS } from "@/lib/voice/bank";
import { fieldName } from "@/lib/voice/schema";
import { londonIsoDay } from "../support/days";
import { seedSmallTrust } from "../support/fixtures";
import type { FormFields } from "../support/form";

export async function voiceTrust() {
  const trust = await seedSmallTrust();
  const v = await trust.viewers();
  const headSchool = v.head.roles.find((r) => r.role === "HEADTEACHER")!.schoolId!;
  /** Current staff of a school with a sign-in, as viewers (the head excepted, who is told apart by role). */
  const staffViewers = async (schoolId: string, where: (s: (typeof trust.built.staff)[number]) => boolean = () => true): Promise<Viewer[]> => {
    const rows = trust.built.staff.filter((s) => s.schoolId === schoolId && !s.leaveDate && s.userId && s.careerStage !== "HEADTEACHER" && where(s));
    return Promise.all(rows.map(async (s) => (await loadViewer(s.userId!))!));
  };
  return { trust, v, headSchool, otherSchool: trust.built.schools.find((s) => s.id !== headSchool)!.id, staffViewers };
}

export const surveyFields = (schoolId: string | null, over: FormFields = {}): FormFields => ({
  schoolId: schoolId ?? "", title: "Autumn pulse", opensOn: londonIsoDay(0), closesOn: londonIsoDay(14), "questions[]": DEFAULT_KEYS, ...over,
});

/** A complete answer: every scale `scale`, eNPS `enps`, `hours` hours, the first task ticked, a comment. */
export function answers(surveyId: string, { scale = 4, enps = 9, hours = 50, comment = "More time to plan, please." } = {}): FormFields {
  const out: FormFields = { surveyId };
  for (const q of BANK.filter((b) => DEFAULT_KEYS.includes(b.key))) {
    const name = fieldName(q);
    out[name] = q.kind === "SCALE" ? scale : q.kind === "ENPS" ? enps : q.kind === "HOURS" ? hours : q.kind === "TASKS" ? ["0"] : comment;
  }
  return out;
}
