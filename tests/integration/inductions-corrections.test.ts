// Issue 15 §4: a recorded induction review or final assessment is corrected as a new version (the
// earlier one kept, with who corrected it and why, and audited), by whoever may record it and nobody
// else; and the host school's head reads a seconded ECT's induction, read only, while the secondment lasts.
import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/access/policy";
import { loadViewer } from "@/lib/access/queries";
import { db } from "@/lib/db/client";
import { fromIsoDay, isoDay, londonToday } from "@/lib/dates";
import { correctReview, recordFinalAssessment, recordReview, startInduction, updateInduction } from "@/lib/inductions/commands";
import { inductionDetail, schoolInductions } from "@/lib/inductions/queries";
import { secondStaff } from "@/lib/people/employment/commands";
import type { DemoKey } from "../support/fixtures";
import { runForm } from "../support/form";
import { expectOneAudit, invalid, notFound, notFoundResult } from "../support/writes";
import { inductionTrust, refused } from "./inductions-fixture";

let t: Awaited<ReturnType<typeof inductionTrust>>;
let v: Record<DemoKey, Viewer>;
let ect: Viewer;
let id: string;
/** The head of a third school: neither the ECT's nor the host's. */
let thirdHead: Viewer;

const today = () => isoDay(londonToday());
const reviewsOf = (inductionId: string) => db().inductionReview.findMany({ where: { inductionId }, orderBy: { dueOn: "asc" } });

beforeAll(async () => {
  t = await inductionTrust();
  v = t.v;
  const person = t.candidates.find((c) => c.userId)!;
  const fields = {
    staffMemberId: person.id, startDate: "2025-09-01", expectedTerms: "6", mentorId: v.teacher.staff!.id, inductionTutorId: v.seniorLeader.staff!.id, appropriateBody: "Northbridge Teaching School Hub",
  };
  id = ((await runForm(startInduction, v.head, fields)) as { ok: true; data: { id: string } }).data.id;
  ect = (await loadViewer(person.userId!))!;
  const third = t.trust.built.schools.find((s) => s.id !== t.school && s.id !== t.otherSchool)!.id;
  thirdHead = { ...t.otherHead, roles: [{ id: "third-head", role: "HEADTEACHER", schoolId: third, communityId: null }] };
});

