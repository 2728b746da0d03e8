// The CSI journey through its commands: assign a peer review, write and submit it, publish it, the
// reviewed head adds an action, a progress note and completes it; the board shows the grades; a
// correction of a published review is a new version and the history stays readable.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { assignReview, correctReview, publishReview } from "@/lib/reviews/commands/cycles";
import { addAction, addActionNote, setActionStatus } from "@/lib/reviews/commands/followup";
import { saveReview } from "@/lib/reviews/commands/review";
import { boardCsv, csiBoard } from "@/lib/reviews/board/queries";
import { getReview, schoolCsi } from "@/lib/reviews/queries";
import { gradeField } from "@/lib/reviews/schema";
import { day, seedCsiTrust } from "./csi-fixture";

let t: Awaited<ReturnType<typeof seedCsiTrust>>;
beforeAll(async () => {
  t = await seedCsiTrust();
});

async function applicableAreas(schoolId: string) {
  const school = await db().school.findUniqueOrThrow({ where: { id: schoolId } });
  const areas = await db().evaluationArea.findMany({ where: { frameworkId: t.cycle.frameworkId }, orderBy: { position: "asc" } });
  return areas.filter((a) => a.appliesTo === "ALL" || (a.appliesTo === "EARLY_YEARS" ? school.hasEarlyYears : school.hasSixthForm));
}

describe("a peer review from assignment to completed action", () => {
  it("runs end to end, and the board shows the new grades", async () => {
    const admin = await t.viewer("admin");
    const reviewed = t.headSchool;
    // The reviewer: the head of a school in the other cluster (seeded heads may already be at the maximum: raise it).
    await db().reviewCycle.update({ where: { id: t.cycle.id }, data: { maxReviewsPerReviewer: 10 } });
    const headSchoolRow = t.built.schools.find((s) => s.id === reviewed);
    const reviewerSchool = t.otherSchools.find((s) => s.clusterId !== headSchoolRow?.clusterId) ?? t.otherSchools[0];
    const reviewerId = t.headOf(reviewerSchool?.id ?? "");
    const assigned = await assignReview.run(admin, { cycleId: t.cycle.id, schoolId: reviewed, kind: "HEAD_PEER_REVIEW", leadReviewerId: reviewerId, visitDate: day(-2) });
    expect(assigned).toMatchObject({ ok: true });
    if (!assigned.ok) return;
    const reviewId = assigned.data.id;

    // The reviewed head cannot read the draft about their own school.
    const head = await t.viewer("head");
    await expect(getReview(head, reviewId)).rejects.toMatchObject({ digest: expect.stringContaining("404") });

    const { loadViewer } = await import("@/lib/access/queries");
    const reviewer = await loadViewer(reviewerId);
    if (!reviewer) throw new Error("no reviewer");
    const areas = await applicableAreas(reviewed);
    const grades = Object.fromEntries(areas.map((a) => [gradeField(a.id), "urgent_improvement"]));
    const base = { reviewId, strengths: "Kind and calm.", areasForDevelopment: "Reading.", evidenceNotes: "Secret notes.", safeguarding: "met", visitDate: day(-2) };
    expect(await saveReview.run(reviewer, { ...base, intent: "draft" })).toMatchObject({ ok: true, message: "Draft saved." });
    expect(await saveReview.run(reviewer, { ...base, ...grades, intent: "submit" })).toMatchObject({ ok: true, message: "Review submitted to the trust." });
    // Submitted: no more edits.
    expect(await saveReview.run(reviewer, { ...base, intent: "draft" })).toMatchObject({ ok: false, fieldErrors: { reviewId: [expect.any(String)] } });

    expect(await publishReview.run(admin, { reviewId })).toMatchObject({ ok: true });
    const seen = await getReview(head, reviewId);
    expect(seen.status).toBe("PUBLISHED");
    expect(seen.evidenceNotes).toBe("Secret notes.");
    const governorView = await getReview(await t.viewer("governor"), reviewId);
    expect(governorView.evidenceNotes).toBeNull();
    expect(governorView.reviewers).toBeNull();

    const owner = t.built.staff.find((s) => s.schoolId === reviewed && !s.leaveDate);
    const added = await addAction.run(head, { reviewId, areaId: areas[0]?.id, description: "Phonics plan", ownerId: owner?.id, dueOn: day(30) });
    expect(added).toMatchObject({ ok: true });
    if (!added.ok) return;
    expect(await addActionNote.run(head, { actionId: added.data.id, note: "Training booked." })).toMatchObject({ ok: true });
    expect(await setActionStatus.run(head, { actionId: added.data.id, status: "DONE" })).toMatchObject({ ok: true });
    const standing = await schoolCsi(head, reviewed);
    const action = standing.actions.find((a) => a.id === added.data.id);
    expect(action).toMatchObject({ status: "DONE", overdue: false });
    expect(action?.notes.map((n) => n.note)).toEqual(["Training booked."]);

    const board = await csiBoard(admin, {});
    const row = board.rows.find((r) => r.id === reviewed);
    expect(row?.reviewId).toBe(reviewId);
    const graded = row?.cells.filter((c) => c !== "n/a" && c !== null) ?? [];
    expect(graded.length).toBeGreaterThan(0);
    expect(graded.every((c) => typeof c === "object" && c.label === "Urgent improvement")).toBe(true);
    // The CSV has the table's columns and one line per school.
    const csv = boardCsv(board).trim().split(/\r?\n/);
    expect(csv[0]).toBe(["School", "Cluster", "Phase", ...board.areas.map((a) => a.name), "Safeguarding", "CSI level", "Open actions", "Overdue actions", "Trend"].join(","));
    expect(csv).toHaveLength(board.rows.length + 1);
    expect(csv.find((l) => l.startsWith(row?.name ?? "?"))).toContain("Urgent improvement");
  });
});

describe("correcting a published review", () => {
  it("makes a new version; the old one stays readable and is marked superseded on publishing", async () => {
    const admin = await t.viewer("admin");
    const published = await db().schoolReview.findFirstOrThrow({ where: { status: "PUBLISHED", supersededAt: null, schoolId: { not: t.headSchool } }, include: { judgements: true } });
    const corrected = await correctReview.run(admin, { reviewId: published.id });
    expect(corrected).toMatchObject({ ok: true });
    if (!corrected.ok) return;
    const draft = await db().schoolReview.findUniqueOrThrow({ where: { id: corrected.data.id }, include: { judgements: true } });
    expect(draft).toMatchObject({ version: published.version + 1, status: "DRAFT", supersedesId: published.id });
    expect(draft.judgements).toHaveLength(published.judgements.length);
    // A second correction while one is under way is refused.
    expect(await correctReview.run(admin, { reviewId: published.id })).toMatchObject({ ok: false });
    // The trust edits and submits the correction, then publishes it.
    const grades = Object.fromEntries((await db().judgement.findMany({ where: { reviewId: draft.id }, include: { grade: true } })).map((j) => [gradeField(j.areaId), j.grade.code]));
    expect(await saveReview.run(admin, { reviewId: draft.id, intent: "submit", strengths: "Corrected strengths.", areasForDevelopment: "x", evidenceNotes: "", safeguarding: "met", ...grades })).toMatchObject({ ok: true });
    expect(await publishReview.run(admin, { reviewId: draft.id })).toMatchObject({ ok: true });
    const old = await getReview(admin, published.id);
    expect(old.supersededAt).not.toBeNull();
    expect(old.strengths).toBe(published.strengths);
    expect((await getReview(admin, draft.id)).strengths).toBe("Corrected strengths.");
  });
});
