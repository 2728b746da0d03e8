import { describe, expect, it } from "vitest";
import { formatRate, sumCounts, turnover } from "./turnover";

describe("staff turnover", () => {
  it("is leavers over the average of the headcounts at the year's start and end", () => {
    expect(turnover({ atStart: 40, atEnd: 36, leavers: 6 })).toBeCloseTo(6 / 38);
    expect(formatRate(turnover({ atStart: 40, atEnd: 36, leavers: 6 }))).toBe("15.8%");
  });
  it("has no rate without staff, and a group's rate comes from its summed counts", () => {
    expect(turnover({ atStart: 0, atEnd: 0, leavers: 0 })).toBeNull();
    expect(formatRate(null)).toBe("—");
    const cluster = sumCounts([{ atStart: 10, atEnd: 10, leavers: 5 }, { atStart: 90, atEnd: 90, leavers: 0 }]);
    expect(turnover(cluster)).toBe(0.05);
  });
});
