// Every staff survey page's query for every role: the staff page and the survey to answer (its audience),
// the list of results, one survey's results, the build form. Out of reach is "not found", never forbidden.
import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/access/policy";
import { db } from "@/lib/db/client";
import { buildOptions, mySurveys, surveyList, surveyToAnswer } from "@/lib/voice/queries";
import { surveyResults } from "@/lib/voice/results/view";
import { seedVoice } from "@/prisma/seed/voice";
import { DEMO_KEYS, type DemoKey } from "../support/fixtures";
import { voiceTrust } from "./voice-fixture";

let f: Awaited<ReturnType<typeof voiceTrust>>;
let openId: string;
const is404 = { digest: expect.stringContaining("404") };
const outcome = async (p: Promise<unknown>) => p.then(() => "ok", (e: { digest?: string }) => (String(e.digest).includes("404") ? "404" : Promise.reject(e)));

// Expected answers, written out by hand: the demo roles (multiRole: a teacher who leads a community and governs another school).
const EXPECTED: Record<string, Record<DemoKey, "ok" | "404">> = {
  "/voice": { teacher: "ok", seniorLeader: "ok", head: "ok", networkLeader: "ok", governor: "404", trustee: "404", admin: "404", multiRole: "ok" },
  "/voice/[id]": { teacher: "ok", seniorLeader: "ok", head: "ok", networkLeader: "ok", governor: "404", trustee: "404", admin: "404", multiRole: "ok" },
  "/voice/results": { teacher: "404", seniorLeader: "ok", head: "ok", networkLeader: "404", governor: "ok", trustee: "ok", admin: "ok", multiRole: "ok" },
  "/voice/results/[id]": { teacher: "404", seniorLeader: "ok", head: "ok", networkLeader: "404", governor: "ok", trustee: "ok", admin: "ok", multiRole: "ok" },
  "/voice/build": { teacher: "404", seniorLeader: "404", head: "ok", networkLeader: "404", governor: "404", trustee: "404", admin: "ok", multiRole: "404" },
};

beforeAll(async () => {
  f = await voiceTrust();
  await seedVoice(db(), f.trust.built, new Date());
  openId = (await db().survey.findFirstOrThrow({ orderBy: { term: "desc" } })).id;
});

describe("staff survey pages, every role", () => {
  for (const key of DEMO_KEYS) {
    it(`${key}`, async () => {
      const v: Viewer = f.v[key];
      expect({
        "/voice": await outcome(mySurveys(v)),
        "/voice/[id]": await outcome(surveyToAnswer(v, openId)),
        "/voice/results": await outcome(surveyList(v)),
        "/voice/results/[id]": await outcome(surveyResults(v, openId, {})),
        "/voice/build": await outcome(buildOptions(v)),
      }).toEqual(Object.fromEntries(Object.entries(EXPECTED).map(([page, roles]) => [page, roles[key]])));
    });
  }

  it("a school's survey is not found by another school's staff and leaders, or by another trust", async () => {
    const s = await db().survey.create({ data: { trustId: f.trust.built.trust.id, schoolId: f.headSchool, title: "Head's own", term: 1, opensOn: new Date(), closesOn: new Date(Date.now() + 7 * 86_400_000), createdById: f.v.head.userId } });
    const outsider = (await f.staffViewers(f.otherSchool))[0]!;
    await expect(surveyToAnswer(outsider, s.id)).rejects.toMatchObject(is404);
    await expect(surveyResults(outsider, s.id, {})).rejects.toMatchObject(is404);
    await expect(surveyResults({ ...f.v.admin, trustId: crypto.randomUUID() }, s.id, {})).rejects.toMatchObject(is404);
    await expect(surveyResults(f.v.admin, "not-an-id", {})).rejects.toMatchObject(is404);
    // Trustees read its headline only: no breakdown by category or stage.
    const trustee = await surveyResults(f.v.trustee, openId, { category: "TEACHER" });
    expect(trustee.filters).toEqual({});
    expect(trustee.breakdowns).toEqual([]);
  });
});