describe("correcting a recorded review", () => {
  let reviewId: string;
  const fields = (over: Record<string, string> = {}) => ({
    reviewId, version: "1", heldOn: "2025-12-11", outcome: "ON_TRACK", notes: "Behaviour plan working.", correctionNote: "The outcome was entered wrongly.", ...over,
  });

  beforeAll(async () => {
    reviewId = (await reviewsOf(id))[0]!.id;
    expect(await runForm(recordReview, v.seniorLeader, { reviewId, heldOn: "2025-12-10", outcome: "NOT_ON_TRACK", notes: "Behaviour plan agreed." })).toMatchObject({ ok: true });
  });

  it("nobody who may not record it may correct it: the mentor, the ECT, a colleague, other heads, other roles, another trust (404)", async () => {
    for (const viewer of [v.teacher, ect, t.colleague, t.otherHead, thirdHead, v.networkLeader, v.governor, v.trustee, v.multiRole, t.foreign]) {
      await refused(() => runForm(correctReview, viewer, fields()), notFoundResult);
    }
  });

  it("bad input is a field error and writes nothing", async () => {
    await refused(() => runForm(correctReview, v.seniorLeader, fields({ outcome: "SATISFACTORY" })), invalid("outcome"));
    await refused(() => runForm(correctReview, v.seniorLeader, fields({ outcome: "GREAT" })), invalid("outcome"));
    await refused(() => runForm(correctReview, v.seniorLeader, fields({ heldOn: "2025-08-01" })), invalid("heldOn"));
    await refused(() => runForm(correctReview, v.seniorLeader, fields({ heldOn: "2999-01-01" })), invalid("heldOn"));
    await refused(() => runForm(correctReview, v.seniorLeader, fields({ heldOn: "2025-02-30" })), invalid("heldOn"));
    await refused(() => runForm(correctReview, v.seniorLeader, fields({ correctionNote: "  " })), invalid("correctionNote"));
    await refused(() => runForm(correctReview, v.seniorLeader, fields({ version: "x" })), invalid("version"));
    // The same values again: nothing to correct.
    await refused(() => runForm(correctReview, v.seniorLeader, fields({ heldOn: "2025-12-10", outcome: "NOT_ON_TRACK", notes: "Behaviour plan agreed." })), invalid("correctionNote"));
    // A review not yet recorded is recorded, not corrected.
    const open = (await reviewsOf(id))[1]!.id;
    await refused(() => runForm(correctReview, v.head, fields({ reviewId: open })), { ok: false, message: expect.stringContaining("not been recorded yet") });
  });

  it("the tutor corrects it: a new version, the earlier kept and shown as history, audited; then the head; a stale form is refused", async () => {
    await expectOneAudit(() => runForm(correctReview, v.seniorLeader, fields()), "induction.review.correct");
    expect(await db().inductionReview.findUniqueOrThrow({ where: { id: reviewId } })).toMatchObject({
      version: 2, heldOn: fromIsoDay("2025-12-11"), outcome: "ON_TRACK", notes: "Behaviour plan working.", recordedById: v.seniorLeader.userId,
    });
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "induction.review.correct", entityId: reviewId } });
    expect(audit.before).toMatchObject({ version: 1, outcome: "NOT_ON_TRACK", notes: "Behaviour plan agreed." });
    expect(audit.after).toMatchObject({ version: 2, outcome: "ON_TRACK", correctionNote: "The outcome was entered wrongly." });

    await expectOneAudit(() => runForm(correctReview, v.head, fields({ version: "2", notes: "Behaviour plan working well." , correctionNote: "Notes completed." })), "induction.review.correct");
    // Someone still holding the version-2 form is told it changed, and nothing is written.
    await refused(() => runForm(correctReview, v.admin, fields({ version: "2", notes: "Late edit." })), { ok: false, message: expect.stringContaining("just been corrected") });

    for (const viewer of [v.head, v.teacher, ect]) {
      const review = (await inductionDetail(viewer, id)).reviews.find((r) => r.id === reviewId)!;
      expect(review).toMatchObject({ version: 3, outcome: "ON_TRACK", notes: "Behaviour plan working well.", recordedBy: v.head.name });
      expect(review.history.map((e) => [e.version, e.outcome, e.notes, e.recordedBy, e.correctedBy, e.correctionNote])).toEqual([
        [2, "ON_TRACK", "Behaviour plan working.", v.seniorLeader.name, v.head.name, "Notes completed."],
        [1, "NOT_ON_TRACK", "Behaviour plan agreed.", v.seniorLeader.name, v.seniorLeader.name, "The outcome was entered wrongly."],
      ]);
    }
  });

  it("the final assessment is corrected too, after completion: the completion date follows a corrected date", async () => {
    expect(await runForm(recordFinalAssessment, v.head, { inductionId: id, heldOn: today(), outcome: "UNSATISFACTORY", notes: "" })).toMatchObject({ ok: true });
    const final = (await reviewsOf(id)).at(-1)!;
    const correct = (over: Record<string, string>) => ({ reviewId: final.id, version: "1", heldOn: "2026-07-10", outcome: "SATISFACTORY", notes: "", correctionNote: "Wrong outcome and date.", ...over });
    await refused(() => runForm(correctReview, v.head, correct({ outcome: "ON_TRACK" })), invalid("outcome"));
    for (const viewer of [v.teacher, ect, t.colleague, t.otherHead, v.governor, v.trustee, t.foreign]) await refused(() => runForm(correctReview, viewer, correct({})), notFoundResult);
    await expectOneAudit(() => runForm(correctReview, v.admin, correct({})), "induction.review.correct");
    expect(await db().earlyCareerInduction.findUniqueOrThrow({ where: { id } })).toMatchObject({ completedOn: fromIsoDay("2026-07-10") });
    const detail = await inductionDetail(v.head, id);
    const row = detail.reviews.find((r) => r.final)!;
    expect(row).toMatchObject({ version: 2, outcome: "SATISFACTORY" });
    expect(row.history).toMatchObject([{ version: 1, outcome: "UNSATISFACTORY", heldOn: fromIsoDay(today()) }]);
  });
});

