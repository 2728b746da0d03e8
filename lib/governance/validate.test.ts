import { describe, expect, it } from "vitest";
import { checkRows, parseMetricCsv, valueKey, type CheckContext, type MetricInfo } from "./validate";

const metric = (key: string, over: Partial<MetricInfo> = {}): MetricInfo => ({
  id: `m-${key}`, key, label: key, periodKind: "TERM", source: "ENTERED", phases: [], minValue: 0, maxValue: 100, ...over,
});
const ctx: CheckContext = {
  schoolsByUrn: new Map([
    ["100001", { id: "s1", urn: 100001, name: "Oak Primary", phase: "PRIMARY" }],
    ["100002", { id: "s2", urn: 100002, name: "Ash High", phase: "SECONDARY" }],
  ]),
  metricsByKey: new Map([
    ["attendance", metric("attendance")],
    ["progress_8", metric("progress_8", { periodKind: "YEAR", phases: ["SECONDARY"], minValue: -5, maxValue: 5 })],
    ["cpd_hours_per_fte", metric("cpd_hours_per_fte", { periodKind: "YEAR", source: "COMPUTED" })],
  ]),
  existing: new Map([[valueKey("s1", "m-attendance", "2025/26 T1"), 95.5]]),
};

const csv = (...lines: string[]) => ["urn,metric,period,value", ...lines].join("\n");

describe("metric CSV check", () => {
  it("gives each kind of bad row its error with its row number", () => {
    const { candidates } = parseMetricCsv(
      csv(
        "999999,attendance,2025/26 T1,95", // unknown URN (row 2)
        "100001,attendence,2025/26 T1,95", // unknown metric
        "100001,progress_8,2025/26,0.1", // not for a primary
        "100001,attendance,2025/26 T1,101", // out of range
        "100001,attendance,2025/26 T2,9o", // malformed
        "100001,attendance,2025-26 autumn,95", // period form
        "100002,attendance,2025/26 T1,94",
        "100002,attendance,2025/26 T1,94", // duplicate of row 8
        "100002,cpd_hours_per_fte,2025/26,30", // computed
        "100002,attendance,2025/26,94", // yearly period for a termly metric
      ),
    );
    const result = checkRows(candidates, ctx);
    const errorsOf = (row: number) => result.rows.find((r) => r.row === row)?.errors.join(" ") ?? "";
    expect(errorsOf(2)).toMatch(/Unknown URN "999999"/);
    expect(errorsOf(3)).toMatch(/Unknown metric "attendence"/);
    expect(errorsOf(4)).toMatch(/does not apply to Oak Primary/);
    expect(errorsOf(5)).toMatch(/out of range/);
    expect(errorsOf(6)).toMatch(/not a number/);
    expect(errorsOf(7)).toMatch(/not in the form/);
    expect(errorsOf(8)).toBe("");
    expect(errorsOf(9)).toMatch(/Duplicate of row 8/);
    expect(errorsOf(10)).toMatch(/computed/);
    expect(errorsOf(11)).toMatch(/termly/);
    expect(result.errors).toBe(9);
  });

  it("says what changes, what is new and what stays the same", () => {
    const { candidates } = parseMetricCsv(csv("100001,attendance,2025/26 T1,95.5", "100001,attendance,2025/26 T2,96", "100002,progress_8,2024/25,-0.25"));
    const result = checkRows(candidates, ctx);
    expect(result.rows.map((r) => r.status)).toEqual(["same", "new", "new"]);
    expect(result).toMatchObject({ errors: 0, changes: 2, unchanged: 1 });
  });

  it("refuses a file without the four columns", () => {
    expect(parseMetricCsv("school,value\n1,2").fileError).toMatch(/URN, metric, period and value/);
  });

  it("checks 10,000 rows in well under a second", () => {
    const lines = Array.from({ length: 10_000 }, (_, i) => `1000${(i % 2) + 1},attendance,${2010 + Math.floor(i / 6)}/${(11 + Math.floor(i / 6)) % 100} T${(i % 3) + 1},9${i % 10}.5`);
    const started = performance.now();
    const result = checkRows(parseMetricCsv(csv(...lines.map((l) => l.replace(/^1000/, "10000")))).candidates, ctx);
    expect(result.rows).toHaveLength(10_000);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
