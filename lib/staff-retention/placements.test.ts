import { describe, expect, it } from "vitest";
import { workedAt, type Placement } from "./placements";

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const p = (kind: Placement["kind"], from: string, to: string, start: string, end: string | null = null, created = start): Placement => ({ kind, fromSchoolId: from, toSchoolId: to, startDate: d(start), endDate: end ? d(end) : null, createdAt: d(created) });

describe("where someone worked on a day (decision 017)", () => {
  it("is the home school without placements", () => expect(workedAt("A", [], d("2024-09-01"))).toBe("A"));

  it("is the host of a secondment covering the day, both ends included", () => {
    const s = [p("SECONDMENT", "A", "B", "2024-09-01", "2024-12-31")];
    expect(["2024-08-31", "2024-09-01", "2024-12-31", "2025-01-01"].map((x) => workedAt("A", s, d(x)))).toEqual(["A", "B", "B", "A"]);
  });

  it("reads the home school of the day from transfers: before the first, the first's from; after, the latest's to", () => {
    const t = [p("TRANSFER", "A", "B", "2023-01-09"), p("TRANSFER", "B", "C", "2025-04-22")];
    expect(["2022-09-01", "2023-01-09", "2024-09-01", "2025-09-01"].map((x) => workedAt("C", t, d(x)))).toEqual(["A", "B", "B", "C"]);
  });
});
