// npm start after a hard kill, and beside another running portal: it says what holds the data
// directory, and stops this portal's own orphaned PostgreSQL instead of printing "undefined".
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { isRunning, runningServer, stopProcess } from "@/lib/db/embedded";

const DATA = ".data/start-orphan-test";
const env = { ...process.env, DATABASE_URL: "", NEXTAUTH_SECRET: "x".repeat(32), NODE_ENV: "", PORTAL_DATA_DIR: DATA } as unknown as NodeJS.ProcessEnv;
const args = ["--import", "tsx", "scripts/start.ts", "--database-only"];
const holder = () => JSON.parse(readFileSync(path.join(DATA, "portal.pid"), "utf8")) as { pid: number };
const started: ChildProcess[] = [];

/** Starts the portal's database; resolves with the process and its output once it is ready. */
function startPortal(): Promise<{ child: ChildProcess; out: () => string }> {
  const child = spawn(process.execPath, args, { env });
  started.push(child);
  let out = "";
  return new Promise((resolve, reject) => {
    const read = (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes("Database ready")) resolve({ child, out: () => out });
    };
    child.stdout.on("data", read);
    child.stderr.on("data", read);
    child.on("exit", (code) => reject(new Error(`start exited (${code}) before the database was ready:\n${out}`)));
  });
}

rmSync(DATA, { recursive: true, force: true });

afterAll(async () => {
  for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill("SIGINT");
  await new Promise((resolve) => setTimeout(resolve, 500));
  const left = runningServer(path.join(DATA, "postgres"));
  if (left) await stopProcess(left.pid);
  rmSync(DATA, { recursive: true, force: true });
}, 60_000);

it("after the portal is killed with SIGKILL, the next start stops the orphaned PostgreSQL and starts", async () => {
  const first = await startPortal();
  expect(holder().pid).toBe(first.child.pid);
  const orphan = runningServer(path.join(DATA, "postgres"));
  expect(orphan).not.toBeNull();

  first.child.kill("SIGKILL");
  await new Promise((resolve) => first.child.once("exit", resolve));
  expect(isRunning(orphan!.pid)).toBe(true); // nothing stopped it

  const second = await startPortal();
  expect(second.out()).toContain(`PostgreSQL (pid ${orphan!.pid}, port ${orphan!.port}) was left running`);
  expect(second.out()).toContain("stopping it cleanly");
  expect(isRunning(orphan!.pid)).toBe(false);
  expect(holder().pid).toBe(second.child.pid);
}, 240_000);

it("a start beside a running portal names its pid and PostgreSQL's port, and exits 1", () => {
  const running = holder().pid;
  const server = runningServer(path.join(DATA, "postgres"));
  expect(server).not.toBeNull();
  const result = spawnSync(process.execPath, args, { env, encoding: "utf8", timeout: 60_000 });
  const out = `${result.stdout}${result.stderr}`;
  expect(result.status).toBe(1);
  expect(out).toContain(`Another portal (pid ${running}) is using ${DATA}/postgres (PostgreSQL pid ${server!.pid}, port ${server!.port}); stop it first`);
  expect(out).not.toContain("undefined");
  expect(out).not.toMatch(/\n\s+at /);
  expect(isRunning(server!.pid)).toBe(true); // the running portal is left alone
}, 90_000);

it("Ctrl-C stops the database and frees the data directory", async () => {
  const child = started.at(-1)!;
  const server = runningServer(path.join(DATA, "postgres"))!;
  child.kill("SIGINT");
  await new Promise((resolve) => child.once("exit", resolve));
  expect(isRunning(server.pid)).toBe(false);
  expect(() => holder()).toThrow();
}, 60_000);

it("Ctrl-C still stops the portal when its PostgreSQL has already died", async () => {
  const { child } = await startPortal();
  const server = runningServer(path.join(DATA, "postgres"))!;
  await stopProcess(server.pid, "SIGKILL");
  child.kill("SIGINT");
  const code = await new Promise((resolve) => child.once("exit", resolve));
  expect(code).toBe(0);
}, 60_000);
