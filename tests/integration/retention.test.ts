// Retention insight (issue 20 §3) against real Postgres: the leaving reason and note on the leave form,
// the exit survey (sent on leaving, answered once only, no name stored, bad answers refused), the
// anonymity of leavers' reasons and exit answers, and the figures of a school whose history is known.
import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/access/policy";
import { db } from "@/lib/db/client";
import { academicYear } from "@/lib/dates";
import { recordLeaver } from "@/lib/people/commands";
import { answerExitSurvey } from "@/lib/staff-retention/commands";
import { FACTORS_FIELD } from "@/lib/staff-retention/exit-survey";
import { exitLinkLive, exitSurveyViewer, exitView, judgedExitAnswers } from "@/lib/staff-retention/exit/queries";
import { issueExitSurvey } from "@/lib/staff-retention/mutations";
import { schoolRetentionInsight, trustRetentionInsight } from "@/lib/staff-retention/queries";
import { fieldName } from "@/lib/voice/schema";
import { EXIT_QUESTIONS } from "@/lib/staff-retention/exit-survey";
import { londonIsoDay } from "../support/days";
import { seedSmallTrust } from "../support/fixtures";
import { runForm, type FormFields } from "../support/form";

let t: Awaited<ReturnType<typeof seedSmallTrust>>;
let admin: Viewer;
let head: Viewer;
let headSchool: string;
const d = (s: string) => new Date(`${s}T00:00:00Z`);
const YEAR = academicYear().startYear;

/** A complete exit survey answer: the first `factors` reasons, every statement `scale`, eNPS `enps`. */
function exitAnswers(token: string, { factors = ["0"], scale = 3, enps = 6, comment = "" }: { factors?: string[]; scale?: number; enps?: number; comment?: string } = {}): FormFields {
  const out: FormFields = { token, [FACTORS_FIELD]: factors };
  for (const q of EXIT_QUESTIONS) out[fieldName(q)] = q.kind === "SCALE" ? scale : q.kind === "ENPS" ? enps : comment;
  return out;
}

/** A leaver of `schoolId` with a live link, the token handed back. */
async function leaverWithLink(schoolId: string, over: { category?: "TEACHER" | "SUPPORT" | "LEADERSHIP"; careerStage?: "ECT" | "ESTABLISHED" } = {}) {
  const n = crypto.randomUUID().slice(0, 8);
  const s = await db().staffMember.create({
    data: { trustId: t.built.trust.id, schoolId, firstName: "Lee", lastName: `Ver${n}`, email: `lee.${n}@example.org`, jobTitle: "Teacher", category: over.category ?? "TEACHER", careerStage: over.careerStage ?? "ESTABLISHED", fte: "1.000", startDate: d("2018-09-01"), leaveDate: d(`${YEAR}-09-01`), leaveReason: "RESIGNATION" },
  });
  const link = await db().$transaction((tx) => issueExitSurvey(tx, admin, s));
  return { staff: s, token: link!.token };
}

async function answer(token: string, fields: Partial<Parameters<typeof exitAnswers>[1]> = {}) {
  const viewer = await exitSurveyViewer(token);
  if (!viewer) throw new Error("no viewer for the link");
  return runForm(answerExitSurvey, viewer, exitAnswers(token, fields));
}

beforeAll(async () => {
  t = await seedSmallTrust();
  admin = await t.viewer("admin");
  head = await t.viewer("head");
  headSchool = head.roles.find((r) => r.role === "HEADTEACHER")!.schoolId!;
});

