// Staff surveys (issue 20 §1) through their commands and queries: building (bad input refused, nothing
// written), answering once and anonymously (no user id or time on the answer; a second answer, two at
// once, after the close: refused), results hidden until five answers, who reads what, "you said, we
// did" beside the next survey, and the invitation and reminder (never telling anyone who answered).
import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/access/policy";
import { db } from "@/lib/db/client";
import { answerSurvey, buildSurvey, recordAction } from "@/lib/voice/commands";
import { surveySweep } from "@/lib/voice/mutations";
import { mySurveys, surveyList, surveyToAnswer } from "@/lib/voice/queries";
import { viewCounts, type CountedView } from "@/lib/voice/results/queries";
import { surveyResults } from "@/lib/voice/results/view";
import { londonDayFromToday, londonIsoDay } from "../support/days";
import { runForm } from "../support/form";
import { answers, surveyFields, voiceTrust } from "./voice-fixture";

let f: Awaited<ReturnType<typeof voiceTrust>>;
let staff: Viewer[];
let surveyId: string;
const NOT_FOUND = { ok: false, message: "That record was not found." };
const is404 = { digest: expect.stringContaining("404") };
const surveys = () => db().survey.count();

beforeAll(async () => {
  f = await voiceTrust();
  staff = await f.staffViewers(f.headSchool);
});

describe("building a survey", () => {
  it("refuses no questions, a close before the open and an opening in the past, writing nothing", async () => {
    const before = await surveys();
    expect(await runForm(buildSurvey, f.v.head, surveyFields(f.headSchool, { "questions[]": [] }))).toMatchObject({ ok: false, fieldErrors: { "questions[]": ["Choose at least one question."] } });
    expect(await runForm(buildSurvey, f.v.head, surveyFields(f.headSchool, { closesOn: londonIsoDay(-1) }))).toMatchObject({ ok: false, fieldErrors: { closesOn: ["The closing date must be on or after the opening date."] } });
    expect(await runForm(buildSurvey, f.v.head, surveyFields(f.headSchool, { opensOn: londonIsoDay(-3) }))).toMatchObject({ ok: false, fieldErrors: { opensOn: ["The opening date must be today or later."] } });
    expect(await surveys()).toBe(before);
  });

  it("lets a head build for their own school only, the trust admin for every school; nobody else", async () => {
    expect(await runForm(buildSurvey, f.v.head, surveyFields(f.otherSchool))).toMatchObject(NOT_FOUND);
    expect(await runForm(buildSurvey, f.v.head, surveyFields(null))).toMatchObject(NOT_FOUND);
    for (const who of [f.v.teacher, f.v.seniorLeader, f.v.governor, f.v.trustee]) expect(await runForm(buildSurvey, who, surveyFields(f.headSchool))).toMatchObject(NOT_FOUND);
    const built = await runForm(buildSurvey, f.v.head, surveyFields(f.headSchool));
    expect(built).toMatchObject({ ok: true, message: "Survey saved." });
    const s = await db().survey.findFirstOrThrow({ where: { schoolId: f.headSchool }, include: { questions: true } });
    surveyId = s.id;
    expect(s.questions).toHaveLength(9);
    expect(await db().auditLog.count({ where: { entityId: s.id, action: "survey.build" } })).toBe(1);
  });

  it("invites the school's staff when it opens today, and nobody of another school", async () => {
    const invited = await db().notification.findMany({ where: { kind: "survey.invitation", link: `/voice/${surveyId}` }, select: { userId: true } });
    const ids = new Set(invited.map((n) => n.userId));
    expect(staff.length).toBeGreaterThan(5);
    for (const s of staff) expect(ids.has(s.userId)).toBe(true);
    const outsider = (await f.staffViewers(f.otherSchool))[0]!;
    expect(ids.has(outsider.userId)).toBe(false);
  });
});

