// Decisions 001 and 035: every table carries trustId, so one database can serve many trusts and be sharded by trust.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const SCHEMA_DIR = path.resolve(import.meta.dirname, "../../prisma/schema");

/** Tables without trustId, each for a reason (decision 035). */
const WITHOUT_TRUST_ID: Record<string, string> = {
  Trust: "the trust itself (its id is the key every other table carries)",
  RateLimitBucket: "counts sign-in attempts by email and address before anyone, or their trust, is known",
};

function models(): { name: string; body: string }[] {
  const out: { name: string; body: string }[] = [];
  for (const file of readdirSync(SCHEMA_DIR).filter((f) => f.endsWith(".prisma"))) {
    const text = readFileSync(path.join(SCHEMA_DIR, file), "utf8");
    for (const m of text.matchAll(/^model (\w+) \{\n([\s\S]*?)^\}/gm)) out.push({ name: m[1]!, body: m[2]! });
  }
  return out;
}

describe("trustId on every table", () => {
  it("finds the schema's models", () => {
    expect(models().length).toBeGreaterThan(50);
  });

  it("is a required uuid column of every model but the allowed few", () => {
    const lacking = models()
      .filter((m) => !(m.name in WITHOUT_TRUST_ID))
      .filter((m) => !/^\s*trustId\s+String\s+(?:@\S+\s+)*@db\.Uuid\b/m.test(m.body))
      .map((m) => m.name);
    expect(lacking).toEqual([]);
  });

  it("allows only models that exist and truly lack it", () => {
    const byName = new Map(models().map((m) => [m.name, m.body]));
    for (const name of Object.keys(WITHOUT_TRUST_ID)) {
      expect(byName.has(name)).toBe(true);
      expect(byName.get(name)).not.toMatch(/^\s*trustId\s/m);
    }
  });
});
