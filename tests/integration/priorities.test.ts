// School improvement priorities (issue 18 §1) through their commands and queries: the head writes three to
// six a year (a seventh refused), with milestones in the year and a termly rating; a CSI action is attached;
// last year's unfinished ones carry forward once. Access for every role: leaders write, governors and
// trustees read owners by role, a teacher, another school's head and another trust find nothing.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/access/policy";
import { loadViewer } from "@/lib/access/queries";
import { db } from "@/lib/db/client";
import { academicYear, londonToday } from "@/lib/dates";
import { priorityGrid } from "@/lib/priorities/board/queries";
import { addMilestone, attachAction, copyForward, createPriority, editPriority, recordProgress, setMilestoneDone } from "@/lib/priorities/commands";
import { priorityDetail, schoolPriorities } from "@/lib/priorities/queries";
import { runForm } from "../support/form";
import { seedCsiTrust } from "./csi-fixture";

let t: Awaited<ReturnType<typeof seedCsiTrust>>;
let v: Record<"head" | "seniorLeader" | "teacher" | "governor" | "trustee" | "admin", Viewer>;
let otherHead: Viewer;
let foreigner: Viewer;
const YEAR = academicYear(londonToday()).startYear;
const AUTUMN = YEAR * 3;
const NOT_FOUND = { ok: false, message: "That record was not found." };
const is404 = { digest: expect.stringContaining("404") };

const staffOf = (schoolId: string) => t.built.staff.filter((s) => s.schoolId === schoolId && !s.leaveDate && s.careerStage !== "HEADTEACHER" && s.jobTitle.trim());
const fields = (schoolId: string, ownerId: string, title = "Early reading") => ({
  schoolId, academicYear: YEAR, title, why: "Phonics outcomes fell last year.", strand: "PROFESSIONAL_LEARNING", ownerId, successCriteria: "90% pass the phonics check.",
});
const count = (schoolId: string, year = YEAR) => db().improvementPriority.count({ where: { schoolId, academicYear: year } });

beforeAll(async () => {
  t = await seedCsiTrust();
  const all = await t.viewers();
  v = { head: all.head, seniorLeader: all.seniorLeader, teacher: all.teacher, governor: all.governor, trustee: all.trustee, admin: all.admin };
  const other = await loadViewer(t.headOf(t.otherSchools[0]!.id));
  if (!other) throw new Error("no other head");
  otherHead = other;
  // Another trust's admin: the trust pin alone must keep them out.
  foreigner = { ...all.admin, trustId: randomUUID() };
});

