import "server-only";
// What a user typed in a search box, as text for to_tsquery('english', …), with every term
// OR-ed with its synonyms (decision 005). It keeps what websearch_to_tsquery offered: "quoted
// phrases", `or` between terms and -word to exclude. The output is built only from words of
// letters and digits and the operators written here, so nothing the user types (quotes,
// backslashes, NUL, `!`, `|`, `:*`) reaches the tsquery parser as syntax. Pure, unit-tested.
import { LONGEST_SYNONYM, synonymsOf, words } from "./synonyms";

const MAX_INPUT = 500;
const MAX_TERMS = 24;
const MAX_WORD = 100;
const MAX_PHRASE = 16;
// Inside one chunk these join the parts of a word ("A-level", "D&T", "children's") into a phrase;
// any other character that is not a letter or digit separates words.
const SEPARATOR = /[^\p{L}\p{N}\-\u2010-\u2013&'\u2019\u02bc._]+/u;

type Term = { or: false; words: string[]; quoted: boolean; negated: boolean };
type Token = { or: true } | Term;
type Node = { alternatives: string[][]; negated: boolean };

function lex(q: string): Token[] {
  const text = q
    .slice(0, MAX_INPUT)
    .normalize("NFKC")
    .replace(/[\u201c\u201d\u201e\u00ab\u00bb]/gu, '"')
    .replace(/\p{Cc}/gu, " ");
  const out: Token[] = [];
  const push = (ws: string[], quoted: boolean, negated: boolean) => {
    if (ws.length) out.push({ or: false, words: ws.slice(0, MAX_PHRASE).map((w) => w.slice(0, MAX_WORD)), quoted, negated });
  };
  for (const m of text.matchAll(/(-*)"([^"]*)(?:"|$)|([^\s"]+)/gu)) {
    if (m[2] !== undefined) {
      push(words(m[2]), true, m[1] !== "");
      continue;
    }
    const chunk = m[3] ?? "";
    if (chunk.toLowerCase() === "or") {
      out.push({ or: true });
      continue;
    }
    const negated = /^-+[^-]/u.test(chunk);
    for (const part of chunk.replace(/^-+/u, "").split(SEPARATOR)) push(words(part), false, negated);
  }
  return out;
}

/** Replaces each plain term, or run of plain terms, that the dictionary knows by its alternatives. */
function expand(tokens: Token[]): (Node | "or")[] {
  const out: (Node | "or")[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    if (t.or) {
      out.push("or");
      i++;
      continue;
    }
    let taken = 1;
    let alternatives: string[][] | null = null;
    if (!t.quoted) {
      for (let n = Math.min(LONGEST_SYNONYM, tokens.length - i); n >= 1 && !alternatives; n--) {
        const span = tokens.slice(i, i + n);
        // A phrase spans plain words only: never an `or`, a quoted phrase or an excluded word.
        if (n > 1 && !span.every((s) => !s.or && !s.quoted && !s.negated)) continue;
        alternatives = synonymsOf(span.flatMap((s) => (s.or ? [] : s.words)));
        if (alternatives) taken = n;
      }
    }
    out.push({ alternatives: alternatives ?? [t.words], negated: t.negated });
    i += taken;
  }
  return out;
}

function render(node: Node): string {
  const alts = node.alternatives.map((ws) => ws.join(" <-> "));
  if (node.negated) return `!(${alts.join(" | ")})`;
  return alts.length > 1 ? `(${alts.join(" | ")})` : (alts[0] ?? "");
}

/**
 * to_tsquery text for what the user typed: terms AND-ed, `or` joining its neighbours, each term
 * OR-ed with its synonyms, phrases as `<->`. Null when nothing searchable was typed.
 */
export function searchTsquery(q: string): string | null {
  const clauses: Node[][] = [];
  let joinNext = false;
  let terms = 0;
  for (const item of expand(lex(q))) {
    if (item === "or") {
      joinNext = clauses.length > 0;
      continue;
    }
    if (++terms > MAX_TERMS) break;
    const last = clauses[clauses.length - 1];
    if (joinNext && last) last.push(item);
    else clauses.push([item]);
    joinNext = false;
  }
  if (!clauses.length) return null;
  return clauses.map((c) => (c.length > 1 ? `(${c.map(render).join(" | ")})` : render(c[0] as Node))).join(" & ");
}
