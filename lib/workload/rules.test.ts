import { describe, expect, it } from "vitest";
import { reportedPerTerm, teacherLoad } from "./rules";

describe("teacher load", () => {
  it("adds the demands on teachers, nets the offsets, and uses reported time where shown", () => {
    const load = teacherLoad([
      { affects: ["TEACHER"], expectedMinutes: 600, offsetMinutes: 120, reportedMinutes: 900 },
      { affects: ["TEACHER", "SUPPORT"], expectedMinutes: 240, offsetMinutes: 0, reportedMinutes: null },
      { affects: ["SUPPORT"], expectedMinutes: 999, offsetMinutes: 0, reportedMinutes: null },
    ]);
    expect(load).toEqual({ expected: 840, offset: 120, net: 720, reported: 1140, reportedNet: 1020 });
    expect(reportedPerTerm(90)).toBe(180);
  });
});