describe("recording a leaving", () => {
  it("stores the reason and the note on the record and sends the exit survey when asked", async () => {
    const person = t.built.staff.find((s) => s.schoolId === headSchool && !s.leaveDate && s.careerStage !== "HEADTEACHER" && s.email !== head.email)!;
    const result = await runForm(recordLeaver, head, { staffMemberId: person.id, leaveDate: londonIsoDay(0), leaveReason: "WORKLOAD_OR_WELLBEING", leaveNote: "Wants a part-time post.", exitSurvey: "on" });
    expect(result).toMatchObject({ ok: true });
    expect(await db().staffMember.findUniqueOrThrow({ where: { id: person.id }, select: { leaveReason: true, leaveNote: true } })).toEqual({ leaveReason: "WORKLOAD_OR_WELLBEING", leaveNote: "Wants a part-time post." });
    expect(await db().exitSurveyInvite.findUniqueOrThrow({ where: { staffMemberId: person.id }, select: { answered: true } })).toEqual({ answered: false });
    const [job] = await db().$queryRaw<{ data: { to: { address: string }; text: string } }[]>`SELECT data FROM pgboss.job WHERE name = 'mail.send' AND data->'to'->>'address' = ${person.email}`;
    expect(job!.data.text).toContain("/exit-survey/");
  });

  it("sends no survey unticked, and refuses a missing reason or a long note with nothing written", async () => {
    const [a, b] = t.built.staff.filter((s) => s.schoolId === headSchool && !s.leaveDate && s.careerStage !== "HEADTEACHER" && s.email !== head.email).slice(1, 3);
    const bad = await runForm(recordLeaver, head, { staffMemberId: a!.id, leaveDate: londonIsoDay(0), leaveReason: "", leaveNote: "x".repeat(501) });
    expect(bad).toMatchObject({ ok: false, fieldErrors: { leaveReason: [expect.any(String)], leaveNote: ["The note must be 500 characters or fewer."] } });
    expect(await db().staffMember.findUniqueOrThrow({ where: { id: a!.id }, select: { leaveDate: true } })).toEqual({ leaveDate: null });
    expect(await runForm(recordLeaver, head, { staffMemberId: b!.id, leaveDate: londonIsoDay(0), leaveReason: "RELOCATION" })).toMatchObject({ ok: true });
    expect(await db().staffMember.findUniqueOrThrow({ where: { id: b!.id }, select: { leaveNote: true } })).toEqual({ leaveNote: null });
    expect(await db().exitSurveyInvite.count({ where: { staffMemberId: b!.id } })).toBe(0);
  });
});

describe("the exit survey", () => {
  it("is answered once only, with no name, no staff id and only the day stored", async () => {
    const { token } = await leaverWithLink(headSchool);
    expect(await exitLinkLive(token)).toBe(true);
    const before = await db().exitSurveyResponse.count();
    expect(await answer(token, { factors: ["0", "4"], comment: "Thank you all." })).toMatchObject({ ok: true });
    expect(await db().exitSurveyResponse.count()).toBe(before + 1);
    // A second answer through the same link: refused, nothing added.
    const viewer = (await exitSurveyViewer(token))!;
    expect(await runForm(answerExitSurvey, viewer, exitAnswers(token))).toMatchObject({ ok: false, fieldErrors: { token: ["You have already answered this survey: thank you."] } });
    expect(await db().exitSurveyResponse.count()).toBe(before + 1);
    expect(await exitLinkLive(token)).toBe(false);
    const columns = await db().$queryRaw<{ column_name: string; data_type: string }[]>`
      SELECT column_name, data_type FROM information_schema.columns WHERE table_name IN ('ExitSurveyResponse', 'ExitSurveyAnswer') ORDER BY column_name`;
    expect(columns.map((c) => c.column_name)).not.toEqual(expect.arrayContaining(["staffMemberId"]));
    expect(columns.filter((c) => c.data_type.startsWith("timestamp"))).toEqual([]);
    expect(await db().auditLog.count({ where: { action: { contains: "exit" } } })).toBe(0);
  });

  it("refuses bad answers with field errors and writes nothing, and an expired or unknown link", async () => {
    const { staff, token } = await leaverWithLink(headSchool);
    const before = await db().exitSurveyResponse.count();
    const none = await answer(token, { factors: [] });
    expect(none).toMatchObject({ ok: false, fieldErrors: { [FACTORS_FIELD]: ["Tick at least one reason."] } });
    expect(await answer(token, { factors: ["0", "1", "2", "3"] })).toMatchObject({ ok: false, fieldErrors: { [FACTORS_FIELD]: ["Tick at most 3 reasons."] } });
    expect(await answer(token, { scale: 9 })).toMatchObject({ ok: false, fieldErrors: { [fieldName(EXIT_QUESTIONS[0]!)]: ["Choose one of the answers."] } });
    expect(await db().exitSurveyResponse.count()).toBe(before);
    expect(await db().exitSurveyInvite.findUniqueOrThrow({ where: { staffMemberId: staff.id }, select: { answered: true } })).toEqual({ answered: false });
    await db().exitSurveyInvite.update({ where: { staffMemberId: staff.id }, data: { expiresOn: d("2020-01-01") } });
    expect(await answer(token)).toMatchObject({ ok: false, message: expect.stringContaining("expired") });
    expect(await exitSurveyViewer("x".repeat(40))).toBeNull();
  });

  it("shows no figure for a school under 5 answers, nor one a smaller school could be subtracted from", async () => {
    const [a, b] = t.built.schools.filter((s) => s.id !== headSchool);
    const window = { trustId: t.built.trust.id, from: d("2000-01-01"), to: d("2100-01-01") };
    await db().exitSurveyResponse.deleteMany({});
    for (let i = 0; i < 4; i++) await answer((await leaverWithLink(a!.id)).token);
    expect((await exitView(await judgedExitAnswers(window), { school: a!.id })).verdict).toEqual({ shown: false, reason: "too-few" });
    await answer((await leaverWithLink(a!.id)).token, { comment: "Good luck." });
    const five = await exitView(await judgedExitAnswers(window), { school: a!.id });
    expect(five.verdict).toMatchObject({ shown: true, n: 5, caution: true, text: false });
    expect(five.comments).toBeNull();
    // Three at another school: hidden, and the first school with it (the trust less one would show them).
    for (let i = 0; i < 3; i++) await answer((await leaverWithLink(b!.id)).token);
    const j = await judgedExitAnswers(window);
    expect(j.judge({ school: b!.id })).toEqual({ shown: false, reason: "too-few" });
    expect(j.judge({ school: a!.id })).toEqual({ shown: false, reason: "too-few" });
    expect(j.judge({})).toMatchObject({ shown: true, n: 8 });
    const trust = await exitView(j, {});
    expect(trust.factors.find((f) => f.label === "Workload")).toEqual({ label: "Workload", count: 8, percent: 100 });
  });
});

