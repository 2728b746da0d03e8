// Issue 11 §5: who reads which inductions. A head (and their senior leaders) the school's, behind
// first and saying why; the trust admin every school's; a mentor or tutor "My ECTs"; the ECT their
// own; another school, a plain colleague, governors, trustees and another trust nothing (404).
import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/access/policy";
import { startInduction, recordReview } from "@/lib/inductions/commands";
import { hasInductionRelation, inductionDetail, myEcts, myInduction, schoolInductions, startOptions } from "@/lib/inductions/queries";
import { loadViewer } from "@/lib/access/queries";
import type { DemoKey } from "../support/fixtures";
import { runForm } from "../support/form";
import { notFound } from "../support/writes";
import { isoDay, londonToday } from "@/lib/dates";
import { inductionStatus } from "@/lib/inductions/rules";
import type { InductionOutcome } from "@/lib/db/generated/enums";
import { buildCpd } from "@/prisma/seed/cpd";
import { DEMO_SEED } from "@/prisma/seed/demo";
import { buildTrust, createRng, DEMO_EMAILS } from "@/prisma/seed";
import { inductionTrust } from "./inductions-fixture";

let t: Awaited<ReturnType<typeof inductionTrust>>;
let v: Record<DemoKey, Viewer>;
let id: string;
let ect: Viewer;

beforeAll(async () => {
  t = await inductionTrust();
  v = t.v;
  // Started in September 2025: its autumn 2025 review is long overdue; the spring one is recorded as not on track.
  const person = t.candidates.find((c) => c.userId)!;
  const fields = {
    staffMemberId: person.id, startDate: "2025-09-01", expectedTerms: "6", mentorId: v.teacher.staff!.id, inductionTutorId: v.seniorLeader.staff!.id, appropriateBody: "Northbridge Teaching School Hub",
  };
  const result = (await runForm(startInduction, v.head, fields)) as { ok: true; data: { id: string } };
  id = result.data.id;
  const spring = (await t.trust.prisma.inductionReview.findMany({ where: { inductionId: id }, orderBy: { dueOn: "asc" } }))[1]!;
  await runForm(recordReview, v.seniorLeader, { reviewId: spring.id, heldOn: "2026-03-20", outcome: "NOT_ON_TRACK" });
  ect = (await loadViewer(person.userId!))!;
});

describe("the school's inductions", () => {
  it("a head sees their school's, behind first with the reasons; filters by status; not another school's", async () => {
    const list = await schoolInductions(v.head);
    const ours = list.rows.find((r) => r.id === id)!;
    expect(ours.status).toBe("BEHIND");
    // Overdue reviews by due date (later terms join as the clock passes them), then the latest outcome.
    expect(ours.reasons[0]).toBe("Autumn 2025 progress review was due on 15 Dec 2025 and has not been held.");
    expect(ours.reasons).toContain("Summer 2026 formal assessment was due on 15 Jul 2026 and has not been held.");
    expect(ours.reasons.at(-1)).toBe("The latest review (Spring 2026 progress review, 20 Mar 2026) found them not on track.");
    expect(list.rows.length).toBeGreaterThan(0);
    expect(list.rows.every((r) => r.staffMember.school.id === t.school)).toBe(true);
    expect(list.rows[0]!.status).toBe("BEHIND");
    expect(list.behind).toBeGreaterThanOrEqual(1);
    expect((await schoolInductions(v.head, { status: "PASSED" })).rows.map((r) => r.id)).not.toContain(id);
    expect((await schoolInductions(v.head, { status: "BEHIND" })).rows.map((r) => r.id)).toContain(id);
    await expect(schoolInductions(v.head, { school: t.otherSchool })).rejects.toEqual(notFound);
    await expect(schoolInductions(t.otherHead)).resolves.toMatchObject({ rows: expect.not.arrayContaining([expect.objectContaining({ id })]) });
  });

  it("senior leaders read their school's; the trust admin every school's, by school; nobody else has the list", async () => {
    expect((await schoolInductions(v.seniorLeader)).rows.map((r) => r.id)).toContain(id);
    expect((await schoolInductions(v.admin, { school: t.school })).rows.map((r) => r.id)).toContain(id);
    expect((await schoolInductions(v.admin)).total).toBe(await t.trust.prisma.earlyCareerInduction.count({ where: { trustId: v.admin.trustId } }));
    for (const viewer of [v.teacher, t.colleague, v.networkLeader, v.governor, v.trustee, v.multiRole, ect]) {
      await expect(schoolInductions(viewer)).rejects.toEqual(notFound);
    }
    await expect(schoolInductions(t.foreign)).resolves.toMatchObject({ rows: [], total: 0 });
  });
});

