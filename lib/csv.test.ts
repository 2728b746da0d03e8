import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { toCsv } from "./csv";

describe("toCsv", () => {
  it("escapes a formula in any column, quotes commas and writes booleans as words", () => {
    const csv = toCsv(["Name", "Note", "On track"], [["=HYPERLINK(\"x\")", "+1, -2", true], ["@SUM(A1)", "plain", false]]);
    const [header, ...rows] = Papa.parse<string[]>(csv.trim()).data;
    expect(header).toEqual(["Name", "Note", "On track"]);
    expect(rows).toEqual([["'=HYPERLINK(\"x\")", "'+1, -2", "Yes"], ["'@SUM(A1)", "plain", "No"]]);
  });
});
