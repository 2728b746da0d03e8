// Staff survey results (issue 20 §1: p95 < 150 ms with any allowed filter, within 3× its SQL), one
// anonymous answer on the seeded trust's open trust-wide survey, and 6,800 answers submitted at once to a
// survey of their own (issue 20: in < 60 s, none lost or doubled). Run by npm run bench, or the last alone:
// tsx --import ./scripts/allow-server-only.mjs scripts/bench/voice.ts <database url>
import { pathToFileURL } from "node:url";
import type { Viewer } from "../../lib/access/policy";
import { loadViewer } from "../../lib/access/queries";
import { londonToday, termKey } from "../../lib/dates";
import { inAudience } from "../../lib/voice/access";
import { answerSurvey } from "../../lib/voice/commands";
import { BANK, DEFAULT_KEYS } from "../../lib/voice/bank";
import { surveyResults } from "../../lib/voice/results/view";
import { fieldName } from "../../lib/voice/schema";
import { workloadPage } from "../../lib/workload/queries";
import { DEMO_EMAILS } from "../../prisma/seed/demo";
import type { BenchAction, BenchContext, BenchPage } from "./types";

/** The demo trust's latest trust-wide survey, open in the seed (other trusts, e.g. the staff import's, have none of theirs read here). */
const openSurvey = async (ctx: BenchContext) =>
  (await ctx.prisma.survey.findFirstOrThrow({ where: { trustId: (await ctx.viewer(DEMO_EMAILS.admin)).trustId, schoolId: null, title: { not: { startsWith: "Bench:" } } }, orderBy: { term: "desc" } })).id;
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
  page("Staff survey: headlines of every school (trustee)", DEMO_EMAILS.trustee, () => ({ show: "schools" })),
  { name: "Workload impact: the trust's load and heaviest demands (trustee)", email: DEMO_EMAILS.trustee, path: () => "/workload?show=schools", sql: (_ctx, viewer) => workloadPage(viewer), targetMs: 150 },
  { name: "Workload impact: the head's school", email: DEMO_EMAILS.head, path: () => "/workload", sql: (_ctx, viewer) => workloadPage(viewer), targetMs: 150 },
];

/** A full answer to every question of the bank the survey asks (a task ticked, no comment). */
const fullAnswer = (surveyId: string) => {
  const fields: Record<string, unknown> = { surveyId };
  for (const q of BANK) fields[fieldName(q)] = q.kind === "TASKS" ? ["1"] : q.kind === "TEXT" ? "" : q.kind === "HOURS" ? "48" : "4";
  return fields;
};

/**
 * Those who may answer the survey and have not: current staff of its audience (its school, or any
 * school of its trust) signed in by an active account. Each one answers once, so the list is read once.
 */
let waiting: Viewer[] | undefined;
async function notYetAnswered(ctx: BenchContext, surveyId: string) {
  const survey = await ctx.prisma.survey.findUniqueOrThrow({ where: { id: surveyId } });
  const today = londonToday();
  if (survey.opensOn > today || survey.closesOn < today) throw new Error(`The bench survey is not open today (${survey.opensOn.toISOString().slice(0, 10)} to ${survey.closesOn.toISOString().slice(0, 10)}).`);
  const answered = new Set((await ctx.prisma.surveyParticipation.findMany({ where: { surveyId }, select: { userId: true } })).map((p) => p.userId));
  const staff = await ctx.prisma.staffMember.findMany({
    where: { trustId: survey.trustId, leaveDate: null, ...(survey.schoolId ? { schoolId: survey.schoolId } : {}), user: { status: "ACTIVE" } },
    select: { userId: true }, orderBy: { id: "asc" },
  });
  const out: Viewer[] = [];
  for (const s of staff) {
    if (!s.userId || answered.has(s.userId)) continue;
    const viewer = await loadViewer(s.userId);
    if (viewer && inAudience(viewer, survey)) out.push(viewer);
    if (out.length === 200) break;
  }
  if (!out.length) throw new Error("Everyone in the bench survey's audience has answered it: seed the bench again.");
  return out;
}

export const voiceActions: BenchAction[] = [
  {
    name: "Staff survey: one anonymous answer (a member of staff who has not answered)",
    email: DEMO_EMAILS.teacher,
    run: async (ctx, _viewer, i) => {
      const surveyId = await openSurvey(ctx);
      waiting ??= await notYetAnswered(ctx, surveyId);
      if (i >= waiting.length) throw new Error(`Only ${waiting.length} people of the survey's audience have not answered.`);
      const result = await answerSurvey.run(waiting[i]!, fullAnswer(surveyId));
      if (!result.ok) throw new Error(result.message);
    },
    targetMs: 150,
  },
];

