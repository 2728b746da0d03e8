import { describe, expect, it } from "vitest";
import { seriesStarts } from "./series";

describe("seriesStarts", () => {
  it("repeats every N weeks until the last day, keeping London time across the clock change", () => {
    const first = new Date("2026-09-10T15:00:00Z"); // 16:00 BST
    const { starts } = seriesStarts(first, 6, "2026-12-31", []);
    expect(starts.map((d) => d.toISOString())).toEqual(["2026-09-10T15:00:00.000Z", "2026-10-22T15:00:00.000Z", "2026-12-03T16:00:00.000Z"]);
  });
  it("skips occurrences in a holiday", () => {
    const { starts, skipped } = seriesStarts(new Date("2026-09-10T15:00:00Z"), 6, "2026-12-31", [{ startsOn: "2026-10-19", endsOn: "2026-10-30" }]);
    expect(starts).toHaveLength(2);
    expect(skipped.map((d) => d.toISOString())).toEqual(["2026-10-22T15:00:00.000Z"]);
  });
  it("stops at the limit", () => {
    expect(seriesStarts(new Date("2026-09-10T15:00:00Z"), 1, "2030-01-01", [], 5).starts).toHaveLength(5);
  });
});
