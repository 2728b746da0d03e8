// The library and the directory match the words teachers use: each term finds its synonyms
// (maths/mathematics, PE, SEN/SEND, EYFS, MFL, D&T), and nothing typed can break the query.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { Viewer } from "@/lib/access/policy";
import { addResource } from "@/lib/communities/library/commands";
import { expertiseSearchParams, resourceSearchParams } from "@/lib/communities/schema";
import { searchExpertise, searchResources } from "@/lib/communities/search/queries";
import { searchTsquery } from "@/lib/communities/search/tsquery";
import { createRng } from "@/prisma/seed";
import { seedCommunityTrust } from "./communities-fixture";

let trust: Awaited<ReturnType<typeof seedCommunityTrust>>;
let head: Viewer;
const ids: Record<string, string> = {};

// Areas written the long way (or the short way), each by a different member of staff.
const AREAS = {
  mathematics: "Mastery in mathematics",
  physical: "Physical education and school sport",
  pe: "PE department timetabling",
  send: "SEND: adaptive teaching",
  sen: "SEN support plans",
  earlyYears: "Early years communication",
  mfl: "Modern foreign languages",
  languages: "Languages department leadership",
  dt: "Design and technology workshop safety",
} as const;

beforeAll(async () => {
  trust = await seedCommunityTrust();
  head = await trust.viewer("head");
  const staff = await db().staffMember.findMany({ where: { leaveDate: null }, orderBy: { id: "asc" }, take: Object.keys(AREAS).length });
  for (const [i, [name, area]] of Object.entries(AREAS).entries()) {
    const s = staff[i]!;
    const row = await db().expertise.create({ data: { trustId: s.trustId, staffMemberId: s.id, area, level: "EXPERIENCED", description: "", willingToSupport: true } });
    ids[name] = row.id;
  }
});

const find = async (q: string) => (await searchExpertise(head, expertiseSearchParams.parse({ q }))).rows.map((r) => r.id);

describe("the expertise directory matches the words teachers use", () => {
  const cases: [query: string, finds: (keyof typeof AREAS)[]][] = [
    ["maths", ["mathematics"]],
    ["PE", ["physical", "pe"]],
    ["physical education", ["physical", "pe"]],
    ["SEN", ["send", "sen"]],
    ["SEND", ["send", "sen"]],
    ["EYFS", ["earlyYears"]],
    ["MFL", ["mfl", "languages"]],
    ["D&T", ["dt"]],
    ["DT", ["dt"]],
  ];
  for (const [q, names] of cases) {
    it(`"${q}" finds ${names.map((n) => `"${AREAS[n]}"`).join(" and ")}`, async () => {
      expect(await find(q)).toEqual(expect.arrayContaining(names.map((n) => ids[n])));
    });
  }

  it("synonyms still narrow: every word (or one of its synonyms) must match", async () => {
    expect(await find("maths mastery")).toContain(ids.mathematics);
    expect(await find("maths sport")).not.toContain(ids.mathematics);
    expect(await find("PE -sport")).not.toContain(ids.physical);
    expect(await find("maths or PE")).toEqual(expect.arrayContaining([ids.mathematics, ids.physical]));
  });

  it("ranks a full match first and pages as before", async () => {
    const hits = await searchExpertise(head, expertiseSearchParams.parse({ q: "Mastery in maths" }));
    expect(hits.rows[0]).toMatchObject({ area: AREAS.mathematics });
    expect(hits.rows.map((r) => r.id)).toContain(ids.mathematics);
    expect(hits.total).toBeGreaterThanOrEqual(1);
    expect(hits.pageCount).toBe(Math.max(1, Math.ceil(hits.total / 25)));
  });
});

describe("the resource library matches the words teachers use", () => {
  it('"MFL" finds a languages resource and "D&T" a design and technology one', async () => {
    const leader = await trust.viewer("networkLeader");
    const base = { communityId: trust.english, kind: "OTHER", url: "https://example.org/x" };
    expect(await addResource.run(leader, { ...base, title: "Languages department: listening tasks" })).toMatchObject({ ok: true });
    expect(await addResource.run(leader, { ...base, title: "Workshop induction", description: "Design and technology room rules" })).toMatchObject({ ok: true });
    const titles = async (q: string) => (await searchResources(leader, resourceSearchParams.parse({ q }))).rows.map((r) => r.title);
    expect(await titles("MFL")).toContain("Languages department: listening tasks");
    expect(await titles("D&T")).toContain("Workshop induction");
  });
});

describe("nothing typed breaks the search", () => {
  it("NUL bytes, quotes, backslashes and tsquery operators return normally", async () => {
    const nasty = ["\u0000", "maths\u0000", "'", "''", '"', "\\", "\\'", "!", "!:*|", "maths:*", "a & | b", "(((", "<->", "<2>", "'maths':A", "-", "--", "or", "\u{1F600}", "\uD800"];
    for (const q of nasty) {
      await expect(searchExpertise(head, expertiseSearchParams.parse({ q })), q).resolves.toMatchObject({ total: expect.any(Number) });
      await expect(searchResources(head, resourceSearchParams.parse({ q })), q).resolves.toMatchObject({ total: expect.any(Number) });
    }
    expect(await find("maths\u0000:*")).toContain(ids.mathematics);
  });

  it("every built tsquery parses in PostgreSQL", async () => {
    const alphabet = ["a", "é", "1", " ", '"', "'", "\\", "\u0000", "!", "|", "&", ":", "*", "(", ")", "<", ">", "-", "or", "pe", "d&t", "’", "maths"];
    const rng = createRng(4242);
    const texts = Array.from({ length: 300 }, () => Array.from({ length: rng.int(1, 25) }, () => rng.pick(alphabet)).join(""))
      .map(searchTsquery)
      .filter((t): t is string => t !== null);
    const rows = await db().$queryRaw<{ n: bigint }[]>`SELECT count(to_tsquery('english', t)) AS n FROM unnest(${texts}::text[]) AS t`;
    expect(Number(rows[0]!.n)).toBe(texts.length);
  });

  it("the query still uses the expression index", async () => {
    const q = searchTsquery("maths or PE") ?? "";
    const plan = await db().$transaction(async (tx) => {
      await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
      return tx.$queryRaw<{ "QUERY PLAN": string }[]>`EXPLAIN SELECT e.id FROM "Expertise" e WHERE expertise_search_vector(e."area", e."description") @@ to_tsquery('english', ${q})`;
    });
    expect(plan.map((r) => r["QUERY PLAN"]).join("\n")).toContain("Expertise_search_idx");
  });
});
