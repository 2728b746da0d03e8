import { describe, expect, it } from "vitest";
import { ectCohorts, onStaff, rate, schoolTallies, sumTallies, trustTallies, yearSpans, yearsAfter, type Spell } from "./figures";

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const TODAY = d("2026-12-07");
const SPANS = yearSpans(2026, TODAY); // 2022/23 … 2026/27
const Y2024 = SPANS.findIndex((s) => s.startYear === 2024);

/** A spell at one school; `at` worked out as the SQL does (home school on each day it is on the staff). */
function spell(person: string, start: string, leave: string | null, more: Partial<Spell> = {}): Spell {
  const s: Spell = { person, start: d(start), leave: leave ? d(leave) : null, reason: leave ? "RESIGNATION" : null, category: "TEACHER", stage: "ESTABLISHED", home: "A", at: { start: [], end: [] }, inductionStart: null, inductionSchool: null, ...more };
  s.at = { start: SPANS.map((y) => (onStaff(s, y.start) ? s.home : null)), end: SPANS.map((y) => (onStaff(s, y.last) ? s.home : null)) };
  return s;
}
const bySchool = (spells: Spell[], y = Y2024) => schoolTallies(spells, y, SPANS[y]!, (_, school) => school);
const trust = (spells: Spell[], y = Y2024) => trustTallies(spells, SPANS[y]!, () => "trust").get("trust");

describe("academic years", () => {
  it("are the five up to today's, 1 September to 31 August, the current one ending today", () => {
    expect(SPANS.map((s) => s.label)).toEqual(["2022/23", "2023/24", "2024/25", "2025/26", "2026/27"]);
    expect(SPANS[Y2024]!.last).toEqual(d("2025-08-31"));
    expect(SPANS[4]!.last).toEqual(TODAY);
  });
});

describe("turnover and stability", () => {
  it("counts a leave date of 31 August in that year: a leaver, not at the year's end, not stable", () => {
    const t = bySchool([spell("p", "2020-09-01", "2025-08-31"), spell("q", "2020-09-01", null)]).get("A")!;
    expect(t).toEqual({ atStart: 2, atEnd: 1, leavers: 1, stayed: 1 });
    expect(rate(t)).toMatchObject({ turnover: 1 / 1.5, stability: 0.5, caution: true });
  });

  it("counts a leave date of 1 September in the next year: stable this year, a leaver next year", () => {
    const s = [spell("p", "2020-09-01", "2025-09-01"), spell("q", "2020-09-01", null)];
    expect(bySchool(s).get("A")).toEqual({ atStart: 2, atEnd: 2, leavers: 0, stayed: 2 });
    expect(bySchool(s, Y2024 + 1).get("A")).toEqual({ atStart: 1, atEnd: 1, leavers: 1, stayed: 1 });
  });

  it("counts someone who left and rejoined once in each headcount, a leaver in the year they left, and not stable that year", () => {
    const s = [spell("p", "2019-09-01", "2024-10-31"), spell("p", "2025-04-22", null, { stage: "EARLY_CAREER" })];
    expect(trust(s)).toEqual({ atStart: 1, atEnd: 1, leavers: 1, stayed: 1 });
    expect(bySchool(s).get("A")).toEqual({ atStart: 1, atEnd: 1, leavers: 1, stayed: 0 });
    // The next year they are simply on the staff.
    expect(trust(s, Y2024 + 1)).toEqual({ atStart: 1, atEnd: 1, leavers: 0, stayed: 1 });
  });

  it("does not count a move to another of the trust's schools as leaving the trust, but as leaving the school", () => {
    const s = [spell("p", "2019-09-01", "2025-01-06", { reason: "OTHER" }), spell("p", "2025-01-06", null, { home: "B" })];
    expect(trust(s)).toEqual({ atStart: 1, atEnd: 1, leavers: 0, stayed: 1 });
    const schools = bySchool(s);
    expect(schools.get("A")).toEqual({ atStart: 1, atEnd: 0, leavers: 1, stayed: 0 });
    expect(schools.get("B")).toEqual({ atStart: 0, atEnd: 1, leavers: 0, stayed: 0 });
    // Recorded as a promotion within the trust, the trust does not count it either.
    expect(trust([spell("r", "2019-09-01", "2025-01-06", { reason: "PROMOTION_WITHIN_TRUST" })])).toEqual({ atStart: 1, atEnd: 0, leavers: 0, stayed: 0 });
  });

  it("has no rate without staff, and a caution under 20", () => {
    expect(rate({ atStart: 0, atEnd: 0, leavers: 0, stayed: 0 })).toMatchObject({ turnover: null, stability: null, caution: true });
    expect(rate({ atStart: 20, atEnd: 20, leavers: 2, stayed: 18 })).toMatchObject({ turnover: 0.1, stability: 0.9, caution: false });
  });
});

