// Who reads the leadership pipeline, for every role: a teacher their own aspirations only; a head their
// own school's plan, talent pool and NPQs by name (another school's is 404); the trust admin every
// school's and the named trust view; trustees the trust's figures with no name in them; governors,
// senior leaders and network leaders none of it.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { endorseAspiration, saveAspiration, savePost } from "@/lib/pipeline/commands";
import { lackingExpected, myAspirations, plannedSchools, schoolPipeline } from "@/lib/pipeline/queries";
import { NAMED_PAGE, trustPipeline } from "@/lib/pipeline/trust/queries";
import { runForm } from "../support/form";
import { is404, seedPipelineTrust } from "./pipeline-fixture";

let t: Awaited<ReturnType<typeof seedPipelineTrust>>;
let names: string[];
const personName = (v: { staff: { id: string } | null }) => {
  const s = t.built.staff.find((x) => x.id === v.staff?.id)!;
  return `${s.firstName} ${s.lastName}`;
};

beforeAll(async () => {
  t = await seedPipelineTrust();
  // The head of the teacher's school has an aspiration of their own: the teacher must not read it.
  expect(await runForm(saveAspiration, t.head, { route: "EXECUTIVE_LEADER", development: "Support a second school." })).toMatchObject({ ok: true });
  expect(await runForm(saveAspiration, t.v.teacher, { route: "MIDDLE_LEADER", development: "Lead English." })).toMatchObject({ ok: true });
  const mine = await db().aspiration.findFirstOrThrow({ where: { staffMemberId: t.v.teacher.staff!.id } });
  expect(await runForm(endorseAspiration, t.head, { id: mine.id, readiness: "READY_NOW", note: "Ready to lead English." })).toMatchObject({ ok: true });
  const [holder] = t.staffOf(t.teacherSchool);
  expect(await runForm(savePost, t.head, { schoolId: t.teacherSchool, post: "HEADTEACHER", holderId: holder!.id, emergencyCoverId: "" })).toMatchObject({ ok: true });
  names = t.built.staff.map((s) => `${s.firstName} ${s.lastName}`);
});

describe("one's own aspirations", () => {
  it("shows the teacher their own, never the head's", async () => {
    const mine = await myAspirations(t.v.teacher);
    expect(mine.map((a) => a.route)).toEqual(["MIDDLE_LEADER"]);
  });

  it("is 404 for governors, trustees and the trust admin, who have no staff record", async () => {
    for (const viewer of [t.v.governor, t.v.trustee, t.v.admin]) await expect(myAspirations(viewer)).rejects.toMatchObject(is404);
  });
});

describe("a school's plan and talent pool", () => {
  it("shows the head their school's, with the aspirations by name", async () => {
    const page = await schoolPipeline(t.head, t.teacherSchool);
    expect(page.aspirations.map((a) => a.route).sort()).toEqual(["EXECUTIVE_LEADER", "MIDDLE_LEADER"]);
    expect(page.posts.find((p) => p.post === "HEADTEACHER")?.plan?.holder).not.toBeNull();
    expect((await plannedSchools(t.head)).map((s) => s.id)).toEqual([t.teacherSchool]);
  });

  it("is 404 for another school's head and for every role but the head and the trust admin", async () => {
    for (const viewer of [t.otherHead, t.v.teacher, t.v.seniorLeader, t.v.networkLeader, t.v.governor, t.v.trustee, t.foreigner]) {
      await expect(schoolPipeline(viewer, t.teacherSchool)).rejects.toMatchObject(is404);
    }
    for (const viewer of [t.v.teacher, t.v.seniorLeader, t.v.governor, t.v.trustee]) await expect(plannedSchools(viewer)).rejects.toMatchObject(is404);
  });

  it("shows the trust admin every school's", async () => {
    expect(await plannedSchools(t.v.admin)).toHaveLength(t.built.schools.length);
    expect((await schoolPipeline(t.v.admin, t.otherSchool)).posts).toHaveLength(7);
  });
});

