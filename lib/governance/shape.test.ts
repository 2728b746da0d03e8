import { describe, expect, it } from "vitest";
import { averageByKey, cellOf, latestKeyOf, type MetricDef } from "./shape";

const attendance: MetricDef = {
  id: "m", key: "attendance", label: "Attendance", unit: "%", decimals: 1, direction: "HIGHER_IS_BETTER", greenAt: 95, redAt: 92,
  periodKind: "TERM", source: "ENTERED", phases: [], description: "",
};
const a = { schoolId: "a", metricId: "m", keys: [10, 11, 12], values: [94, 95, 96] };
const b = { schoolId: "b", metricId: "m", keys: [10, 11], values: [90, 91] };

describe("dashboard shaping", () => {
  it("takes each metric's latest period across the trust, and a school without a value there has none", () => {
    const latest = latestKeyOf([a, b]).get("m");
    expect(latest).toBe(12);
    expect(cellOf(a, attendance, latest)).toEqual({ value: 96, rag: "GREEN", trend: [94, 95, 96] });
    expect(cellOf(b, attendance, latest)).toMatchObject({ value: null, rag: null });
  });
  it("averages per period over the schools that have a value", () => {
    expect([...averageByKey([a, b])]).toEqual([[10, 92], [11, 93], [12, 96]]);
  });
});
