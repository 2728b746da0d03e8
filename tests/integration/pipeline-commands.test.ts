// Aspirations and succession through their commands (the FormData path): a teacher records an
// aspiration, their head endorses it and the teacher reads the note; an endorsement by anyone but
// their head is "not found"; a head keeps the plan of a key post, and a successor who holds the post is a
// field error. Bad input writes nothing; another school's or trust's ids are not found.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { addSuccessor, endorseAspiration, removeSuccessor, saveAspiration, savePost, withdrawAspiration } from "@/lib/pipeline/commands";
import { myAspirations } from "@/lib/pipeline/queries";
import { runForm } from "../support/form";
import { NOT_FOUND, seedPipelineTrust } from "./pipeline-fixture";

let t: Awaited<ReturnType<typeof seedPipelineTrust>>;
const aspirationsOf = (staffMemberId: string) => db().aspiration.findMany({ where: { staffMemberId } });

beforeAll(async () => {
  t = await seedPipelineTrust();
});

describe("aspirations and their endorsement", () => {
  let id: string;

  it("records the teacher's aspiration", async () => {
    const result = await runForm(saveAspiration, t.v.teacher, { route: "SENIOR_LEADER", development: "Start NPQSL and lead a whole-school project." });
    expect(result).toMatchObject({ ok: true, message: "Aspiration saved." });
    const [row] = await aspirationsOf(t.v.teacher.staff!.id);
    expect(row).toMatchObject({ route: "SENIOR_LEADER", readiness: null });
    id = row!.id;
  });

  it("refuses bad input, a second aspiration to the same role, and anyone without a staff record", async () => {
    const bad = await runForm(saveAspiration, t.v.teacher, { route: "ASTRONAUT", development: " " });
    expect(bad).toMatchObject({ ok: false, fieldErrors: { route: [expect.any(String)], development: [expect.any(String)] } });
    const twice = await runForm(saveAspiration, t.v.teacher, { route: "SENIOR_LEADER", development: "Again" });
    expect(twice).toMatchObject({ ok: false, fieldErrors: { route: ["You have already recorded this aspiration: change that one instead."] } });
    expect(await runForm(saveAspiration, t.v.governor, { route: "HEADTEACHER", development: "Lead" })).toMatchObject(NOT_FOUND);
    expect(await aspirationsOf(t.v.teacher.staff!.id)).toHaveLength(1);
  });

  it("refuses an endorsement by anyone but the teacher's head, writing nothing", async () => {
    const fields = { id, readiness: "READY_NOW", note: "Ready." };
    for (const viewer of [t.otherHead, t.v.teacher, t.v.seniorLeader, t.v.trustee, t.v.governor, t.v.networkLeader, t.foreigner]) {
      expect(await runForm(endorseAspiration, viewer, fields)).toMatchObject(NOT_FOUND);
    }
    expect((await db().aspiration.findUniqueOrThrow({ where: { id } })).readiness).toBeNull();
  });

  it("lets the head endorse it with a readiness and a note the teacher reads, and tells the teacher", async () => {
    const bad = await runForm(endorseAspiration, t.head, { id, readiness: "SOON", note: "" });
    expect(bad).toMatchObject({ ok: false, fieldErrors: { readiness: [expect.any(String)], note: [expect.any(String)] } });
    const result = await runForm(endorseAspiration, t.head, { id, readiness: "ONE_TO_TWO_YEARS", note: "Lead the reading project this year first." });
    expect(result).toMatchObject({ ok: true, message: "Endorsement saved." });
    const [mine] = await myAspirations(t.v.teacher);
    expect(mine).toMatchObject({ readiness: "ONE_TO_TWO_YEARS", endorsementNote: "Lead the reading project this year first.", endorsedById: t.head.userId });
    expect(await db().notification.count({ where: { userId: t.v.teacher.userId, kind: "aspiration.endorsed" } })).toBe(1);
  });

  it("lets only the owner withdraw it", async () => {
    expect(await runForm(withdrawAspiration, t.head, { id })).toMatchObject(NOT_FOUND);
    expect(await runForm(withdrawAspiration, t.v.teacher, { id })).toMatchObject({ ok: true });
    expect(await aspirationsOf(t.v.teacher.staff!.id)).toHaveLength(0);
  });
});