describe("the seeded demo", () => {
  it("every current ECT has an induction on the statutory schedule; at the demo school the demo teacher mentors one that is behind", () => {
    // The demo trust as `npm run seed` builds it (in memory: the small test trust has no CPD history).
    const built = buildTrust(createRng(DEMO_SEED), { scale: 1 });
    const today = new Date(`${isoDay(londonToday())}T00:00:00Z`);
    const cpd = buildCpd(createRng(DEMO_SEED).fork("cpd"), built, today);
    const ects = built.staff.filter((s) => s.careerStage === "ECT" && !s.leaveDate);
    expect(cpd.inductions.map((i) => i.staffMemberId).sort()).toEqual(ects.map((s) => s.id).sort());
    expect(cpd.inductions.length).toBeGreaterThan(0);
    expect(cpd.inductions.every((i) => i.appropriateBody && i.mentorId && i.inductionTutorId)).toBe(true);
    const teacher = built.staff.find((s) => s.email === DEMO_EMAILS.teacher)!;
    const mentored = cpd.inductions.filter((i) => i.mentorId === teacher.id);
    expect(mentored).toHaveLength(1);
    const reviews = cpd.reviews.filter((r) => r.inductionId === mentored[0]!.id).map((r) => ({ ...r, dueOn: r.dueOn as Date, heldOn: (r.heldOn as Date | null) ?? null, outcome: (r.outcome as InductionOutcome | null | undefined) ?? null }));
    const { status, reasons } = inductionStatus({ startDate: mentored[0]!.startDate as Date, completedOn: null, reviews }, today);
    expect(status).toBe("BEHIND");
    expect(reasons[0]).toMatch(/was due on .* and has not been held\.$/);
    expect(reviews.some((r) => r.heldOn)).toBe(true);
  });
});

describe("my ECTs and one induction", () => {
  it("the mentor and the tutor each see the ECT, in their role; a colleague sees none", async () => {
    expect((await myEcts(v.teacher)).filter((r) => r.id === id).map((r) => r.role)).toEqual(["Mentor"]);
    expect((await myEcts(v.seniorLeader)).filter((r) => r.id === id).map((r) => r.role)).toEqual(["Induction tutor"]);
    expect((await myEcts(t.colleague)).map((r) => r.id)).not.toContain(id);
    expect(await myEcts(v.governor)).toEqual([]);
  });

  it("the navigation's Inductions link: the ECT, the mentor and the tutor have one; a colleague and a governor none", async () => {
    expect(await Promise.all([ect, v.teacher, v.seniorLeader, t.colleague, v.governor].map(hasInductionRelation))).toEqual([true, true, true, false, false]);
  });

  it("the ECT sees their own induction, with its status; nobody else has it as theirs", async () => {
    expect(await myInduction(ect)).toMatchObject({ id, status: "BEHIND" });
    expect(await myInduction(v.teacher)).toBeNull();
    expect(await myInduction(v.admin)).toBeNull();
    expect(await myInduction({ ...ect, trustId: t.foreign.trustId })).toBeNull();
  });

  it("one induction: its reviews by term; the head and tutor may manage, the mentor and the ECT read; others 404", async () => {
    const head = await inductionDetail(v.head, id);
    expect(head.reviews.map((r) => `${r.termLabel} ${r.kind}${r.final ? " (final)" : ""}`)).toEqual([
      "Autumn 2025 PROGRESS_REVIEW", "Spring 2026 PROGRESS_REVIEW", "Summer 2026 FORMAL_ASSESSMENT",
      "Autumn 2026 PROGRESS_REVIEW", "Spring 2027 PROGRESS_REVIEW", "Summer 2027 FORMAL_ASSESSMENT (final)",
    ]);
    expect(head.reviews[1]!.recordedBy).toBe(v.seniorLeader.name);
    expect(head).toMatchObject({ manage: true, status: "BEHIND" });
    expect(head.colleagues.length).toBeGreaterThan(3);
    expect(await inductionDetail(v.seniorLeader, id)).toMatchObject({ manage: true });
    expect(await inductionDetail(v.admin, id)).toMatchObject({ manage: true });
    expect(await inductionDetail(v.teacher, id)).toMatchObject({ manage: false, colleagues: [] });
    expect(await inductionDetail(ect, id)).toMatchObject({ manage: false });
    for (const viewer of [t.colleague, t.otherHead, v.networkLeader, v.governor, v.trustee, v.multiRole, t.foreign]) {
      await expect(inductionDetail(viewer, id)).rejects.toEqual(notFound);
    }
    await expect(inductionDetail(v.head, "not-an-id")).rejects.toEqual(notFound);
  });

  it("the start form offers the school's teachers without an induction, ECTs first, and 404s another school", async () => {
    const options = await startOptions(v.head, t.school);
    expect(options.ects.map((e) => e.id)).not.toContain(t.candidates.find((c) => c.userId)!.id);
    expect(options.ects.length).toBeGreaterThan(0);
    expect(options.colleagues.map((c) => c.id)).toContain(v.teacher.staff!.id);
    await expect(startOptions(v.head, t.otherSchool)).rejects.toEqual(notFound);
    await expect(startOptions(v.teacher, t.school)).rejects.toEqual(notFound);
  });
});
