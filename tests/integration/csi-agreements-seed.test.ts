// The demo trust shows a support agreement's whole life: one completed last year with its outcome,
// beside the ones running now, so the heads' and the trust's pages look as they will in use.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { buildTrust, createRng, DEMO_SEED, insertTrust } from "@/prisma/seed";
import { seedReviews } from "@/prisma/seed/reviews";

let trustId: string;
beforeAll(async () => {
  const built = buildTrust(createRng(DEMO_SEED), { scale: 1, passwordHash: "not-used" });
  await insertTrust(db(), built);
  await seedReviews(db(), built);
  trustId = built.trust.id;
});

describe("the demo trust's support agreements", () => {
  it("has one completed agreement with its outcome, before the same pair's running one", async () => {
    const rows = await db().supportAgreement.findMany({ where: { trustId }, orderBy: { startsOn: "asc" } });
    const completed = rows.filter((r) => r.status === "COMPLETED");
    expect(completed).toHaveLength(1);
    const [done] = completed;
    expect(done?.outcomeNote).toMatch(/phonics check/);
    expect(done?.closedAt).toBeInstanceOf(Date);
    expect(done?.endsOn?.getTime()).toBeGreaterThan(done?.startsOn.getTime() ?? Infinity);
    expect(rows.filter((r) => r.status === "ACTIVE").length).toBeGreaterThan(0);
    expect(rows.some((r) => r.status === "ACTIVE" && r.giverSchoolId === done?.giverSchoolId && r.receiverSchoolId === done?.receiverSchoolId)).toBe(true);
  });
});