describe("writing a school's priorities", () => {
  let priorityId: string;

  it("lets the head add a priority linked to an area judged in a published review", async () => {
    const owner = staffOf(t.headSchool)[0]!;
    const review = await db().schoolReview.findFirst({ where: { schoolId: t.headSchool, status: "PUBLISHED", supersededAt: null, judgements: { some: {} } }, include: { judgements: true } });
    expect(review).not.toBeNull();
    const areaId = review!.judgements[0]!.areaId;
    const result = await runForm(createPriority, v.head, { ...fields(t.headSchool, owner.id), reviewLink: `${review!.id}/${areaId}` });
    expect(result).toMatchObject({ ok: true, message: "Priority added." });
    if (!result.ok) return;
    priorityId = result.data.id;
    const row = await db().improvementPriority.findUniqueOrThrow({ where: { id: priorityId } });
    expect(row).toMatchObject({ schoolId: t.headSchool, academicYear: YEAR, reviewId: review!.id, areaId, ownerId: owner.id, strand: "PROFESSIONAL_LEARNING" });
    expect(await db().auditLog.count({ where: { entityId: priorityId, action: "priority.create" } })).toBe(1);
  });

  it("refuses bad input with field errors and writes nothing", async () => {
    const before = await count(t.headSchool);
    const blank = await runForm(createPriority, v.head, { schoolId: t.headSchool, academicYear: YEAR, title: " ", why: "", strand: "GARDENING", ownerId: "nope", successCriteria: "" });
    expect(blank).toMatchObject({ ok: false, fieldErrors: { title: [expect.any(String)], why: [expect.any(String)], strand: [expect.any(String)], ownerId: [expect.any(String)], successCriteria: [expect.any(String)] } });
    const foreignOwner = await runForm(createPriority, v.head, fields(t.headSchool, staffOf(t.otherSchools[0]!.id)[0]!.id));
    expect(foreignOwner).toMatchObject({ ok: false, fieldErrors: { ownerId: ["The owner must be a current member of this school's staff."] } });
    const otherReview = await db().schoolReview.findFirstOrThrow({ where: { schoolId: t.otherSchools[0]!.id, status: "PUBLISHED" } });
    const foreignReview = await runForm(createPriority, v.head, { ...fields(t.headSchool, staffOf(t.headSchool)[0]!.id), reviewLink: otherReview.id });
    expect(foreignReview).toMatchObject({ ok: false, fieldErrors: { reviewLink: [expect.any(String)] } });
    const farYear = await runForm(createPriority, v.head, { ...fields(t.headSchool, staffOf(t.headSchool)[0]!.id), academicYear: YEAR + 5 });
    expect(farYear).toMatchObject({ ok: false, fieldErrors: { academicYear: ["Choose this academic year or the next."] } });
    expect(await count(t.headSchool)).toBe(before);
  });

  it("lets the head edit it, and a senior leader of the school add one", async () => {
    const edited = await runForm(editPriority, v.head, { ...fields(t.headSchool, staffOf(t.headSchool)[1]!.id, "Early reading and phonics"), priorityId });
    expect(edited).toMatchObject({ ok: true });
    expect((await db().improvementPriority.findUniqueOrThrow({ where: { id: priorityId } })).title).toBe("Early reading and phonics");
    expect(await runForm(createPriority, v.seniorLeader, fields(t.headSchool, staffOf(t.headSchool)[2]!.id, "Attendance"))).toMatchObject({ ok: true });
  });

  it("keeps milestones inside the priority's year and marks them done", async () => {
    const early = await runForm(addMilestone, v.head, { priorityId, title: "Audit phonics", dueOn: `${YEAR}-08-31` });
    expect(early).toMatchObject({ ok: false, fieldErrors: { dueOn: [expect.stringContaining("1 September to 31 August")] } });
    const late = await runForm(addMilestone, v.head, { priorityId, title: "Audit phonics", dueOn: `${YEAR + 1}-09-01` });
    expect(late).toMatchObject({ ok: false, fieldErrors: { dueOn: [expect.any(String)] } });
    const added = await runForm(addMilestone, v.head, { priorityId, title: "Audit phonics", dueOn: `${YEAR}-10-15` });
    expect(added).toMatchObject({ ok: true, message: "Milestone added." });
    const milestone = await db().priorityMilestone.findFirstOrThrow({ where: { priorityId } });
    expect(await runForm(setMilestoneDone, v.head, { milestoneId: milestone.id, done: "on" })).toMatchObject({ ok: true, message: "Milestone marked done." });
    expect((await db().priorityMilestone.findUniqueOrThrow({ where: { id: milestone.id } })).doneAt).not.toBeNull();
  });

  it("records one rating a term, refusing a term not yet begun", async () => {
    const future = await runForm(recordProgress, v.head, { priorityId, term: AUTUMN + 2, rating: "GREEN", note: "Too soon." });
    expect(future).toMatchObject({ ok: false, fieldErrors: { term: [expect.any(String)] } });
    const noNote = await runForm(recordProgress, v.head, { priorityId, term: AUTUMN, rating: "PURPLE", note: "" });
    expect(noNote).toMatchObject({ ok: false, fieldErrors: { rating: [expect.any(String)], note: [expect.any(String)] } });
    expect(await runForm(recordProgress, v.head, { priorityId, term: AUTUMN, rating: "AMBER", note: "Started, slowly." })).toMatchObject({ ok: true });
    expect(await runForm(recordProgress, v.head, { priorityId, term: AUTUMN, rating: "GREEN", note: "Every class on the new scheme." })).toMatchObject({ ok: true });
    const rows = await db().priorityProgress.findMany({ where: { priorityId } });
    expect(rows.map((r) => [r.term, r.rating, r.note])).toEqual([[AUTUMN, "GREEN", "Every class on the new scheme."]]);
  });

  it("attaches a CSI action of the school, and refuses another school's", async () => {
    const own = await db().reviewAction.findFirstOrThrow({ where: { schoolId: t.headSchool } });
    const other = await db().reviewAction.findFirstOrThrow({ where: { schoolId: t.otherSchools[0]!.id } });
    expect(await runForm(attachAction, v.head, { priorityId, actionId: other.id })).toMatchObject({ ok: false, fieldErrors: { actionId: [expect.any(String)] } });
    expect(await runForm(attachAction, v.head, { priorityId, actionId: own.id })).toMatchObject({ ok: true, message: "CSI action attached." });
    expect((await db().reviewAction.findUniqueOrThrow({ where: { id: own.id } })).priorityId).toBe(priorityId);
    expect((await priorityDetail(v.head, priorityId)).actions.map((a) => a.id)).toContain(own.id);
  });
});