describe("answering", () => {
  it("stores the answers with no name and no time, and records only that the person answered", async () => {
    const result = await runForm(answerSurvey, staff[0]!, answers(surveyId));
    expect(result).toMatchObject({ ok: true });
    const response = await db().surveyResponse.findFirstOrThrow({ where: { surveyId }, include: { answers: true } });
    expect(Object.keys(response).sort()).toEqual(["answeredOn", "answers", "category", "id", "phase", "schoolId", "stage", "surveyId", "trustId"]);
    expect(response.answers.length).toBeGreaterThanOrEqual(8);
    expect(await db().surveyParticipation.count({ where: { surveyId, userId: staff[0]!.userId } })).toBe(1);
    // No audit row ties the person to the minute they answered.
    expect(await db().auditLog.count({ where: { actorUserId: staff[0]!.userId } })).toBe(0);
  });

  it("refuses a second answer, and two sent at once store one", async () => {
    expect(await runForm(answerSurvey, staff[0]!, answers(surveyId))).toMatchObject({ ok: false, fieldErrors: { surveyId: ["You have already answered this survey: each person answers once."] } });
    const both = await Promise.all([runForm(answerSurvey, staff[1]!, answers(surveyId)), runForm(answerSurvey, staff[1]!, answers(surveyId))]);
    expect(both.filter((r) => r.ok)).toHaveLength(1);
    expect(await db().surveyResponse.count({ where: { surveyId } })).toBe(2);
    expect(await db().surveyParticipation.count({ where: { surveyId } })).toBe(2);
  });

  it("refuses negative hours and a missing answer next to the field, writing nothing", async () => {
    const bad = await runForm(answerSurvey, staff[2]!, { ...answers(surveyId), "q-workload-hours": -3, "q-wellbeing-valued": "" });
    expect(bad).toMatchObject({ ok: false, fieldErrors: { "q-workload-hours": ["Enter whole hours from 0 to 100."], "q-wellbeing-valued": ["Choose an answer."] } });
    expect(await db().surveyResponse.count({ where: { surveyId } })).toBe(2);
  });

  it("is not found for a person outside the audience, and refused after the close", async () => {
    const outsider = (await f.staffViewers(f.otherSchool))[0]!;
    expect(await runForm(answerSurvey, outsider, answers(surveyId))).toMatchObject(NOT_FOUND);
    await expect(surveyToAnswer(outsider, surveyId)).rejects.toMatchObject(is404);
    await expect(surveyToAnswer(f.v.governor, surveyId)).rejects.toMatchObject(is404);
    const late = await db().survey.create({ data: { trustId: f.trust.built.trust.id, schoolId: f.headSchool, title: "Last term", term: 1, opensOn: londonDayFromToday(-30), closesOn: londonDayFromToday(-1), createdById: f.v.head.userId, questions: { create: [{ trustId: f.trust.built.trust.id, key: "wellbeing.valued", kind: "SCALE", position: 0, text: "Valued" }] } } });
    expect(await runForm(answerSurvey, staff[3]!, { surveyId: late.id, "q-wellbeing-valued": 3 })).toMatchObject({ ok: false, fieldErrors: { surveyId: [expect.stringContaining("closed")] } });
    expect(await db().surveyResponse.count({ where: { surveyId: late.id } })).toBe(0);
  });
});

