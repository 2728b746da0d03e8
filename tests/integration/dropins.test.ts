// Drop-in visits (issue 18 §3) through their commands and queries: a senior leader records a short,
// ungraded visit, shared with the teacher (told at once), who replies (the visitor told), and the thread
// goes on. Visible to the teacher, the visitor and the head only: another teacher, the trust admin who
// did not visit, another school's head, governors and trustees find nothing. Heads see this term's
// counts per member of staff, who has had none included.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/access/policy";
import { loadViewer } from "@/lib/access/queries";
import { db } from "@/lib/db/client";
import { recordDropIn, replyToDropIn } from "@/lib/dropins/commands";
import { dropInDetail, dropInsHome } from "@/lib/dropins/queries";
import { londonIsoDay } from "../support/days";
import type { DemoKey } from "../support/fixtures";
import { seedSmallTrust } from "../support/fixtures";
import { runForm } from "../support/form";

let t: Awaited<ReturnType<typeof seedSmallTrust>>;
let v: Record<DemoKey, Viewer>;
let colleague: Viewer;
let otherHead: Viewer;
let visitId: string;
const NOT_FOUND = { ok: false, message: "That record was not found." };
const is404 = { digest: expect.stringContaining("404") };
const visit = (teacherId: string, over: Record<string, string> = {}) => ({
  teacherId, visitedOn: londonIsoDay(0), focus: "Year 4 maths", wentWell: "Clear modelling of column addition.", nextStep: "Check understanding before independent work.", ...over,
});

beforeAll(async () => {
  t = await seedSmallTrust();
  v = await t.viewers();
  const school = v.teacher.staff!.schoolId;
  const row = t.built.staff.find((s) => s.schoolId === school && !s.leaveDate && s.userId && s.careerStage !== "SENIOR_LEADER" && s.careerStage !== "HEADTEACHER" && s.id !== v.teacher.staff!.id)!;
  colleague = (await loadViewer(row.userId!))!;
  const head = t.built.roleAssignments.find((r) => r.role === "HEADTEACHER" && r.schoolId !== school)!;
  otherHead = (await loadViewer(head.userId))!;
});

describe("recording a drop-in visit", () => {
  it("lets a senior leader record one, shared with the teacher at once", async () => {
    const result = await runForm(recordDropIn, v.seniorLeader, visit(v.teacher.staff!.id));
    expect(result).toMatchObject({ ok: true, message: "Visit recorded and shared with the teacher." });
    if (!result.ok) return;
    visitId = result.data.id;
    expect(await db().dropInVisit.findUniqueOrThrow({ where: { id: visitId } })).toMatchObject({ teacherId: v.teacher.staff!.id, visitorId: v.seniorLeader.userId, schoolId: v.teacher.staff!.schoolId });
    expect(await db().notification.findMany({ where: { kind: "dropin.shared" }, select: { userId: true, link: true } })).toEqual([{ userId: v.teacher.userId, link: `/drop-ins/${visitId}` }]);
  });

  it("refuses bad input with field errors and writes nothing", async () => {
    const before = await db().dropInVisit.count();
    expect(await runForm(recordDropIn, v.seniorLeader, visit(v.teacher.staff!.id, { visitedOn: londonIsoDay(1) }))).toMatchObject({ ok: false, fieldErrors: { visitedOn: ["The date of the visit cannot be in the future."] } });
    const blank = await runForm(recordDropIn, v.seniorLeader, { teacherId: "x", visitedOn: "", focus: "", wentWell: " ", nextStep: "" });
    expect(blank).toMatchObject({ ok: false, fieldErrors: { teacherId: [expect.any(String)], visitedOn: [expect.any(String)], focus: [expect.any(String)], wentWell: [expect.any(String)], nextStep: [expect.any(String)] } });
    expect(await runForm(recordDropIn, v.head, visit(v.head.staff!.id))).toMatchObject({ ok: false, fieldErrors: { teacherId: [expect.any(String)] } });
    expect(await db().dropInVisit.count()).toBe(before);
  });

  it("refuses a teacher, a governor, a trustee, another school's leader and another trust as not found", async () => {
    const before = await db().dropInVisit.count();
    const foreigner = { ...v.admin, trustId: randomUUID() };
    for (const who of [colleague, v.governor, v.trustee, otherHead, foreigner]) {
      expect(await runForm(recordDropIn, who, visit(v.teacher.staff!.id))).toMatchObject(NOT_FOUND);
    }
    expect(await db().dropInVisit.count()).toBe(before);
  });
});

