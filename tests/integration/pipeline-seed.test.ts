// The demo seed's leadership pipeline: NPQs with cohort, funding and (mostly) the head's verification;
// aspirations in every school, most endorsed with a note; a succession plan for every school's seven key
// posts, some without a successor ready within two years; the head's and the trust's pages read them.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { NPQ_KINDS } from "@/lib/pipeline/labels";
import { myAspirations, schoolPipeline } from "@/lib/pipeline/queries";
import { trustPipeline } from "@/lib/pipeline/trust/queries";
import { seedPipeline } from "@/prisma/seed/pipeline";
import { seedCpdTrust } from "./cpd-fixture";

let trust: Awaited<ReturnType<typeof seedCpdTrust>>;

beforeAll(async () => {
  trust = await seedCpdTrust();
  await seedPipeline(db(), trust.built, new Date());
});

describe("the demo seed's leadership pipeline", () => {
  it("gives every NPQ a cohort and funding route, verifies most, and has more than one status", async () => {
    const npqs = await db().qualification.findMany({ where: { kind: { in: [...NPQ_KINDS] } } });
    expect(npqs.length).toBeGreaterThan(5);
    for (const q of npqs) {
      expect(q.cohort).toMatch(/^(Autumn|Spring) 20\d\d$/);
      expect(q.funding).not.toBeNull();
      expect(q.status).not.toBe("PLANNED");
    }
    expect(npqs.filter((q) => q.verifiedAt !== null).length).toBeGreaterThan(0);
    expect(new Set(npqs.map((q) => q.status)).size).toBeGreaterThan(1);
  });

  it("gives every school aspirations and a plan for its seven key posts", async () => {
    const current = await db().staffMember.findMany({ where: { leaveDate: null }, select: { id: true, schoolId: true } });
    const schoolOf = new Map(current.map((s) => [s.id, s.schoolId]));
    const aspirations = await db().aspiration.findMany();
    for (const school of trust.built.schools) {
      expect(aspirations.some((a) => schoolOf.get(a.staffMemberId) === school.id)).toBe(true);
      expect(await db().successionPost.count({ where: { schoolId: school.id } })).toBe(7);
    }
    const endorsed = aspirations.filter((a) => a.readiness !== null);
    expect(endorsed.length).toBeGreaterThan(0);
    for (const a of endorsed) expect(a.endorsementNote).toBeTruthy();
    // A successor is never the post's holder.
    const candidates = await db().successionCandidate.findMany({ include: { post: true } });
    expect(candidates.length).toBeGreaterThan(0);
    for (const c of candidates) expect(c.staffMemberId).not.toBe(c.post.holderId);
  });

  it("shows the head their school's plan and the trustee figures with some posts uncovered", async () => {
    const head = await trust.viewer("head");
    const schoolId = head.roles.find((r) => r.role === "HEADTEACHER")?.schoolId ?? "";
    const page = await schoolPipeline(head, schoolId);
    expect(page.posts).toHaveLength(7);
    expect(page.posts.filter((p) => p.plan?.holder).length).toBeGreaterThan(0);
    expect(page.aspirations.length).toBeGreaterThan(0);
    // The demo teacher's page shows their head's note at first start.
    const [mine] = await myAspirations(await trust.viewer("teacher"));
    expect(mine).toMatchObject({ readiness: "ONE_TO_TWO_YEARS", endorsementNote: expect.any(String) });
    const figures = await trustPipeline(await trust.viewer("trustee"), { named: false });
    expect(figures.named).toBeNull();
    expect(figures.rows).toHaveLength(trust.built.schools.length);
    expect(figures.rows.reduce((n, r) => n + r.uncovered, 0)).toBeGreaterThan(0);
  });
});