describe("results", () => {
  it("shows the head 'not enough answers' until the fifth answer, then the figures", async () => {
    for (const s of staff.slice(2, 4)) expect(await runForm(answerSurvey, s, answers(surveyId, { scale: 2, enps: 3 }))).toMatchObject({ ok: true });
    expect((await surveyResults(f.v.head, surveyId, {})).verdict).toEqual({ shown: false, reason: "too-few" });
    expect(await runForm(answerSurvey, staff[4]!, answers(surveyId, { scale: 5, enps: 10 }))).toMatchObject({ ok: true });
    const d = await surveyResults(f.v.head, surveyId, {});
    expect(d.verdict).toEqual({ shown: true, n: 5, caution: true, text: false });
    expect(d.participation).toMatchObject({ answered: 5 });
    const enps = d.questions.find((q) => q.key === "engagement.enps")!.figure!;
    // 9, 9, 3, 3, 10: 3 promoters and 2 detractors of 5 = +20.
    expect(enps).toMatchObject({ kind: "ENPS", score: 20 });
    expect(d.comments).toMatchObject({ texts: null });
  });

  it("lets the school's governor read them, and not another school's head, a teacher or another trust", async () => {
    expect((await surveyResults(f.v.governor, surveyId, {})).verdict.shown).toBe(true);
    const otherHead = f.trust.built.roleAssignments.find((r) => r.role === "HEADTEACHER" && r.schoolId === f.otherSchool)!;
    const { loadViewer } = await import("@/lib/access/queries");
    await expect(surveyResults((await loadViewer(otherHead.userId))!, surveyId, {})).rejects.toMatchObject(is404);
    await expect(surveyResults(f.v.teacher, surveyId, {})).rejects.toMatchObject(is404);
    await expect(surveyResults({ ...f.v.admin, trustId: crypto.randomUUID() }, surveyId, {})).rejects.toMatchObject(is404);
    expect((await surveyList(f.v.head)).map((s) => s.id)).toContain(surveyId);
    await expect(surveyList(f.v.teacher)).rejects.toMatchObject(is404);
  });

  it("refuses three filters at once", async () => {
    const d = await surveyResults(f.v.admin, surveyId, { category: "TEACHER", stage: "ESTABLISHED", school: f.headSchool });
    // A school survey has no school filter: two remain, allowed, and judged by the rules.
    expect(d.filters).toEqual({ category: "TEACHER", stage: "ESTABLISHED" });
  });
});

describe("you said, we did", () => {
  it("lets the head record an action, refuses it to a governor, and staff see it beside the next survey", async () => {
    const fields = { surveyId, schoolId: f.headSchool, questionKey: "workload.manageable", youSaid: "Workload is not manageable.", weDid: "One data drop a term instead of three." };
    expect(await runForm(recordAction, f.v.governor, fields)).toMatchObject(NOT_FOUND);
    expect(await runForm(recordAction, f.v.head, { ...fields, weDid: "" })).toMatchObject({ ok: false, fieldErrors: { weDid: [expect.any(String)] } });
    expect(await runForm(recordAction, f.v.head, fields)).toMatchObject({ ok: true });
    await db().survey.update({ where: { id: surveyId }, data: { opensOn: londonDayFromToday(-20), closesOn: londonDayFromToday(-6) } });
    const next = await runForm(buildSurvey, f.v.head, surveyFields(f.headSchool, { title: "Spring pulse" }));
    expect(next).toMatchObject({ ok: true });
    const nextId = (await db().survey.findFirstOrThrow({ where: { title: "Spring pulse" } })).id;
    const page = await surveyToAnswer(staff[6]!, nextId);
    expect(page.youSaidWeDid.map((a) => a.weDid)).toEqual(["One data drop a term instead of three."]);
    expect((await mySurveys(staff[6]!)).open.map((s) => s.id)).toContain(nextId);
  });

  it("reminds only those who have not answered, once, before the close", async () => {
    const nextId = (await db().survey.findFirstOrThrow({ where: { title: "Spring pulse" } })).id;
    expect(await runForm(answerSurvey, staff[0]!, answers(nextId))).toMatchObject({ ok: true });
    await db().survey.update({ where: { id: nextId }, data: { opensOn: londonDayFromToday(-10), closesOn: londonDayFromToday(1) } });
    const first = await surveySweep();
    expect(first.reminded).toBe(staff.length - 1 + 1); // the staff who have not answered, and the head
    expect((await surveySweep()).reminded).toBe(0);
    const reminded = new Set((await db().notification.findMany({ where: { kind: "survey.reminder" }, select: { userId: true } })).map((n) => n.userId));
    expect(reminded.has(staff[0]!.userId)).toBe(false);
    expect(reminded.has(staff[1]!.userId)).toBe(true);
  });
});

