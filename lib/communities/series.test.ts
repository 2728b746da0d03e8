import { describe, expect, it } from "vitest";
import { repeatFields, seriesStarts } from "./series";

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

// The schedule form checks these in the browser too (MeetingForms passes the schema to <Form>).
describe("repeatFields", () => {
  const messages = (input: Record<string, string>) => {
    const r = repeatFields.safeParse(input);
    return r.success ? r.data : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
  };
  it("reads blank boxes as no repeat, and a filled pair as a series", () => {
    expect(messages({ repeatWeeks: "", repeatUntil: " " })).toEqual({ repeatWeeks: null, repeatUntil: null });
    expect(messages({ repeatWeeks: "6", repeatUntil: "2027-07-01" })).toEqual({ repeatWeeks: 6, repeatUntil: "2027-07-01" });
  });
  it("asks for the other half of a series, and names what is wrong with a typed value", () => {
    expect(messages({ repeatWeeks: "6", repeatUntil: "" })).toEqual(["repeatUntil: Enter the last day of the series."]);
    expect(messages({ repeatWeeks: "", repeatUntil: "2027-07-01" })).toEqual(["repeatWeeks: Enter how many weeks apart the meetings are."]);
    expect(messages({ repeatWeeks: "x", repeatUntil: "2027-02-30" })).toEqual(["repeatWeeks: Enter how many weeks apart, for example 6.", "repeatUntil: Enter a real last day of the series."]);
    expect(messages({ repeatWeeks: "13", repeatUntil: "2027-07-01" })).toEqual(["repeatWeeks: Repeat at most every 12 weeks."]);
  });
});
