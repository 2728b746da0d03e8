import { describe, expect, it } from "vitest";
import { staffDirectoryParams } from "./schema";

describe("the staff directory's URL", () => {
  it("shows 50 a page by default, so a small school (about 26 staff) fits on one page", () => {
    expect(staffDirectoryParams.parse({}).size).toBe(50);
    expect(staffDirectoryParams.parse({ size: "7" }).size).toBe(50);
    expect(staffDirectoryParams.parse({ size: "25" }).size).toBe(25);
    expect(staffDirectoryParams.parse({ size: "100" }).size).toBe(100);
  });
});
