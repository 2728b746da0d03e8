// Decisions 034 and 045 (issue 22): a page's first load carries the client components it imports and
// everything they import statically, so a client module that reaches zod (a form's schema, about 32 kB
// compressed) or recharts (122 kB) puts that library into the first load of every page using it. Forms
// fetch their schema when first focused (`loadSchema`) and charts load their library near the screen;
// this walks the static imports of every "use client" module and fails when one reaches either again.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
/** Libraries that must load on demand only (dynamic import), never with a page. */
const ON_DEMAND = ["zod", "recharts"];

const leading = /^(?:\s*(?:\/\/[^\n]*\n|\/\*[\s\S]*?\*\/))*\s*["']use (client|server)["']/;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === "generated" || name === "node_modules" ? [] : sources(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

/** A module's static value imports and re-exports (type-only ones and `import()` are left out). */
function staticImports(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const out: string[] = [];
  for (const m of text.matchAll(/^(?:import|export)\s+(?!type\b)([^;]*?)\s+from\s+["']([^"']+)["']/gm)) out.push(m[2]!);
  for (const m of text.matchAll(/^import\s+["']([^"']+)["']/gm)) out.push(m[1]!);
  return out;
}

function resolve(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/") ? path.join(ROOT, specifier.slice(2)) : specifier.startsWith(".") ? path.resolve(path.dirname(from), specifier) : null;
  if (!base) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

const packageOf = (specifier: string) => (specifier.startsWith("@") ? specifier.split("/").slice(0, 2).join("/") : specifier.split("/")[0]!);

/** The on-demand libraries a client module reaches statically, each with the chain of modules that leads to it. */
function reached(entry: string): string[] {
  const found: string[] = [];
  const seen = new Set<string>();
  const walk = (file: string, chain: string[]) => {
    if (seen.has(file)) return;
    seen.add(file);
    // A server action module reaches the browser as references to its actions, not its code.
    if (file !== entry && leading.exec(readFileSync(file, "utf8"))?.[1] === "server") return;
    for (const specifier of staticImports(file)) {
      const local = resolve(file, specifier);
      if (local) walk(local, [...chain, path.relative(ROOT, local)]);
      else if (ON_DEMAND.includes(packageOf(specifier))) found.push(`${[...chain, specifier].join(" → ")}`);
    }
  };
  walk(entry, [path.relative(ROOT, entry)]);
  return found;
}

const all = ["app", "components", "lib"].flatMap((dir) => sources(path.join(ROOT, dir)));
const targets = (kind: "static" | "dynamic") =>
  new Set(
    all.flatMap((file) => {
      const specifiers = kind === "static" ? staticImports(file) : [...readFileSync(file, "utf8").matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]!);
      return specifiers.map((s) => resolve(file, s)).filter((f): f is string => f !== null);
    }),
  );
const imported = targets("static");
/** Client modules only ever loaded with import() (the chart library's wrapper): not in any first load. */
const onDemand = [...targets("dynamic")].filter((f) => !imported.has(f));
const clientModules = all.filter((f) => leading.exec(readFileSync(f, "utf8"))?.[1] === "client" && !onDemand.includes(f));

describe("a page's first load", () => {
  it("finds the client modules", () => {
    expect(clientModules.length).toBeGreaterThan(50);
  });

  it("leaves out only the modules loaded on demand (the charts' recharts wrapper)", () => {
    expect(onDemand.map((f) => path.relative(ROOT, f))).toContain("components/ui/RechartsCharts.tsx");
    expect(clientModules.map((f) => path.relative(ROOT, f))).toContain("components/ui/Charts.tsx");
  });

  it("finds a static import of zod through a schema module (the check can fail)", () => {
    expect(reached(path.join(ROOT, "lib/people/staff-schema.ts"))).toContain("lib/people/staff-schema.ts → zod");
  });

  it("carries neither zod nor recharts: client modules load them with import() only", () => {
    expect(clientModules.flatMap(reached)).toEqual([]);
  });
});