describe("figures of a school with a known history", () => {
  it("counts 31 August and 1 September leavers in their years, and ECTs retained in the trust", async () => {
    const trustId = t.built.trust.id;
    const school = await db().school.create({ data: { trustId, urn: 990_001, name: "Known History Primary", phase: "PRIMARY", type: "ACADEMY_CONVERTER", pupilsOnRoll: 200, postcode: "NB1 1AA" } });
    const y = YEAR - 2; // a full year two years back
    const mk = (name: string, start: string, leave: string | null, careerStage: "ECT" | "ESTABLISHED" = "ESTABLISHED") =>
      db().staffMember.create({ data: { trustId, schoolId: school.id, firstName: name, lastName: "Known", email: `${name}.known@example.org`, jobTitle: "Teacher", category: "TEACHER", careerStage, fte: "1.000", startDate: d(start), leaveDate: leave ? d(leave) : null, leaveReason: leave ? "RETIREMENT" : null } });
    await mk("august", "2010-09-01", `${y + 1}-08-31`);
    await mk("september", "2010-09-01", `${y + 1}-09-01`);
    await mk("stays", "2010-09-01", null);
    await mk("stays2", "2012-09-01", null);
    const ect = await mk("ect", `${y - 3}-09-01`, `${y - 1}-09-03`, "ECT");
    await db().earlyCareerInduction.create({ data: { trustId, staffMemberId: ect.id, inductionYear: 1, startDate: d(`${y - 3}-09-01`), expectedCompletion: d(`${y - 1}-08-31`) } });
    const r = await schoolRetentionInsight(admin, school.id);
    const i = r.years.indexOf(`${y}/${String((y + 1) % 100).padStart(2, "0")}`);
    expect(r.own.years[i]).toMatchObject({ atStart: 4, atEnd: 3, leavers: 1, stayed: 3, turnover: 1 / 3.5, stability: 0.75, caution: true });
    expect(r.own.years[i + 1]).toMatchObject({ atStart: 2, leavers: 1 });
    const cohort = r.cohorts.find((c) => c.startYear === y - 3)!;
    expect(cohort).toMatchObject({ ects: 1, caution: true });
    expect(cohort.retained.map((x) => x.count)).toEqual([1, 1, y - 3 + 5 <= YEAR ? 0 : null]);
    // Three leavers here are too few to show their reasons to anyone; no page carries a name.
    expect(r.reasons).toEqual([{ key: school.id, name: school.name, n: null, caution: false, reasons: [] }]);
    const trust = await trustRetentionInsight(admin);
    expect(trust.schools.find((s) => s.key === school.id)!.years[i]).toMatchObject({ leavers: 1 });
    for (const page of [JSON.stringify(trust), JSON.stringify(r)]) expect(page).not.toMatch(/\.known@|"(august|september|stays|ect)"/);
  });
});
