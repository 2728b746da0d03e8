import { describe, expect, it } from "vitest";
import { formatMetric, rag } from "./rag";
import { describePeriod, parsePeriod, periodKey } from "./periods";

describe("rag", () => {
  const attendance = { direction: "HIGHER_IS_BETTER", greenAt: 95, redAt: 92 } as const;
  const absence = { direction: "LOWER_IS_BETTER", greenAt: 15, redAt: 20 } as const;
  it("is green at or better than the green threshold, red past the red one, amber between", () => {
    expect([rag(95, attendance), rag(93, attendance), rag(92, attendance), rag(91.9, attendance)]).toEqual(["GREEN", "AMBER", "AMBER", "RED"]);
    expect([rag(15, absence), rag(18, absence), rag(20, absence), rag(20.1, absence)]).toEqual(["GREEN", "AMBER", "AMBER", "RED"]);
  });
  it("formats with unit and decimals", () => {
    expect(formatMetric(95.25, "%", 1)).toBe("95.3%");
    expect(formatMetric(-12000, "£", 0)).toBe("−£12,000");
    expect(formatMetric(null, "%", 1)).toBe("—");
  });
});

describe("periods", () => {
  it("accepts a year and its three terms, and nothing else", () => {
    expect(parsePeriod("2025/26")).toMatchObject({ kind: "YEAR", startYear: 2025, term: null, key: periodKey(2025) });
    expect(parsePeriod(" 2025/26 T2 ")).toMatchObject({ kind: "TERM", term: 2, label: "2025/26 T2" });
    for (const bad of ["2025/27", "2025-26", "2025/26 T4", "2025/26T1", "25/26", "2025/26 autumn", ""]) expect(parsePeriod(bad)).toBeNull();
  });
  it("orders terms before their year's summer and names them", () => {
    expect(periodKey(2025, 1)).toBeLessThan(periodKey(2025, 3));
    expect(periodKey(2025)).toBe(periodKey(2025, 3));
    expect(describePeriod("2025/26 T1")).toBe("Autumn 2025");
    expect(describePeriod("2025/26 T3")).toBe("Summer 2026");
  });
});