describe("many answers at once", () => {
  it("stores every member of staff's answer once, sent in waves of 16 at once (each person twice)", async () => {
    expect(await runForm(buildSurvey, f.v.admin, surveyFields(null, { title: "Everyone at once" }))).toMatchObject({ ok: true });
    const id = (await db().survey.findFirstOrThrow({ where: { title: "Everyone at once" } })).id;
    const everyone = (await Promise.all(f.trust.built.schools.map((s) => f.staffViewers(s.id)))).flat();
    expect(everyone.length).toBeGreaterThan(30);
    // Waves the size of a server's connection pool: beyond it, requests queue for a connection, not a lock.
    const results = [];
    for (let i = 0; i < everyone.length; i += 8) {
      const wave = everyone.slice(i, i + 8);
      results.push(...(await Promise.all([...wave, ...wave].map((v) => runForm(answerSurvey, v, answers(id))))));
    }
    expect(results.filter((r) => r.ok)).toHaveLength(everyone.length);
    expect(await db().surveyResponse.count({ where: { surveyId: id } })).toBe(everyone.length);
    expect(await db().surveyParticipation.count({ where: { surveyId: id } })).toBe(everyone.length);
    // The tallies results are read from hold exactly the answers' counts, per group, question and value.
    const counted = await db().$queryRaw<{ key: string; n: number }[]>`
      SELECT r."schoolId"::text || r.category::text || r.stage::text || a."questionKey" || a.value::text AS key, count(*)::int AS n
      FROM "SurveyAnswer" a JOIN "SurveyResponse" r ON r.id = a."responseId" WHERE a."surveyId" = ${id}::uuid AND a.value IS NOT NULL GROUP BY 1`;
    const tallied = await db().surveyTally.findMany({ where: { surveyId: id } });
    expect(new Map(tallied.map((t) => [`${t.schoolId}${t.category}${t.stage}${t.questionKey}${t.value}`, t.n]))).toEqual(new Map(counted.map((c) => [c.key, c.n])));

    // Every view read in one statement counts what counting the answers themselves gives.
    const school = f.trust.built.schools[0]!;
    const views: CountedView[] = [
      { surveyId: id, filters: {} }, { surveyId: id, filters: {}, by: "school" }, { surveyId: id, filters: { school: school.id } },
      { surveyId: id, filters: { school: school.id }, by: "category" }, { surveyId: id, filters: { school: school.id }, by: "stage" },
      { surveyId: id, filters: { phase: school.phase, category: "TEACHER" } }, { surveyId: id, filters: { stage: "LEADER" }, by: "category" },
    ];
    const column = { school: `r."schoolId"::text`, phase: "r.phase::text", category: "r.category::text", stage: "r.stage::text" } as const;
    const direct = async (v: CountedView) => {
      const where = Object.entries(v.filters).map(([d, value]) => `${column[d as keyof typeof column]} = '${value}'`);
      const rows = await db().$queryRawUnsafe<{ grp: string; key: string; value: number; n: number }[]>(
        `SELECT ${v.by ? column[v.by] : "''"} AS grp, a."questionKey" AS key, a.value, count(*)::int AS n FROM "SurveyAnswer" a JOIN "SurveyResponse" r ON r.id = a."responseId"
         WHERE a."surveyId" = '${id}' AND a.value IS NOT NULL ${where.map((w) => `AND ${w}`).join(" ")} GROUP BY 1, 2, 3`,
      );
      return new Map(rows.map((r) => [`${r.grp}|${r.key}|${r.value}`, r.n]));
    };
    const flat = (groups: Map<string, Map<string, Map<number, number>>>) => new Map([...groups].flatMap(([grp, keys]) => [...keys].flatMap(([key, values]) => [...values].map(([value, n]) => [`${grp}|${key}|${value}`, n] as const))));
    const read = await viewCounts(views);
    for (const [i, v] of views.entries()) expect(flat(read[i]!)).toEqual(await direct(v));
  }, 60_000);
});
