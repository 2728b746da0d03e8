import { describe, expect, it } from "vitest";
import { z } from "zod";
import { dayField, hoursField, idField, isId, pageNumber, parseDecimal, searchText } from "./fields";
import { isCalendarDay } from "@/lib/dates";

describe("parseDecimal", () => {
  it.each([["1.5", 1.5], ["2", 2], [".75", 0.75], [" 3 ", 3], ["-1", -1]])("reads %s", (text, value) => expect(parseDecimal(text)).toBe(value));
  it.each(["0x10", "1e3", "Infinity", "1,5", "--1", "", "1.2.3"])("refuses %s", (text) => expect(parseDecimal(text)).toBeNaN());
});

describe("hoursField", () => {
  const hours = hoursField(200);
  it("accepts a decimal and refuses what is not one", () => {
    expect(hours.parse("1.5")).toBe(1.5);
    expect(hours.safeParse("0x10").success).toBe(false);
    expect(hours.safeParse("1e1").success).toBe(false);
  });
  it("refuses what rounds to no minute", () => {
    expect(hours.safeParse("0.001").success).toBe(false);
    expect(hours.parse("0.02")).toBe(0.02);
  });
  it("refuses more than the maximum", () => expect(hours.safeParse("200.5").success).toBe(false));
});

describe("dates", () => {
  it("knows real calendar days", () => {
    expect(isCalendarDay("2026-02-28")).toBe(true);
    expect(isCalendarDay("2024-02-29")).toBe(true);
    expect(isCalendarDay("2026-02-29")).toBe(false);
    expect(isCalendarDay("2026-02-30")).toBe(false);
    expect(isCalendarDay("2026-13-01")).toBe(false);
  });
  it("refuses impossible days and days outside the window", () => {
    const day = dayField("start date", { latest: () => "2026-11-26" });
    expect(day.safeParse("2026-02-30").success).toBe(false);
    expect(day.safeParse("0001-01-01").success).toBe(false);
    expect(day.safeParse("9999-12-31").success).toBe(false);
    expect(day.parse("2026-11-26")).toBe("2026-11-26");
  });
});

describe("URL parameters", () => {
  const params = z.object({ q: searchText(), page: pageNumber() });
  it("strips NUL from search text and never fails", () => {
    expect(params.parse({ q: "ph\u0000onics", page: "2" })).toEqual({ q: "phonics", page: 2 });
    expect(params.parse({ q: ["a", "b"], page: "1e400" })).toEqual({ q: "", page: 1 });
    expect(params.parse({})).toEqual({ q: "", page: 1 });
  });
  it.each(["0", "-3", "2.5", "1e400", "abc", "10001"])("reads page %s as 1", (page) => expect(params.parse({ page }).page).toBe(1));
});

describe("record ids", () => {
  const id = "0b5f1c2e-7d3a-4c1b-9e2f-3a4b5c6d7e8f";

  it("accepts what PostgreSQL's uuid accepts, in either case", () => {
    expect(isId(id)).toBe(true);
    expect(isId(id.toUpperCase())).toBe(true);
    expect(isId("00000000-0000-0000-0000-000000000000")).toBe(true);
  });

  it("refuses anything a uuid cast would throw on", () => {
    for (const bad of ["", "new", `${id} `, id.slice(1), `${id}0`, id.replaceAll("-", ""), "g".repeat(8) + id.slice(8), undefined, 42, [id]]) {
      expect(isId(bad)).toBe(false);
    }
  });

  it("gives a form its own message", () => {
    const field = idField("Choose a person.");
    expect(field.parse(id)).toBe(id);
    const result = z.object({ userId: field }).safeParse({ userId: "nobody" });
    expect(result.success ? null : result.error.issues[0]?.message).toBe("Choose a person.");
    expect(z.object({ userId: field }).safeParse({}).success).toBe(false);
  });
});
