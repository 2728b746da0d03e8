import { describe, expect, it } from "vitest";
import { compositionWarnings } from "./composition";

describe("a cluster's composition against the trust's model", () => {
  it("is silent for a secondary, a special school and two primaries", () => {
    expect(compositionWarnings(["SECONDARY", "SPECIAL", "PRIMARY", "PRIMARY", "NURSERY"])).toEqual([]);
  });
  it("names what is missing", () => {
    expect(compositionWarnings(["PRIMARY"])).toEqual(["has no secondary school", "has no special school", "has fewer than two primary schools"]);
    expect(compositionWarnings(["ALL_THROUGH", "SPECIAL", "PRIMARY"])).toEqual([]);
  });
});