export const ANSWERERS = 6_800;
const IN_FLIGHT = 16;

/**
 * 6,800 members of staff answer one new trust-wide survey at the same moment, each through the answer
 * command (the server action's own path), IN_FLIGHT at a time as one server process would serve them. Every answer
 * must be taken once: as many participation rows and responses as people, each response whole, and the
 * tallies the results are read from adding up to the answers.
 */
export async function benchConcurrentAnswers(url: string, log: (line: string) => void = console.log) {
  process.env.DATABASE_URL = url;
  process.env.DATABASE_POOL_SIZE ??= "40";
  process.env.NOTIFY_QUIET_HOURS = "off";
  const { db } = await import("../../lib/db/client");
  const admin = await db().user.findFirstOrThrow({ where: { email: DEMO_EMAILS.admin } });
  const staff = await db().staffMember.findMany({
    where: { trustId: admin.trustId, leaveDate: null, user: { status: "ACTIVE" } },
    select: { id: true, schoolId: true, lastName: true, user: { select: { id: true, email: true, roleAssignments: { select: { id: true, role: true, schoolId: true, communityId: true } } } } },
    orderBy: { id: "asc" }, take: ANSWERERS,
  });
  if (staff.length < ANSWERERS) throw new Error(`The bench data has ${staff.length} current staff who sign in; ${ANSWERERS} are needed.`);
  const today = londonToday();
  const keys = DEFAULT_KEYS;
  const survey = await db().survey.create({
    data: {
      trustId: admin.trustId, schoolId: null, title: `Bench: concurrent answers ${Date.now()}`, term: termKey(today), opensOn: today, closesOn: new Date(today.getTime() + 14 * 86_400_000), createdById: admin.id,
      questions: { create: keys.map((key, position) => ({ trustId: admin.trustId, key, position, kind: BANK.find((b) => b.key === key)!.kind, text: BANK.find((b) => b.key === key)!.text })) },
    },
  });
  try {
    const viewers: Viewer[] = staff.map((s) => ({ userId: s.user!.id, trustId: admin.trustId, name: s.lastName, email: s.user!.email, staff: { id: s.id, schoolId: s.schoolId }, roles: s.user!.roleAssignments }));
    const started = performance.now();
    // All sent at once; as a server queues requests beyond those it is serving, at most IN_FLIGHT run at
    // a time (a transaction waiting over 2 s for a pool connection is refused: a queue, not a lock). An
    // error counts as a refusal.
    const results: Awaited<ReturnType<typeof answerSurvey.run>>[] = [];
    let next = 0;
    await Promise.all(Array.from({ length: IN_FLIGHT }, async () => {
      while (next < viewers.length) {
        const viewer = viewers[next++]!;
        results.push(await answerSurvey.run(viewer, fullAnswer(survey.id)).catch((error: unknown) => ({ ok: false as const, message: error instanceof Error ? error.message : String(error), fieldErrors: {} })));
      }
    }));
    const ms = performance.now() - started;
    const failed = results.filter((r) => !r.ok);
    const [participants, responses, answers, tallied] = await Promise.all([
      db().surveyParticipation.count({ where: { surveyId: survey.id } }),
      db().surveyResponse.count({ where: { surveyId: survey.id } }),
      db().surveyAnswer.count({ where: { surveyId: survey.id, value: { not: null } } }),
      db().surveyTally.aggregate({ where: { surveyId: survey.id }, _sum: { n: true } }),
    ]);
    // Each full answer gives one value per question but the comment (left empty).
    const perResponse = keys.filter((k) => BANK.find((b) => b.key === k)!.kind !== "TEXT").length;
    const ok = failed.length === 0 && participants === ANSWERERS && responses === ANSWERERS && answers === ANSWERERS * perResponse && tallied._sum.n === answers && ms < 60_000;
    log(
      `${ANSWERERS.toLocaleString("en-GB")} answers submitted concurrently (${IN_FLIGHT} in progress at a time) in ${(ms / 1000).toFixed(1)} s (target < 60 s): ${responses} responses from ${participants} people, ${answers} values (${tallied._sum.n ?? 0} tallied), ${failed.length} refused` +
        (failed.length ? ` (first: ${failed[0]!.ok ? "" : failed[0]!.message})` : "") +
        ` — ${ok ? "none lost or doubled, as required" : "NOT as required"}.`,
    );
    return ok;
  } finally {
    await db().survey.delete({ where: { id: survey.id } });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const ok = await benchConcurrentAnswers(process.argv[2] ?? process.env.DATABASE_URL ?? "");
  process.exit(ok ? 0 : 1);
}
