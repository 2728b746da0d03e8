// Staff survey results (issue 20 §1: p95 < 150 ms with any allowed filter, within 3× its SQL) and one
// anonymous answer, on the seeded trust's open trust-wide survey.
import { loadViewer } from "../../lib/access/queries";
import { answerSurvey } from "../../lib/voice/commands";
import { BANK } from "../../lib/voice/bank";
import { surveyResults } from "../../lib/voice/results/view";
import { fieldName } from "../../lib/voice/schema";
import { workloadPage } from "../../lib/workload/queries";
import { DEMO_EMAILS } from "../../prisma/seed/demo";
import type { BenchAction, BenchContext, BenchPage } from "./types";

const openSurvey = async (ctx: BenchContext) => (await ctx.prisma.survey.findFirstOrThrow({ where: { schoolId: null }, orderBy: { term: "desc" } })).id;
const headSchool = async (ctx: BenchContext) => (await ctx.viewer(DEMO_EMAILS.head)).roles.find((r) => r.role === "HEADTEACHER")?.schoolId ?? "";

const page = (name: string, email: string, query: (ctx: BenchContext) => Promise<Record<string, string>> | Record<string, string>): BenchPage => ({
  name, email, targetMs: 150,
  path: async (ctx) => `/voice/results/${await openSurvey(ctx)}?${new URLSearchParams(await query(ctx))}`,
  sql: async (ctx, viewer) => surveyResults(viewer, await openSurvey(ctx), await query(ctx)),
});

export const voicePages: BenchPage[] = [
  page("Staff survey: results, the whole trust (trust admin)", DEMO_EMAILS.admin, () => ({})),
  page("Staff survey: results, two filters (trust admin: secondary teachers)", DEMO_EMAILS.admin, () => ({ phase: "SECONDARY", category: "TEACHER" })),
  page("Staff survey: results, the head's school against the trust", DEMO_EMAILS.head, async (ctx) => ({ school: await headSchool(ctx) })),
  page("Staff survey: headlines of every school (trustee)", DEMO_EMAILS.trustee, () => ({})),
  { name: "Workload impact: the trust's load and heaviest demands (trustee)", email: DEMO_EMAILS.trustee, path: () => "/workload", sql: (_ctx, viewer) => workloadPage(viewer), targetMs: 150 },
  { name: "Workload impact: the head's school", email: DEMO_EMAILS.head, path: () => "/workload", sql: (_ctx, viewer) => workloadPage(viewer), targetMs: 150 },
];

let waiting: string[] | undefined;

export const voiceActions: BenchAction[] = [
  {
    name: "Staff survey: one anonymous answer (a member of staff who has not answered)",
    email: DEMO_EMAILS.teacher,
    run: async (ctx, _viewer, i) => {
      const surveyId = await openSurvey(ctx);
      waiting ??= (await ctx.prisma.staffMember.findMany({ where: { leaveDate: null, userId: { not: null }, NOT: { userId: { in: (await ctx.prisma.surveyParticipation.findMany({ where: { surveyId }, select: { userId: true } })).map((p) => p.userId) } } }, select: { userId: true }, take: 200 })).map((s) => s.userId!);
      const viewer = await loadViewer(waiting[i % waiting.length]!);
      const fields: Record<string, unknown> = { surveyId };
      for (const q of BANK) fields[fieldName(q)] = q.kind === "TASKS" ? ["1"] : q.kind === "TEXT" ? "" : q.kind === "HOURS" ? "48" : "4";
      const result = await answerSurvey.run(viewer!, fields);
      if (!result.ok && !result.fieldErrors.surveyId) throw new Error(result.message);
    },
    targetMs: 150,
  },
];
