// scripts/serve.mjs, npm start's web server (decision 044): processes that cannot start at all (here,
// no build where it is pointed) are not started again for ever; the server stops and says so.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { freePort } from "@/lib/db/embedded";

const empty = mkdtempSync(path.join(tmpdir(), "serve-no-build-"));
afterAll(() => rmSync(empty, { recursive: true, force: true }));

it("stops with a failing exit code after three processes in a row end as they start", async () => {
  const port = await freePort();
  const child = spawn(process.execPath, ["scripts/serve.mjs", "2", empty, "--port", String(port)], { stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (out += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  expect(code).toBe(1);
  expect(out).toContain("Could not find a production build");
  expect(out).toContain("[portal] The web server cannot start (exit 1)");
}, 120_000);