describe("three to six a year", () => {
  it("refuses a seventh priority with a clear message and writes nothing", async () => {
    const school = t.otherSchools[1]!.id;
    const owner = staffOf(school)[0]!.id;
    for (let i = 1; i <= 6; i++) expect(await runForm(createPriority, v.admin, fields(school, owner, `Priority ${i}`))).toMatchObject({ ok: true });
    const seventh = await runForm(createPriority, v.admin, fields(school, owner, "Priority 7"));
    expect(seventh).toMatchObject({ ok: false, message: expect.stringContaining("6 at most") });
    expect(await count(school)).toBe(6);
  });
});

describe("copying last year's unfinished priorities forward", () => {
  it("copies the unfinished ones once, in one action", async () => {
    const school = t.otherSchools[2]!.id;
    const owner = staffOf(school)[0]!.id;
    const base = { trustId: t.built.trust.id, schoolId: school, academicYear: YEAR - 1, why: "w", strand: "QUALITY_ASSURANCE" as const, ownerId: owner, successCriteria: "s", createdById: v.admin.userId };
    await db().improvementPriority.create({ data: { ...base, title: "Open milestone", milestones: { create: [{ trustId: base.trustId, title: "m", dueOn: new Date(Date.UTC(YEAR - 1, 10, 1)) }] } } });
    await db().improvementPriority.create({ data: { ...base, title: "No milestones" } });
    await db().improvementPriority.create({ data: { ...base, title: "Finished", milestones: { create: [{ trustId: base.trustId, title: "m", dueOn: new Date(Date.UTC(YEAR - 1, 10, 1)), doneAt: new Date() }] } } });
    const copied = await runForm(copyForward, v.admin, { schoolId: school, academicYear: YEAR });
    expect(copied).toMatchObject({ ok: true, data: { copied: 2 }, message: "2 unfinished priorities copied into the new year." });
    const titles = (await db().improvementPriority.findMany({ where: { schoolId: school, academicYear: YEAR }, orderBy: { title: "asc" } })).map((p) => [p.title, p.copiedFromId !== null]);
    expect(titles).toEqual([["No milestones", true], ["Open milestone", true]]);
    expect(await runForm(copyForward, v.admin, { schoolId: school, academicYear: YEAR })).toMatchObject({ ok: true, data: { copied: 0 } });
    expect(await count(school)).toBe(2);
  });
});

