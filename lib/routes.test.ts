import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { routes, withHash, withQuery } from "./routes";

const APP = path.resolve(import.meta.dirname, "../app");

/** Every page.tsx and route.ts under app/, as a pattern over its URL: route groups "(x)" and private
 *  folders "_x" add no segment, "[x]" is one segment, "[...x]" one or more. */
function appPatterns(dir = APP, segments: string[] = []): RegExp[] {
  const found: RegExp[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isFile() && /^(page\.tsx|route\.ts)$/.test(entry.name)) {
      found.push(new RegExp(`^/${segments.join("/")}$`));
    } else if (entry.isDirectory() && !entry.name.startsWith("_")) {
      const name = entry.name;
      const segment = /^\(.*\)$/.test(name) ? null : /^\[\.\.\..+\]$/.test(name) ? "[^?#]+" : /^\[.+\]$/.test(name) ? "[^/?#]+" : name.replace(/[.]/g, "\\.");
      found.push(...appPatterns(path.join(dir, name), segment ? [...segments, segment] : segments));
    }
  }
  return found;
}

const patterns = appPatterns();
const answered = (url: string) => patterns.some((p) => p.test(url.replace(/[?#].*$/, "")));

describe("routes", () => {
  it("finds the app's pages", () => {
    expect(answered("/")).toBe(true);
    expect(answered("/staff/abc/edit")).toBe(true);
    expect(answered("/reviews/actions/abc")).toBe(false);
    expect(answered("/staff/abc/nope")).toBe(false);
  });

  it.each(Object.entries(routes))("%s is a page under app/", (_, make) => {
    const args = Array.from({ length: make.length }, (_, i) => `id${i}`);
    const url = (make as (...a: string[]) => string)(...args);
    expect(url).toMatch(/^\//);
    expect(answered(url)).toBe(true);
  });

  it("adds a query or a hash to a path without changing which page answers it", () => {
    expect(withQuery(routes.verification(), "school=a")).toBe("/verification?school=a");
    expect(withQuery(routes.verification(), "")).toBe("/verification");
    expect(withHash(routes.person("p1"), "employment-heading")).toBe("/staff/p1#employment-heading");
  });
});
