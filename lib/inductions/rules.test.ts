import { describe, expect, it } from "vitest";
import { finalReviewOf, firstTermKey, inductionSchedule, inductionStatus, inductionYearOn, termDueOn, type ReviewState } from "./rules";
import { termKey } from "@/lib/dates";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);

describe("the schedule of reviews", () => {
  it("a full-time ECT starting in September: six terms, progress reviews in terms 1, 2, 4 and 5, formal assessments at the end of terms 3 and 6", () => {
    const s = inductionSchedule(day("2025-09-01"), 6);
    expect(s.map((r) => [r.term, r.label, r.kind, iso(r.dueOn), r.final])).toEqual([
      [1, "Autumn 2025", "PROGRESS_REVIEW", "2025-12-15", false],
      [2, "Spring 2026", "PROGRESS_REVIEW", "2026-03-25", false],
      [3, "Summer 2026", "FORMAL_ASSESSMENT", "2026-07-15", false],
      [4, "Autumn 2026", "PROGRESS_REVIEW", "2026-12-15", false],
      [5, "Spring 2027", "PROGRESS_REVIEW", "2027-03-25", false],
      [6, "Summer 2027", "FORMAL_ASSESSMENT", "2027-07-15", true],
    ]);
  });

  it("a part-time ECT takes more terms, pro rata: the interim assessment at the midpoint, the final one at the end", () => {
    const s = inductionSchedule(day("2025-09-01"), 9);
    expect(s).toHaveLength(9);
    expect(s.filter((r) => r.kind === "FORMAL_ASSESSMENT").map((r) => r.term)).toEqual([5, 9]);
    expect(s.at(-1)).toMatchObject({ label: "Summer 2028", final: true });
  });

  it("starts in the term of the start date, or the next one when fewer than four weeks are left before its review", () => {
    expect(firstTermKey(day("2026-01-05"))).toBe(termKey(day("2026-01-05")));
    expect(inductionSchedule(day("2026-01-05"), 6)[0]?.label).toBe("Spring 2026");
    expect(inductionSchedule(day("2025-12-01"), 6)[0]?.label).toBe("Spring 2026");
    expect(inductionSchedule(day("2026-04-20"), 6)[0]?.label).toBe("Summer 2026");
    // Joining in August: the summer term's review has passed, so the induction starts in the autumn.
    expect(inductionSchedule(day("2026-08-20"), 6)[0]?.label).toBe("Autumn 2026");
  });

  it("a review day on a weekend moves back to the Friday before", () => {
    // 15 December 2024 was a Sunday; 25 March 2023 a Saturday.
    expect(iso(termDueOn(termKey(day("2024-10-01"))))).toBe("2024-12-13");
    expect(iso(termDueOn(termKey(day("2023-02-01"))))).toBe("2023-03-24");
  });

  it("year 1 runs to the interim assessment, year 2 after it", () => {
    const s = inductionSchedule(day("2025-09-01"), 6);
    expect(inductionYearOn(s, day("2025-09-01"))).toBe(1);
    expect(inductionYearOn(s, day("2026-07-15"))).toBe(1);
    expect(inductionYearOn(s, day("2026-07-16"))).toBe(2);
    expect(inductionYearOn(s, day("2030-01-01"))).toBe(2);
  });
});

const review = (kind: ReviewState["kind"], dueOn: string, heldOn: string | null = null, outcome: ReviewState["outcome"] = null): ReviewState => ({
  kind, dueOn: day(dueOn), heldOn: heldOn ? day(heldOn) : null, outcome,
});
const started = (reviews: ReviewState[], completedOn: string | null = null) => ({ startDate: day("2025-09-01"), completedOn: completedOn ? day(completedOn) : null, reviews });

describe("behind", () => {
  it("is on track while every review due so far has been held and the latest found them on track", () => {
    const i = started([review("PROGRESS_REVIEW", "2025-12-15", "2025-12-10", "ON_TRACK"), review("PROGRESS_REVIEW", "2026-03-25")]);
    expect(inductionStatus(i, day("2026-03-25"))).toEqual({ status: "ON_TRACK", reasons: [] });
  });

  it("is behind, saying which and when, once a review's due date has passed without it being held", () => {
    const i = started([review("PROGRESS_REVIEW", "2025-12-15"), review("PROGRESS_REVIEW", "2026-03-25")]);
    expect(inductionStatus(i, day("2025-12-15")).status).toBe("ON_TRACK");
    expect(inductionStatus(i, day("2025-12-16"))).toEqual({ status: "BEHIND", reasons: ["Autumn 2025 progress review was due on 15 Dec 2025 and has not been held."] });
    expect(inductionStatus(i, day("2026-04-01")).reasons).toHaveLength(2);
  });

  it("is behind when the latest review found them not on track, even with nothing overdue", () => {
    const i = started([review("PROGRESS_REVIEW", "2025-12-15", "2025-12-10", "ON_TRACK"), review("PROGRESS_REVIEW", "2026-03-25", "2026-03-20", "NOT_ON_TRACK")]);
    expect(inductionStatus(i, day("2026-04-01"))).toEqual({ status: "BEHIND", reasons: ["The latest review (Spring 2026 progress review, 20 Mar 2026) found them not on track."] });
    // A later review on track clears it.
    const better = started([...i.reviews, review("FORMAL_ASSESSMENT", "2026-07-15", "2026-07-10", "ON_TRACK")]);
    expect(inductionStatus(better, day("2026-07-20")).status).toBe("ON_TRACK");
  });

  it("is never behind before it starts or once completed", () => {
    expect(inductionStatus({ ...started([review("PROGRESS_REVIEW", "2025-12-15")]), startDate: day("2026-01-05") }, day("2025-12-20")).status).toBe("NOT_STARTED");
    const done = started([review("PROGRESS_REVIEW", "2025-12-15"), review("FORMAL_ASSESSMENT", "2027-07-15", "2027-07-01", "UNSATISFACTORY")], "2027-07-01");
    expect(inductionStatus(done, day("2027-08-01"))).toEqual({ status: "FAILED", reasons: [] });
    const passed = started([review("FORMAL_ASSESSMENT", "2027-07-15", "2027-07-01", "SATISFACTORY")], "2027-07-01");
    expect(inductionStatus(passed, day("2027-08-01")).status).toBe("PASSED");
  });

  it("the final assessment is the last formal assessment due", () => {
    const reviews = inductionSchedule(day("2025-09-01"), 6).map((s) => review(s.kind, iso(s.dueOn)));
    expect(iso(finalReviewOf(reviews)!.dueOn)).toBe("2027-07-15");
    expect(finalReviewOf([review("PROGRESS_REVIEW", "2025-12-15")])).toBeUndefined();
  });
});
