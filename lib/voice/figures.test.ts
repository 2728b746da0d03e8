import { describe, expect, it } from "vitest";
import { enps, figure, headline } from "./figures";

describe("survey figures", () => {
  it("eNPS is the % of 9–10 less the % of 0–6", () => {
    // 10 answers: 4 promoters (9, 10), 3 passives (7, 8), 3 detractors (0–6): 40% − 30% = +10.
    expect(enps(new Map([[10, 2], [9, 2], [8, 2], [7, 1], [6, 1], [0, 2]]))).toBe(10);
    expect(enps(new Map([[3, 5]]))).toBe(-100);
    expect(enps(new Map())).toBe(0);
  });
  it("a scale's mean and distribution, hours in bands, tasks as a share of the people answering", () => {
    const scale = figure("SCALE", new Map([[5, 1], [4, 2], [2, 1]]), 4)!;
    expect(scale).toMatchObject({ n: 4, mean: 3.75 });
    expect(headline(scale)).toBe("3.8 of 5");
    const hours = figure("HOURS", new Map([[38, 1], [52, 2], [61, 1]]), 4)!;
    expect(hours.kind === "HOURS" && hours.bands.map((b) => b.count)).toEqual([1, 0, 2, 1]);
    const tasks = figure("TASKS", new Map([[0, 3], [3, 1]]), 6)!;
    expect(tasks.kind === "TASKS" && tasks.tasks[0]).toEqual({ label: "Marking and feedback", count: 3, percent: 50 });
  });
});