describe("a school's succession plan", () => {
  const post = "SENCO";
  const successors = () => db().successionCandidate.count({ where: { post: { schoolId: t.teacherSchool, post } } });

  it("lets the head name the holder and emergency cover, from the school's staff only", async () => {
    const [holder, cover] = t.staffOf(t.teacherSchool);
    const stranger = t.staffOf(t.otherSchool)[0]!;
    const foreignHolder = await runForm(savePost, t.head, { schoolId: t.teacherSchool, post, holderId: stranger.id, emergencyCoverId: "" });
    expect(foreignHolder).toMatchObject({ ok: false, fieldErrors: { holderId: ["Choose the holder from the school's staff."] } });
    const same = await runForm(savePost, t.head, { schoolId: t.teacherSchool, post, holderId: holder!.id, emergencyCoverId: holder!.id });
    expect(same).toMatchObject({ ok: false, fieldErrors: { emergencyCoverId: [expect.any(String)] } });
    expect(await db().successionPost.count({ where: { schoolId: t.teacherSchool } })).toBe(0);
    const result = await runForm(savePost, t.head, { schoolId: t.teacherSchool, post, holderId: holder!.id, emergencyCoverId: cover!.id });
    expect(result).toMatchObject({ ok: true, message: "Post saved." });
    expect(await db().successionPost.findFirstOrThrow({ where: { schoolId: t.teacherSchool, post } })).toMatchObject({ holderId: holder!.id, emergencyCoverId: cover!.id });
  });

  it("refuses a successor who holds the post with a field error, and names another with a readiness", async () => {
    const [holder, , successor] = t.staffOf(t.teacherSchool);
    const theHolder = await runForm(addSuccessor, t.head, { schoolId: t.teacherSchool, post, staffMemberId: holder!.id, readiness: "READY_NOW" });
    expect(theHolder).toMatchObject({ ok: false, fieldErrors: { staffMemberId: ["They hold this post: choose someone else as its successor."] } });
    expect(await successors()).toBe(0);
    const bad = await runForm(addSuccessor, t.head, { schoolId: t.teacherSchool, post, staffMemberId: successor!.id, readiness: "" });
    expect(bad).toMatchObject({ ok: false, fieldErrors: { readiness: [expect.any(String)] } });
    expect(await runForm(addSuccessor, t.head, { schoolId: t.teacherSchool, post, staffMemberId: successor!.id, readiness: "ONE_TO_TWO_YEARS" })).toMatchObject({ ok: true });
    expect(await successors()).toBe(1);
  });

  it("answers not found to another school's head, trustees, teachers and another trust, and lets the trust admin keep it", async () => {
    const [, , successor, next] = t.staffOf(t.teacherSchool);
    const fields = { schoolId: t.teacherSchool, post, staffMemberId: next!.id, readiness: "READY_NOW" };
    for (const viewer of [t.otherHead, t.v.teacher, t.v.seniorLeader, t.v.trustee, t.v.governor, t.foreigner]) {
      expect(await runForm(addSuccessor, viewer, fields)).toMatchObject(NOT_FOUND);
      expect(await runForm(savePost, viewer, { schoolId: t.teacherSchool, post, holderId: "", emergencyCoverId: "" })).toMatchObject(NOT_FOUND);
    }
    const candidate = await db().successionCandidate.findFirstOrThrow({ where: { staffMemberId: successor!.id } });
    expect(await runForm(removeSuccessor, t.otherHead, { id: candidate.id })).toMatchObject(NOT_FOUND);
    expect(await successors()).toBe(1);
    expect(await runForm(addSuccessor, t.v.admin, fields)).toMatchObject({ ok: true });
    expect(await runForm(removeSuccessor, t.head, { id: candidate.id })).toMatchObject({ ok: true, message: "Successor removed." });
    expect(await successors()).toBe(1);
  });
});
