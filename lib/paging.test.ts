import { describe, expect, it } from "vitest";
import { pageOf, pageWindow } from "./paging";

describe("pageOf", () => {
  const rows = Array.from({ length: 53 }, (_, i) => i);
  it("slices the page asked for, with the count of pages and of all rows", () => {
    expect(pageOf(rows, 2, 25)).toEqual({ rows: rows.slice(25, 50), page: 2, pageCount: 3, total: 53 });
    expect(pageOf(rows, 3, 25).rows).toEqual([50, 51, 52]);
  });
  it("shows the last page for a page past the end, and page 1 of an empty list", () => {
    expect(pageOf(rows, 9, 25).page).toBe(3);
    expect(pageOf([], 4, 25)).toEqual({ rows: [], page: 1, pageCount: 1, total: 0 });
  });
});

describe("pageWindow", () => {
  it("skips the earlier pages and clamps to the last", () => {
    expect(pageWindow(53, 2, 25)).toEqual({ page: 2, pageCount: 3, skip: 25, take: 25 });
    expect(pageWindow(53, 7, 25)).toEqual({ page: 3, pageCount: 3, skip: 50, take: 25 });
    expect(pageWindow(0, 1, 25)).toEqual({ page: 1, pageCount: 1, skip: 0, take: 25 });
  });
});
