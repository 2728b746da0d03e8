import { describe, expect, it } from "vitest";
import { staffDirectoryParams } from "./schema";

describe("the staff directory's URL", () => {
  it("takes a page size of 20, 25, 50 or 100, and none otherwise (the directory then decides: 50 for one school, 20 for many)", () => {
    expect(staffDirectoryParams.parse({}).size).toBeUndefined();
    expect(staffDirectoryParams.parse({ size: "7" }).size).toBeUndefined();
    expect(staffDirectoryParams.parse({ size: "20" }).size).toBe(20);
    expect(staffDirectoryParams.parse({ size: "25" }).size).toBe(25);
    expect(staffDirectoryParams.parse({ size: "100" }).size).toBe(100);
  });
});
