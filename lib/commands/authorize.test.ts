// Every command asks the permission registry (decision 008, issue 15 §4): no `authorize` that always says
// yes, whether written as `() => true` or as an "own" permission asked about the viewer's own id, which
// cannot be refused. Own-account commands ask about the account row they read instead.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const LIB = path.resolve(import.meta.dirname, "..");

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "generated" ? [] : sources(full);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith(".test.ts") ? [full] : [];
  });
}

/** `authorize` values (and registry questions) that cannot refuse anyone. */
const ALWAYS_YES = [
  /authorize\s*:\s*(async\s*)?\(?[\w\s,]*\)?\s*=>\s*(true|!0|1)\b/,
  // An "own" permission asked about the viewer themselves, in `authorize` or a helper it calls.
  /\bcan\(\s*(viewer|v)\s*,[^\n]*\{\s*userId\s*:\s*(viewer|v)\.userId\s*\}/,
];

export const alwaysYes = (text: string) => text.split("\n").filter((line) => ALWAYS_YES.some((re) => re.test(line)));

describe("command authorization", () => {
  it("the check finds the shapes it is meant to", () => {
    expect(alwaysYes("  authorize: () => true,")).toHaveLength(1);
    expect(alwaysYes("  authorize: (viewer) => true,")).toHaveLength(1);
    expect(alwaysYes('  authorize: (viewer) => can(viewer, "account:edit:own", { userId: viewer.userId }),')).toHaveLength(1);
    expect(alwaysYes('const ownAccount = (viewer: Viewer) => can(viewer, "account:edit:own", { userId: viewer.userId });')).toHaveLength(1);
    expect(alwaysYes('  authorize: (viewer) => canAny(viewer, "account:activate:own"),')).toHaveLength(0);
    expect(alwaysYes('  assertPermission(viewer, permission, { userId: account.id, trustId: account.trustId });')).toHaveLength(0);
  });

  it("no command in lib/ authorizes everyone", () => {
    const found = sources(LIB).flatMap((file) => alwaysYes(readFileSync(file, "utf8")).map((line) => `${path.relative(LIB, file)}: ${line.trim()}`));
    expect(found).toEqual([]);
  });
});