describe("the trust's view", () => {
  it("gives trustees counts per school and no name at all", async () => {
    const figures = await trustPipeline(t.v.trustee, { named: false });
    expect(figures.named).toBeNull();
    const row = figures.rows.find((r) => r.id === t.teacherSchool)!;
    expect(row.pool).toEqual({ READY_NOW: 1, ONE_TO_TWO_YEARS: 0, THREE_PLUS_YEARS: 0, NOT_YET: 1 });
    expect(row.uncovered).toBe(7);
    const text = JSON.stringify(figures);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(text).not.toContain(name);
    await expect(trustPipeline(t.v.trustee, { named: true })).rejects.toMatchObject(is404);
  });

  it("gives the trust admin the names beside the figures, the pool of those their head endorsed", async () => {
    const view = await trustPipeline(t.v.admin, { named: true });
    expect(view.named?.pool).toEqual([expect.objectContaining({ name: personName(t.v.teacher), route: "MIDDLE_LEADER", readiness: "READY_NOW" })]);
    const posts = 7 * t.built.schools.length;
    expect(view.named?.uncovered).toHaveLength(Math.min(posts, NAMED_PAGE));
    expect(view.named?.pages).toEqual({ uncovered: { page: 1, pageCount: Math.ceil(posts / NAMED_PAGE), total: posts }, pool: { page: 1, pageCount: 1, total: 1 }, lacking: { page: 1, pageCount: 1, total: expect.any(Number) } });
  });

  it("counts in the figures exactly the people the named lists page through", async () => {
    const view = await trustPipeline(t.v.admin, { named: true });
    const sum = (f: (r: (typeof view.rows)[number]) => number) => view.rows.reduce((n, r) => n + f(r), 0);
    expect(view.named!.pages.lacking.total).toBe(sum((r) => r.lacking));
    expect(view.named!.pages.lacking.total).toBeGreaterThan(0);
    expect(view.named!.lacking.map((l) => l.id).sort()).toEqual((await lackingExpected(t.v.admin, {})).map((l) => l.id).sort());
    expect(view.named!.pages.pool.total).toBe(sum((r) => r.pool.READY_NOW + r.pool.ONE_TO_TWO_YEARS + r.pool.THREE_PLUS_YEARS));
    expect(view.named!.pages.uncovered.total).toBe(sum((r) => r.uncovered));
    // A post with a holder and no successor names its holder; a post with no plan has none.
    const holder = t.built.staff.find((s) => s.id === t.staffOf(t.teacherSchool)[0]!.id)!;
    const uncovered = (post: string) => view.named!.uncovered.find((u) => u.schoolId === t.teacherSchool && u.post === post);
    expect(uncovered("HEADTEACHER")?.holder).toBe(`${holder.firstName} ${holder.lastName}`);
    expect(uncovered("SENCO")?.holder).toBeNull();
  });

  it("shows the named lists a page at a time, a page out of range as the nearest one", async () => {
    const all = (await trustPipeline(t.v.admin, { named: true })).named!;
    for (const asked of [0, -3, Number.NaN]) {
      const view = (await trustPipeline(t.v.admin, { named: true, pages: { uncovered: asked, pool: asked, lacking: asked } })).named!;
      expect(view.uncovered).toEqual(all.uncovered);
      expect(view.pages.uncovered.page).toBe(1);
    }
    // Page 2 shows other posts, the total unchanged; a page past the end shows the last.
    expect(all.pages.uncovered.pageCount).toBeGreaterThan(1);
    const two = (await trustPipeline(t.v.admin, { named: true, pages: { uncovered: 2 } })).named!;
    expect(two.uncovered.map((u) => `${u.schoolId}/${u.post}`).filter((k) => all.uncovered.some((u) => `${u.schoolId}/${u.post}` === k))).toEqual([]);
    expect(two.pages.uncovered.total).toBe(all.pages.uncovered.total);
    const last = (await trustPipeline(t.v.admin, { named: true, pages: { uncovered: 99 } })).named!;
    expect(last.pages.uncovered.page).toBe(all.pages.uncovered.pageCount);
  });

  it("is 404 for heads, teachers, governors and another trust", async () => {
    for (const viewer of [t.head, t.v.teacher, t.v.seniorLeader, t.v.governor, t.v.networkLeader]) {
      await expect(trustPipeline(viewer, { named: false })).rejects.toMatchObject(is404);
    }
    const foreign = await trustPipeline(t.foreigner, { named: true });
    expect(foreign.rows).toHaveLength(0);
  });
});