describe("early-career retention", () => {
  const ect = (person: string, start: string, leave: string | null) => spell(person, start, leave, { inductionStart: d(start), inductionSchool: "A", stage: "ECT" });

  it("counts the ECTs of a cohort still in the trust 1, 2 and 5 years to the day after their induction began", () => {
    const s = [ect("a", "2021-09-01", null), ect("b", "2021-09-01", "2022-09-01"), ect("c", "2021-09-01", "2022-08-31"), ect("d", "2021-09-01", "2024-07-31")];
    const [cohort] = ectCohorts(s, [2021], TODAY);
    expect(cohort!.ects).toBe(4);
    // b's leave date is the anniversary itself: gone on it.
    expect(cohort!.retained.map((r) => r.count)).toEqual([2, 2, 1]);
    expect(cohort!.retained[0]!.rate).toBe(0.5);
  });

  it("counts a rejoiner as retained on an anniversary they are back for, and shows nothing before the anniversary", () => {
    const s = [ect("a", "2022-09-05", "2023-07-31"), spell("a", "2024-09-02", null, { home: "B" })];
    const [cohort] = ectCohorts(s, [2022], TODAY);
    expect(cohort!.retained.map((r) => r.count)).toEqual([0, 1, null]);
    expect(ectCohorts(s, [2026], TODAY)[0]).toMatchObject({ ects: 0, retained: [{ count: null }, { count: null }, { count: null }] });
  });

  it("takes 29 February to 28 February in a year without one", () => {
    expect(yearsAfter(d("2024-02-29"), 1)).toEqual(d("2025-02-28"));
    expect(yearsAfter(d("2023-09-04"), 5)).toEqual(d("2028-09-04"));
  });
});

describe("a phase's figures", () => {
  it("are the sums of its schools' (the trust page adds them up instead of counting again), a move between schools included", () => {
    const phase: Record<string, string> = { A: "PRIMARY", B: "PRIMARY", C: "SECONDARY" };
    const moved = spell("m", "2019-09-01", null, { home: "B" });
    moved.at = { start: SPANS.map(() => "A"), end: SPANS.map(() => "B") };
    const spells = [spell("p", "2020-09-01", "2025-03-01"), spell("q", "2021-01-01", null, { home: "B" }), spell("r", "2018-09-01", "2024-12-31", { home: "C" }), spell("s", "2024-10-01", null, { home: "C" }), moved];
    for (const [y, span] of SPANS.entries()) {
      const counted = schoolTallies(spells, y, span, (_, school) => phase[school]!);
      const summed = new Map<string, ReturnType<typeof sumTallies>>();
      for (const [school, t] of schoolTallies(spells, y, span, (_, s) => s)) summed.set(phase[school]!, sumTallies([summed.get(phase[school]!) ?? { atStart: 0, atEnd: 0, leavers: 0, stayed: 0 }, t]));
      expect(summed).toEqual(counted);
    }
  });
});
