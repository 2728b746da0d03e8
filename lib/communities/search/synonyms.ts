import "server-only";
// The words teachers use for the same subject or need ("maths" and "mathematics", "SEN" and
// "SEND"), so a search for one finds the others (decision 005). Kept in application code rather
// than a PostgreSQL thesaurus file, which managed servers do not let us install.
// Pure: shared by the search queries and their unit tests.

type SynonymGroup = {
  /** Interchangeable names: typing any one of them finds every one. */
  terms: readonly string[];
  /**
   * Shorter names a department goes by ("Languages"): an abbreviation or one of these finds the
   * group and these; a typed phrase ("modern foreign languages") is already narrower, so it does
   * not widen to them.
   */
  short?: readonly string[];
};

export const SYNONYM_GROUPS: readonly SynonymGroup[] = [
  { terms: ["maths", "mathematics", "math"] },
  { terms: ["PE", "physical education"] },
  { terms: ["RE", "religious education", "RS", "religious studies"] },
  { terms: ["D&T", "DT", "design and technology", "design technology"] },
  { terms: ["MFL", "modern foreign languages", "modern languages", "foreign languages"], short: ["languages"] },
  { terms: ["SEND", "SEN", "special educational needs"] },
  { terms: ["SENCO", "SENDCO", "special educational needs coordinator"] },
  { terms: ["EYFS", "early years", "early years foundation stage"] },
  { terms: ["computing", "ICT", "information technology"] },
  { terms: ["PSHE", "PSHCE", "personal social health and economic education"] },
  { terms: ["RSE", "relationships and sex education"] },
  { terms: ["EAL", "English as an additional language"] },
  { terms: ["SLCN", "speech and language", "speech language and communication"] },
  { terms: ["EHCP", "EHC plan", "education health and care plan"] },
  { terms: ["ECT", "early career teacher", "NQT", "newly qualified teacher"] },
  { terms: ["CPD", "professional development"] },
  { terms: ["DSL", "designated safeguarding lead"] },
  { terms: ["KS1", "key stage 1"] },
  { terms: ["KS2", "key stage 2"] },
  { terms: ["KS3", "key stage 3"] },
  { terms: ["KS4", "key stage 4"] },
  { terms: ["KS5", "key stage 5", "sixth form", "post-16"] },
];

/**
 * The searchable words of a text: lower case, letters and digits only. Everything else (operators,
 * quotes, backslashes, control characters) is a separator, so no word can carry tsquery syntax.
 */
export function words(text: string): string[] {
  return text.normalize("NFKC").toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

const key = (ws: readonly string[]) => ws.join(" ");

type Entry = { group: SynonymGroup; short: boolean };
const INDEX = new Map<string, Entry>();
for (const group of SYNONYM_GROUPS) {
  for (const t of group.terms) INDEX.set(key(words(t)), { group, short: false });
  for (const t of group.short ?? []) INDEX.set(key(words(t)), { group, short: true });
}

/** The most words any synonym has, so a caller knows how far ahead to look for a phrase. */
export const LONGEST_SYNONYM = Math.max(...[...INDEX.keys()].map((k) => k.split(" ").length));

/**
 * The alternatives for a word or phrase, each as its words, the typed one first; null when the
 * dictionary does not know it.
 */
export function synonymsOf(typed: readonly string[]): string[][] | null {
  const entry = INDEX.get(key(typed));
  if (!entry) return null;
  const { group } = entry;
  const widen = entry.short || typed.length === 1;
  const names = [...group.terms, ...(widen ? (group.short ?? []) : [])];
  const seen = new Set([key(typed)]);
  const out = [[...typed]];
  for (const n of names) {
    const ws = words(n);
    if (ws.length && !seen.has(key(ws))) {
      seen.add(key(ws));
      out.push(ws);
    }
  }
  return out;
}