describe("a seconded ECT's induction", () => {
  let ectId: string;
  let placementId: string;

  beforeAll(async () => {
    ectId = ect.staff!.id;
    const result = await secondStaff.run(v.admin, { staffMemberId: ectId, toSchoolId: t.otherSchool, startDate: today(), endDate: isoDay(new Date(londonToday().getTime() + 60 * 86_400_000)), note: "" });
    expect(result).toMatchObject({ ok: true });
    placementId = (await db().staffPlacement.findFirstOrThrow({ where: { staffMemberId: ectId } })).id;
  });

  it("the host school's head reads it (list and page), read only, and is told where it is managed", async () => {
    const host = await inductionDetail(t.otherHead, id);
    expect(host).toMatchObject({ manage: false, colleagues: [] });
    expect(host.hostedAt).toEqual([{ school: expect.any(String), until: expect.any(Date) }]);
    expect(host.reviews.length).toBe(6);
    expect((await schoolInductions(t.otherHead)).rows.map((r) => r.id)).toContain(id);
    expect((await schoolInductions(t.otherHead, { school: t.otherSchool })).rows.map((r) => r.id)).toContain(id);
    // The home school still lists and manages it.
    expect((await schoolInductions(v.head)).rows.map((r) => r.id)).toContain(id);
    expect(await inductionDetail(v.head, id)).toMatchObject({ manage: true });
  });

  it("every role: who reads and who manages while the secondment lasts", async () => {
    const manages = [v.head, v.seniorLeader, v.admin];
    const reads = [v.teacher, ect, t.otherHead];
    const nobody = [thirdHead, t.colleague, v.networkLeader, v.governor, v.trustee, v.multiRole, t.foreign];
    for (const viewer of manages) expect(await inductionDetail(viewer, id), viewer.name ?? "").toMatchObject({ manage: true });
    for (const viewer of reads) expect(await inductionDetail(viewer, id), viewer.name ?? "").toMatchObject({ manage: false });
    for (const viewer of nobody) await expect(inductionDetail(viewer, id)).rejects.toEqual(notFound);
    for (const viewer of [thirdHead, v.governor, v.trustee]) expect((await schoolInductions(viewer).catch(() => ({ rows: [] }))).rows.map((r) => r.id)).not.toContain(id);
  });

  it("the host's head changes nothing: recording, correcting and its people are not found to them", async () => {
    const reviews = await reviewsOf(id);
    await refused(() => runForm(recordReview, t.otherHead, { reviewId: reviews[2]!.id, heldOn: today(), outcome: "ON_TRACK" }), notFoundResult);
    await refused(() => runForm(correctReview, t.otherHead, { reviewId: reviews[0]!.id, version: "3", heldOn: "2025-12-12", outcome: "ON_TRACK", notes: "", correctionNote: "Host edit." }), notFoundResult);
    await refused(() => runForm(updateInduction, t.otherHead, { inductionId: id, mentorId: v.teacher.staff!.id, inductionTutorId: v.seniorLeader.staff!.id, appropriateBody: "Elsewhere" }), notFoundResult);
  });

  it("once the secondment is over, the host's head no longer reads it", async () => {
    const yesterday = new Date(londonToday().getTime() - 86_400_000);
    await db().staffPlacement.update({ where: { id: placementId }, data: { startDate: new Date(yesterday.getTime() - 30 * 86_400_000), endDate: yesterday } });
    await expect(inductionDetail(t.otherHead, id)).rejects.toEqual(notFound);
    expect((await schoolInductions(t.otherHead)).rows.map((r) => r.id)).not.toContain(id);
  });
});