describe("reading and answering a visit", () => {
  it("is read by the teacher, the visitor and the head; nobody else finds it", async () => {
    for (const who of [v.teacher, v.seniorLeader, v.head]) expect((await dropInDetail(who, visitId)).wentWell).toBe("Clear modelling of column addition.");
    for (const who of [colleague, v.admin, otherHead, v.governor, v.trustee, v.networkLeader, v.multiRole]) {
      await expect(dropInDetail(who, visitId)).rejects.toMatchObject(is404);
    }
    await expect(dropInsHome(v.governor)).rejects.toMatchObject(is404);
    await expect(dropInsHome(v.trustee)).rejects.toMatchObject(is404);
  });

  it("carries no grade anywhere", async () => {
    const row = await db().dropInVisit.findUniqueOrThrow({ where: { id: visitId } });
    expect(Object.keys(row).some((k) => /grade|rating|judgement/i.test(k))).toBe(false);
  });

  it("lets the teacher reply, telling the visitor, and the visitor answer, telling the teacher; the head only reads", async () => {
    expect(await runForm(replyToDropIn, v.teacher, { visitId, body: "Thanks: I will try mini whiteboards." })).toMatchObject({ ok: true, message: "Reply sent." });
    expect(await db().notification.findMany({ where: { kind: "dropin.reply" }, select: { userId: true } })).toEqual([{ userId: v.seniorLeader.userId }]);
    expect(await runForm(replyToDropIn, v.seniorLeader, { visitId, body: "Good idea: I will pop back next week." })).toMatchObject({ ok: true });
    expect(await db().notification.count({ where: { kind: "dropin.reply", userId: v.teacher.userId } })).toBe(1);
    expect(await runForm(replyToDropIn, v.head, { visitId, body: "Head's comment" })).toMatchObject(NOT_FOUND);
    expect(await runForm(replyToDropIn, colleague, { visitId, body: "Nosy" })).toMatchObject(NOT_FOUND);
    expect(await runForm(replyToDropIn, v.teacher, { visitId, body: "" })).toMatchObject({ ok: false, fieldErrors: { body: [expect.any(String)] } });
    const page = await dropInDetail(v.teacher, visitId);
    expect(page.replies.map((r) => [r.body, r.mine])).toEqual([["Thanks: I will try mini whiteboards.", true], ["Good idea: I will pop back next week.", false]]);
    expect((await dropInDetail(v.head, visitId)).canReply).toBe(false);
  });

  it("gives the head this term's counts per member of staff, those with none included", async () => {
    const page = await dropInsHome(v.head);
    expect(page.school).toHaveLength(1);
    const school = page.school[0]!;
    expect(school.people.find((p) => p.id === v.teacher.staff!.id)?.visits).toBe(1);
    expect(school.people.find((p) => p.id === colleague.staff!.id)?.visits).toBe(0);
    expect(school.total).toBe(1);
    expect(school.none).toBe(school.people.length - 1);
    expect(page.schoolVisits.map((s) => s.id)).toEqual([visitId]);
    // The teacher sees the visit made to them; the visitor the one they made; neither sees counts.
    expect((await dropInsHome(v.teacher)).received.map((r) => r.id)).toEqual([visitId]);
    expect(await dropInsHome(v.seniorLeader)).toMatchObject({ made: [{ id: visitId, replies: 2 }], school: [] });
  });
});

describe("the record form's teachers", () => {
  it("for the trust admin, found by name (none offered before a search); a head's school's listed whole", async () => {
    const me = t.built.staff.find((s) => s.id === v.teacher.staff!.id)!;
    const before = await dropInsHome(v.admin);
    expect(before).toMatchObject({ findTeacher: true, form: [], teacherSearch: "" });
    const found = await dropInsHome(v.admin, `${me.firstName} ${me.lastName}`);
    expect(found.form!.map((o) => o.value)).toContain(me.id);
    expect(found.form!.every((o) => o.label.startsWith(`${me.firstName} ${me.lastName}`))).toBe(true);
    expect(found.teacherSearch).toBe(`${me.firstName} ${me.lastName}`);
    const head = await dropInsHome(v.head, me.lastName);
    expect(head.findTeacher).toBe(false);
    expect(head.form!.length).toBeGreaterThan(1);
  });
});
