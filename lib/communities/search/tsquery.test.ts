import { describe, expect, it } from "vitest";
import { createRng } from "@/prisma/seed/random";
import { searchTsquery } from "./tsquery";

/** Only words and our own operators, no empty operand, parentheses balanced. */
function wellFormed(out: string) {
  if (!/^[\p{L}\p{N} <\->|&!()]+$/u.test(out) || /\|\s*\||&\s*&|\(\s*\)|\|\s*\)|\(\s*\|/.test(out)) return false;
  let depth = 0;
  for (const c of out) {
    depth += c === "(" ? 1 : c === ")" ? -1 : 0;
    if (depth < 0) return false;
  }
  return depth === 0;
}

describe("searchTsquery", () => {
  it.each([
    // The words are ANDed, each ORed with its synonyms.
    ["phonics", "phonics"],
    ["Maths mastery", "(maths | mathematics | math) & mastery"],
    ["PE", "(pe | physical <-> education)"],
    ["physical education", "(physical <-> education | pe)"],
    ["early years phonics", "(early <-> years | eyfs | early <-> years <-> foundation <-> stage) & phonics"],
    // The parts of a hyphenated or joined word stay together as a phrase.
    ["A-level chemistry", "a <-> level & chemistry"],
    ["D&T", "(d <-> t | dt | design <-> and <-> technology | design <-> technology)"],
    ["design and technology", "(design <-> and <-> technology | d <-> t | dt | design <-> technology)"],
    ["children’s reading", "children <-> s & reading"],
    // Quoted phrases, or and -word are kept.
    ['"early reading" or phonics', "(early <-> reading | phonics)"],
    ["“maths”", "maths"],
    ["reading -maths", "reading & !(maths | mathematics | math)"],
    ['-"times tables" ks2', "!(times <-> tables) & (ks2 | key <-> stage <-> 2)"],
    ["or phonics or", "phonics"],
  ])("reads %s as %s", (query, tsquery) => {
    expect(searchTsquery(query)).toBe(tsquery);
  });

  it("has nothing to search for in punctuation, operators or blanks", () => {
    for (const q of ["", "   ", "!!!", "&|:*()<->", "\u0000", '""', "-", "or"]) expect(searchTsquery(q)).toBeNull();
  });

  it("lets no operator, quote, backslash or control character through from the input", () => {
    expect(searchTsquery("maths:* | !science & 'x' \\ \u0000 <-> (a)")).toBe("(maths | mathematics | math) & science & x & a");
    const alphabet = ["a", "é", "1", " ", '"', "'", "\\", "\u0000", "\u0007", "!", "|", "&", ":", "*", "(", ")", "<", ">", "-", "or", "pe", "d&t", "’", "\u{1F600}", "\uD800"];
    const rng = createRng(20260701);
    const bad: string[] = [];
    for (let n = 0; n < 2000; n++) {
      const q = Array.from({ length: rng.int(0, 30) }, () => rng.pick(alphabet)).join("");
      const out = searchTsquery(q);
      if (out !== null && !wellFormed(out)) bad.push(`${JSON.stringify(q)} -> ${out}`);
    }
    expect(bad).toEqual([]);
  });

  it("caps the size of the query", () => {
    const out = searchTsquery("maths ".repeat(500)) ?? "";
    expect(out.split(" & ").length).toBeLessThanOrEqual(24);
    expect(searchTsquery("x-".repeat(200))?.split(" <-> ").length).toBe(16);
    expect(searchTsquery("y".repeat(300))).toBe("y".repeat(100));
  });
});
