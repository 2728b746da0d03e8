// The coaching and drop-in pages, per role: what each demo account reads on /coaching, /drop-ins, a
// pairing's page and a visit's page (the pair; the teacher, visitor and head), and 404 for the rest.
import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/access/policy";
import { createPairing } from "@/lib/coaching/commands";
import { coachingHome, pairingDetail } from "@/lib/coaching/queries";
import { recordDropIn } from "@/lib/dropins/commands";
import { dropInDetail, dropInsHome } from "@/lib/dropins/queries";
import { londonIsoDay } from "../support/days";
import { DEMO_KEYS, seedSmallTrust, type DemoKey } from "../support/fixtures";
import { runForm } from "../support/form";

const is404 = { digest: expect.stringContaining("404") };
let v: Record<DemoKey, Viewer>;
let staff: Awaited<ReturnType<typeof seedSmallTrust>>["built"]["staff"];
let pairingId: string;
let visitId: string;

beforeAll(async () => {
  const t = await seedSmallTrust();
  v = await t.viewers();
  staff = t.built.staff;
  // The demo teacher coached by the demo senior leader; the demo head drops in on the teacher.
  const pairing = await runForm(createPairing, v.head, { coacheeId: v.teacher.staff!.id, coachId: v.seniorLeader.staff!.id, focus: "Explaining new material", startsOn: londonIsoDay(-10), cadence: "FORTNIGHTLY" });
  const visit = await runForm(recordDropIn, v.head, { teacherId: v.teacher.staff!.id, visitedOn: londonIsoDay(0), focus: "Year 6 science", wentWell: "Pupils explained their predictions.", nextStep: "Link the conclusion back to the prediction." });
  if (!pairing.ok || !visit.ok) throw new Error("setup failed");
  pairingId = pairing.data.id;
  visitId = visit.data.id;
});

type Shape = "404" | { mine: boolean; school: boolean; numbers: boolean; setUp: boolean };
const COACHING: Record<DemoKey, Shape> = {
  teacher: { mine: true, school: false, numbers: false, setUp: false },
  seniorLeader: { mine: true, school: false, numbers: false, setUp: false },
  head: { mine: true, school: true, numbers: false, setUp: true },
  networkLeader: { mine: true, school: false, numbers: false, setUp: false },
  governor: "404",
  trustee: { mine: false, school: false, numbers: true, setUp: false },
  admin: { mine: false, school: true, numbers: true, setUp: true },
  multiRole: { mine: true, school: false, numbers: false, setUp: false },
};
const PAIR: DemoKey[] = ["teacher", "seniorLeader"];
const VISIT: DemoKey[] = ["teacher", "head"];

describe("the coaching page, per role", () => {
  for (const key of DEMO_KEYS) {
    it(`${key}: ${JSON.stringify(COACHING[key])}`, async () => {
      const expected = COACHING[key];
      if (expected === "404") return expect(coachingHome(v[key])).rejects.toMatchObject(is404);
      const page = await coachingHome(v[key]);
      expect({ mine: page.mine !== null, school: page.school !== null, numbers: page.numbers !== null, setUp: page.setUp !== null }).toEqual(expected);
    });
    it(`${key}: the pairing's page is ${PAIR.includes(key) ? "read" : "not found"}`, async () => {
      if (PAIR.includes(key)) return expect((await pairingDetail(v[key], pairingId)).id).toBe(pairingId);
      return expect(pairingDetail(v[key], pairingId)).rejects.toMatchObject(is404);
    });
  }
  it("a malformed or unknown id is not found", async () => {
    await expect(pairingDetail(v.teacher, "nope")).rejects.toMatchObject(is404);
    await expect(pairingDetail(v.teacher, "00000000-0000-4000-8000-000000000000")).rejects.toMatchObject(is404);
  });
});

