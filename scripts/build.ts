import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

/** Next's command-line entry, run with this Node rather than through npx. */
export const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");

/** The production web server: `node <SERVE> <processes> --port <port>` (scripts/serve.mjs). */
export const SERVE = path.resolve(import.meta.dirname, "serve.mjs");

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "generated" || entry.name.startsWith(".")) continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds when there is no build, or when sources changed since the last one. */
export function buildIfNeeded(say: (line: string) => void) {
  const buildId = path.join(".next", "BUILD_ID");
  const built = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
  const sources = Math.max(...["app", "components", "lib"].map(newestSource));
  if (built > sources) return;
  say(built ? "Sources changed since the last build: building…" : "Building the portal (first start only, about a minute)…");
  const result = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (result.status !== 0) throw new Error("next build failed (see above).");
}


/** Polls the health endpoint until the app answers (true) or gives up after two minutes. */
export async function waitUntilServing(port: number): Promise<boolean> {
  for (let i = 0; i < 480; i++) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (res.ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}
