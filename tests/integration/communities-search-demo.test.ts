// The demo trust makes the directory's own examples true: "A-level chemistry" and "phonics" find
// someone, and "maths" finds the mathematics experts.
import { beforeAll, describe, expect, it } from "vitest";
import { loadViewer } from "@/lib/access/queries";
import type { Viewer } from "@/lib/access/policy";
import { db } from "@/lib/db/client";
import { expertiseSearchParams } from "@/lib/communities/schema";
import { searchExpertise } from "@/lib/communities/search/queries";
import { buildTrust, createRng, DEMO_EMAILS, DEMO_SEED, insertTrust } from "@/prisma/seed";
import { seedCommunities } from "@/prisma/seed/communities";

let teacher: Viewer;
beforeAll(async () => {
  // The demo trust as `npm run db:seed` builds it (without the CPD history, which search does not read).
  const built = buildTrust(createRng(DEMO_SEED), { scale: 1, passwordHash: "not-used" });
  await insertTrust(db(), built);
  await seedCommunities(db(), built, { scale: 1 });
  const user = built.users.find((u) => u.email === DEMO_EMAILS.teacher);
  teacher = (await loadViewer(user!.id))!;
});

const search = (q: string) => searchExpertise(teacher, expertiseSearchParams.parse({ q }));

describe("the expertise directory's examples in the demo trust", () => {
  it('"A-level chemistry" finds a chemistry expert', async () => {
    const hits = await search("A-level chemistry");
    expect(hits.rows[0]).toMatchObject({ area: "A-level chemistry", willingToSupport: true });
  });

  it('"phonics" finds phonics experts', async () => {
    const hits = await search("phonics");
    expect(hits.rows.filter((r) => r.area === "Phonics").length).toBeGreaterThan(0);
  });

  it('"maths" finds the mathematics experts', async () => {
    const hits = await search("maths");
    const all = await db().expertise.count({ where: { area: { contains: "mathematics", mode: "insensitive" }, staffMember: { leaveDate: null } } });
    expect(all).toBeGreaterThan(0);
    expect(hits.rows.filter((r) => /mathematics/i.test(r.area)).length).toBe(Math.min(all, 25));
  });

  it("the subject abbreviations find the seeded experts", async () => {
    const areas = async (q: string) => (await search(q)).rows.map((r) => r.area);
    expect(await areas("design and technology")).toContain("D&T workshop safety");
    expect(await areas("physical education")).toContain("GCSE PE");
    expect(await areas("MFL")).toContain("Primary languages");
    expect(await areas("SEND")).toContain("SEN support");
  });
});
