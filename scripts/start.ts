// npm start: database (embedded or DATABASE_URL) → migrations and the job queue's schema → demo seed
// when empty → build when needed → next start, and the job worker beside it (PORTAL_WORKER=off: not
// here). Stops everything cleanly on Ctrl-C and SIGTERM.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { applyMigrations } from "../lib/db/engine";
import { scriptEnv } from "../lib/env";
import { DATA_DIR, recordAppServer, resolveDatabase } from "../lib/db/resolve";
import { DEMO_PASSWORD } from "../prisma/seed/demo";
import { runSeed } from "../prisma/seed/run";
import { installJobs } from "../lib/jobs/boss";
import { buildIfNeeded, nextBin, SERVE, waitUntilServing } from "./build";
import { fail } from "./fail";

const dev = process.argv.includes("--dev");
// The database alone (migrated and seeded), kept running until Ctrl-C: for tools, and the start tests.
const databaseOnly = process.argv.includes("--database-only");
const config = scriptEnv();
const port = config.PORT;
const started = Date.now();
const say = (line: string) => console.log(`[portal] ${line}`);

function secret(): string {
  const given = config.NEXTAUTH_SECRET;
  if (given) return given;
  if (config.NODE_ENV === "production") {
    throw new Error("NEXTAUTH_SECRET is not set. In production set it to a long random value (openssl rand -base64 32); the portal will not start without it.");
  }
  const file = path.join(DATA_DIR, "nextauth-secret");
  if (!existsSync(file)) {
    mkdirSync(DATA_DIR, { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64"), { mode: 0o600 });
    say(`No NEXTAUTH_SECRET set: generated one for this machine in ${path.relative(process.cwd(), file)} (set NEXTAUTH_SECRET in production).`);
  }
  return readFileSync(file, "utf8").trim();
}

async function main() {
  // The project's own Node (the `node` package, decision 021), whatever the machine has.
  say(`Node ${process.version}.`);
  const authSecret = secret();
  const database = await resolveDatabase(undefined, say);
  say(database.embedded ? `Embedded PostgreSQL is running (data in ${path.relative(process.cwd(), DATA_DIR)}/postgres).` : "Using the database in DATABASE_URL.");
  // Where this portal's data lives, for tools on this machine (the browser tests seed their own
  // people through it); owner-only, since the URL may carry a password.
  mkdirSync(DATA_DIR, { recursive: true });
  writeFileSync(path.join(DATA_DIR, "database-url"), `${database.url}\n`, { mode: 0o600 });
  const running: { child?: ChildProcess; worker?: ChildProcess } = {};
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await Promise.all(
      [running.worker, running.child].map(async (child) => {
        if (!child || child.exitCode !== null || child.signalCode !== null) return;
        child.kill("SIGTERM");
        await new Promise((resolve) => child.once("exit", resolve));
      }),
    );
    await database.stop();
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));
  try {
    const applied = await applyMigrations(database.url);
    if (applied.length) say(`Applied migrations: ${applied.join(", ")}`);
    await installJobs(database.url);
    const { seeded } = await runSeed(database.url, { scale: 1, onlyIfEmpty: true });
    if (!seeded) say(`Demo sign-ins: see README.md (password ${DEMO_PASSWORD}).`);
    if (!dev && !databaseOnly) buildIfNeeded(say);
  } catch (error) {
    await database.stop();
    throw error;
  }

  if (databaseOnly) {
    say(`Database ready at ${database.url} (no web server: --database-only). Ctrl-C stops it.`);
    return;
  }

  // On the embedded database the worker keeps the last seven nightly backups under .data/backups.
  const backups = database.embedded && !process.env.BACKUP_DIR ? { BACKUP_DIR: path.join(DATA_DIR, "backups") } : {};
  const childEnv = { ...process.env, ...backups, DATABASE_URL: database.url, NEXTAUTH_SECRET: authSecret, NEXTAUTH_URL: config.NEXTAUTH_URL ?? `http://localhost:${port}`, NEXT_TELEMETRY_DISABLED: "1" };
  // Node runs next's own bin (no npx in between), so a SIGTERM reaches the server itself; in production
  // scripts/serve.mjs runs `next start` in WEB_PROCESSES processes sharing the port.
  const child = dev
    ? spawn(process.execPath, [nextBin, "dev", "--port", String(port)], { stdio: "inherit", env: childEnv })
    : spawn(process.execPath, [SERVE, String(config.WEB_PROCESSES), "--port", String(port)], { stdio: "inherit", env: childEnv });
  running.child = child;
  if (database.embedded) recordAppServer(child.pid);
  child.on("exit", (code) => void stop(code ?? 0));
  if (config.PORTAL_WORKER === "on") {
    // A worker that dies (a bug, the database gone for good) comes back: its jobs wait in the queue meanwhile.
    const startWorker = () => {
      const worker = spawn(process.execPath, ["--import", "tsx", "--import", "./scripts/allow-server-only.mjs", "scripts/worker.ts"], { stdio: "inherit", env: childEnv });
      running.worker = worker;
      worker.on("exit", (code, signal) => {
        if (stopping) return;
        say(`The job worker stopped (${signal ?? `exit ${code}`}); starting it again in 5 s.`);
        setTimeout(() => !stopping && startWorker(), 5000).unref();
      });
    };
    startWorker();
  } else say("PORTAL_WORKER=off: no job worker here; run npm run worker beside the portal.");
  if (await waitUntilServing(port)) say(`Ready on http://localhost:${port} (${((Date.now() - started) / 1000).toFixed(1)} s after npm start).`);
}

main().catch(fail);
