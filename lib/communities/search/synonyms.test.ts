import { describe, expect, it } from "vitest";
import { LONGEST_SYNONYM, SYNONYM_GROUPS, synonymsOf, words } from "./synonyms";

describe("words", () => {
  it("keeps letters and digits only, in lower case", () => {
    expect(words("D&T")).toEqual(["d", "t"]);
    expect(words("A-level Chemistry")).toEqual(["a", "level", "chemistry"]);
    expect(words("KS2 \u0000 it's\\ 'x':*|!")).toEqual(["ks2", "it", "s", "x"]);
    expect(words("Ｍａｔｈｓ café")).toEqual(["maths", "café"]);
  });
});

describe("synonymsOf", () => {
  it("offers the other names of a subject, the typed one first", () => {
    expect(synonymsOf(["maths"])).toEqual([["maths"], ["mathematics"], ["math"]]);
    expect(synonymsOf(["pe"])).toEqual([["pe"], ["physical", "education"]]);
    expect(synonymsOf(["physical", "education"])).toEqual([["physical", "education"], ["pe"]]);
    expect(synonymsOf(["sen"])).toContainEqual(["send"]);
    expect(synonymsOf(["eyfs"])).toContainEqual(["early", "years"]);
    expect(synonymsOf(["d", "t"])).toContainEqual(["design", "and", "technology"]);
    expect(synonymsOf(["re"])).toContainEqual(["religious", "education"]);
  });

  it("widens an abbreviation to a department's short name, but not a typed phrase", () => {
    expect(synonymsOf(["mfl"])).toEqual(expect.arrayContaining([["languages"], ["modern", "foreign", "languages"]]));
    expect(synonymsOf(["languages"])).toContainEqual(["mfl"]);
    expect(synonymsOf(["modern", "foreign", "languages"])).not.toContainEqual(["languages"]);
  });

  it("knows nothing of other words", () => {
    expect(synonymsOf(["chemistry"])).toBeNull();
    expect(synonymsOf([])).toBeNull();
  });

  it("has no name in two groups, and no empty name", () => {
    const all = SYNONYM_GROUPS.flatMap((g) => [...g.terms, ...(g.short ?? [])].map((t) => words(t).join(" ")));
    expect(all.length).toBeGreaterThan(0);
    expect(all.filter((t) => t.length === 0)).toEqual([]);
    expect(new Set(all).size).toBe(all.length);
    expect(LONGEST_SYNONYM).toBeGreaterThanOrEqual(3);
  });
});