const DROPINS: Record<DemoKey, "404" | { received: boolean; form: boolean; heads: number }> = {
  teacher: { received: true, form: false, heads: 0 },
  seniorLeader: { received: true, form: true, heads: 0 },
  head: { received: true, form: true, heads: 1 },
  networkLeader: { received: true, form: false, heads: 0 },
  governor: "404",
  trustee: "404",
  admin: { received: false, form: true, heads: 0 },
  multiRole: { received: true, form: false, heads: 0 },
};

describe("the set-up form's coaches", () => {
  it("are the head's school's staff, or those of any school whose name or school matches every word searched", async () => {
    const school = v.head.staff!.schoolId;
    const current = staff.filter((s) => !s.leaveDate);
    const mine = await coachingHome(v.head);
    expect(new Set(mine.setUp!.coaches.map((c) => c.value))).toEqual(new Set(current.filter((s) => s.schoolId === school).map((s) => s.id)));
    expect(mine.setUp!.coachSearch).toBe("");

    const other = current.find((s) => s.schoolId !== school)!;
    const found = await coachingHome(v.head, { coachSearch: ` ${other.firstName.toUpperCase()}   ${other.lastName} ` });
    expect(found.setUp!.coaches.map((c) => c.value)).toContain(other.id);
    expect(found.setUp!.coaches.every((c) => c.label.toLowerCase().includes(other.firstName.toLowerCase()))).toBe(true);
    expect(found.setUp!.coachSearch).toBe(`${other.firstName.toUpperCase()}   ${other.lastName}`);
    // The coachees stay the head's own school's, whatever is searched.
    expect(found.setUp!.coachees).toEqual(mine.setUp!.coachees);

    const none = await coachingHome(v.head, { coachSearch: "zzz-no-such-person" });
    expect(none.setUp!.coaches).toEqual([]);
  });
});

describe("the trust admin's set-up form", () => {
  it("lists no one until a coachee or coach is searched, then the trust's staff matching it, each search kept beside the other", async () => {
    const current = staff.filter((s) => !s.leaveDate);
    const blank = await coachingHome(v.admin);
    expect(blank.setUp!.findCoachee).toBe(true);
    expect(blank.setUp!.coachees).toEqual([]);
    expect(blank.setUp!.coaches).toEqual([]);

    const [a, b] = [current[0]!, current.find((s) => s.schoolId !== current[0]!.schoolId)!];
    const found = await coachingHome(v.admin, { coacheeSearch: `${a.firstName} ${a.lastName}`, coachSearch: b.lastName });
    expect(found.setUp!.coachees.map((c) => c.value)).toContain(a.id);
    expect(found.setUp!.coachees.every((c) => c.label.toLowerCase().includes(a.lastName.toLowerCase()))).toBe(true);
    expect(found.setUp!.coaches.map((c) => c.value)).toContain(b.id);
    expect(found.setUp!.coacheeSearch).toBe(`${a.firstName} ${a.lastName}`);
    // A head's coachees are their school's staff: the coachee search is the admin's alone.
    const head = await coachingHome(v.head, { coacheeSearch: b.lastName });
    expect(head.setUp!.findCoachee).toBe(false);
    expect(head.setUp!.coachees.length).toBeGreaterThan(0);
    expect(head.setUp!.coacheeSearch).toBe("");
  });
});

describe("the drop-in pages, per role", () => {
  for (const key of DEMO_KEYS) {
    it(`${key}: ${JSON.stringify(DROPINS[key])}`, async () => {
      const expected = DROPINS[key];
      if (expected === "404") return expect(dropInsHome(v[key])).rejects.toMatchObject(is404);
      const page = await dropInsHome(v[key]);
      expect({ received: page.received.length > 0 || Boolean(v[key].staff), form: page.form !== null, heads: page.school.length }).toEqual(expected);
    });
    it(`${key}: the visit's page is ${VISIT.includes(key) ? "read" : "not found"}`, async () => {
      if (VISIT.includes(key)) return expect((await dropInDetail(v[key], visitId)).id).toBe(visitId);
      return expect(dropInDetail(v[key], visitId)).rejects.toMatchObject(is404);
    });
  }
});