describe("who reads and writes priorities", () => {
  let priorityId: string;
  let owner: (typeof t.built.staff)[number];
  beforeAll(async () => {
    owner = staffOf(t.headSchool)[3]!;
    const created = await runForm(createPriority, v.head, fields(t.headSchool, owner.id, "Maths mastery"));
    if (!created.ok) throw new Error("could not create");
    priorityId = created.data.id;
    await runForm(recordProgress, v.head, { priorityId, term: AUTUMN, rating: "RED", note: "Behind plan." });
  });

  it("shows leaders the owner by name", async () => {
    for (const viewer of [v.head, v.seniorLeader, v.admin]) {
      expect((await priorityDetail(viewer, priorityId)).owner).toBe(`${owner.firstName} ${owner.lastName}`);
    }
  });

  it("shows governors and trustees the owner's role, never the name, and not who recorded a rating", async () => {
    for (const viewer of [v.governor, v.trustee]) {
      const detail = await priorityDetail(viewer, priorityId);
      expect(detail.owner).toBe(owner.jobTitle.trim());
      expect(detail.manage).toBe(false);
      expect(detail.progress.map((p) => p.by)).toEqual([null]);
      const list = await schoolPriorities(viewer, t.headSchool, YEAR);
      const names = JSON.stringify(list);
      expect(list.priorities.length).toBeGreaterThan(0);
      expect(names).not.toContain(owner.lastName);
      expect(list.form).toBeNull();
    }
  });

  it("refuses governors, trustees and teachers every write", async () => {
    for (const viewer of [v.governor, v.trustee, v.teacher]) {
      expect(await runForm(createPriority, viewer, fields(t.headSchool, owner.id))).toMatchObject(NOT_FOUND);
      expect(await runForm(recordProgress, viewer, { priorityId, term: AUTUMN, rating: "GREEN", note: "x" })).toMatchObject(NOT_FOUND);
    }
  });

  it("gives a teacher nothing to read", async () => {
    await expect(schoolPriorities(v.teacher, t.headSchool, YEAR)).rejects.toMatchObject(is404);
    await expect(priorityDetail(v.teacher, priorityId)).rejects.toMatchObject(is404);
    await expect(priorityGrid(v.teacher, YEAR)).rejects.toMatchObject(is404);
  });

  it("gives trustees and the trust admin the grid by strand with the latest rating, and no one else", async () => {
    for (const viewer of [v.trustee, v.admin]) {
      const grid = await priorityGrid(viewer, YEAR);
      const row = grid.rows.find((r) => r.school.id === t.headSchool);
      expect(row?.strands?.PROFESSIONAL_LEARNING.find((c) => c.id === priorityId)).toMatchObject({ title: "Maths mastery", rating: "RED" });
      expect(grid.rows).toHaveLength(t.built.schools.length);
    }
    for (const viewer of [v.head, v.governor, v.seniorLeader]) await expect(priorityGrid(viewer, YEAR)).rejects.toMatchObject(is404);
  });

  it("answers not found to another school's head and to another trust", async () => {
    for (const viewer of [otherHead, foreigner]) {
      await expect(schoolPriorities(viewer, t.headSchool, YEAR)).rejects.toMatchObject(is404);
      await expect(priorityDetail(viewer, priorityId)).rejects.toMatchObject(is404);
      expect(await runForm(createPriority, viewer, fields(t.headSchool, owner.id))).toMatchObject(NOT_FOUND);
      expect(await runForm(addMilestone, viewer, { priorityId, title: "x", dueOn: `${YEAR}-10-01` })).toMatchObject(NOT_FOUND);
      expect(await runForm(copyForward, viewer, { schoolId: t.headSchool, academicYear: YEAR })).toMatchObject(NOT_FOUND);
    }
    await expect(priorityGrid(foreigner, YEAR)).resolves.toMatchObject({ totals: { priorities: 0 } });
  });
});
