// Every retention page's query for every role: /retention (the trust's page, or one's own school's) and
// one school's page, one's own and another's. Out of reach is "not found", never forbidden.
import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/access/policy";
import { retentionHome, schoolRetentionInsight, trustRetentionInsight } from "@/lib/staff-retention/queries";
import { seedStaffRetention } from "@/prisma/seed/staff-retention";
import { db } from "@/lib/db/client";
import { DEMO_KEYS, seedSmallTrust, type DemoKey } from "../support/fixtures";

let t: Awaited<ReturnType<typeof seedSmallTrust>>;
let v: Record<DemoKey, Viewer>;
let headSchool: string;
let governed: string;
let neither: string;
const outcome = async (p: Promise<unknown>) => p.then(() => "ok", (e: { digest?: string }) => (String(e.digest).includes("404") ? "404" : Promise.reject(e)));
/** What /retention renders: the trust's page, or the one school's, or a list. */
async function home(viewer: Viewer) {
  const h = await retentionHome(viewer);
  if (h.kind === "trust") return trustRetentionInsight(viewer);
  if (h.kind === "school") return schoolRetentionInsight(viewer, h.id);
  return h;
}

// Written out by hand: heads their school, governors the school they govern, trustees and the trust admin every
// school; senior leaders, teachers and network leaders none (the governor governs the head's school, multiRole another).
const EXPECTED: Record<string, Record<DemoKey, "ok" | "404">> = {
  "/retention": { teacher: "404", seniorLeader: "404", head: "ok", networkLeader: "404", governor: "ok", trustee: "ok", admin: "ok", multiRole: "ok" },
  "/retention/schools/[head's school]": { teacher: "404", seniorLeader: "404", head: "ok", networkLeader: "404", governor: "ok", trustee: "ok", admin: "ok", multiRole: "404" },
  "/retention/schools/[a school no one here governs or heads]": { teacher: "404", seniorLeader: "404", head: "404", networkLeader: "404", governor: "404", trustee: "ok", admin: "ok", multiRole: "404" },
};

beforeAll(async () => {
  t = await seedSmallTrust();
  await seedStaffRetention(db(), t.built);
  v = await t.viewers();
  headSchool = v.head.roles.find((r) => r.role === "HEADTEACHER")!.schoolId!;
  governed = v.governor.roles.find((r) => r.role === "LOCAL_GOVERNOR")!.schoolId!;
  const multiGoverns = v.multiRole.roles.find((r) => r.role === "LOCAL_GOVERNOR")!.schoolId!;
  neither = t.built.schools.find((s) => ![headSchool, governed, multiGoverns].includes(s.id))!.id;
  // The demo's governor governs the head's school; the several-roles account governs another.
  expect([governed === headSchool, multiGoverns === headSchool]).toEqual([true, false]);
});

describe("retention pages, every role", () => {
  for (const key of DEMO_KEYS) {
    it(key, async () => {
      expect({
        "/retention": await outcome(home(v[key])),
        "/retention/schools/[head's school]": await outcome(schoolRetentionInsight(v[key], headSchool)),
        "/retention/schools/[a school no one here governs or heads]": await outcome(schoolRetentionInsight(v[key], neither)),
      }).toEqual(Object.fromEntries(Object.entries(EXPECTED).map(([page, roles]) => [page, roles[key]])));
    });
  }

  it("a governor reads the school they govern; another trust's school and a malformed id are not found", async () => {
    expect(await outcome(schoolRetentionInsight(v.governor, governed))).toBe("ok");
    expect(await outcome(schoolRetentionInsight({ ...v.admin, trustId: crypto.randomUUID() }, headSchool))).toBe("404");
    expect(await outcome(schoolRetentionInsight(v.admin, "not-an-id"))).toBe("404");
    expect(await outcome(schoolRetentionInsight(v.admin, crypto.randomUUID()))).toBe("404");
    expect(await outcome(trustRetentionInsight(v.head))).toBe("404");
    expect(await outcome(trustRetentionInsight(v.governor))).toBe("404");
  });

  it("the seeded history gives five years of figures, cohorts and reasons with no one's name", async () => {
    const d = await trustRetentionInsight(v.trustee);
    expect(d.years).toHaveLength(5);
    expect(d.trust.years.slice(0, 4).every((y) => y.leavers > 0 && y.turnover !== null)).toBe(true);
    expect(d.cohorts.some((c) => c.ects > 0 && c.retained[2]!.count !== null)).toBe(true);
    expect(d.reasons[0]!.n).toBeGreaterThan(0);
    const names = t.built.staff.map((s) => `${s.firstName} ${s.lastName}`);
    const page = JSON.stringify(d);
    expect(names.filter((n) => page.includes(n))).toEqual([]);
  });
});
