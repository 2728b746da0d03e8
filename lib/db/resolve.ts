// Which PostgreSQL the scripts use: DATABASE_URL when set, otherwise the embedded server in .data/postgres.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { scriptEnv } from "../env";
import { checkConnection, checkDatabaseUrl, createDatabase } from "./admin";
import { commandOf, isRunning, runningServer, startEmbedded, stopProcess } from "./embedded";

/** Local state (embedded database, generated secret). PORTAL_DATA_DIR lets tests keep theirs apart. */
export const DATA_DIR = path.resolve(process.cwd(), scriptEnv().PORTAL_DATA_DIR);

export type ResolvedDatabase = { url: string; embedded: boolean; stop: () => Promise<void> };

// Who holds the embedded database: this process, and the Next.js server it started (npm start).
type Holder = { pid: number; app?: number };
const holderFile = () => path.join(DATA_DIR, "portal.pid");

function readHolder(): Holder | null {
  try {
    return JSON.parse(readFileSync(holderFile(), "utf8")) as Holder;
  } catch {
    return null;
  }
}

/** Records the web server npm start runs on the embedded database, so a later start can stop it if orphaned. */
export function recordAppServer(pid: number | undefined): void {
  if (pid && readHolder()?.pid === process.pid) writeFileSync(holderFile(), JSON.stringify({ pid: process.pid, app: pid }));
}

/**
 * Makes the data directory this process's. A server left running by a portal that is still running is
 * refused with who and where; one orphaned by a portal that died (a hard kill, a crash) is stopped
 * cleanly, together with its orphaned web server, and the start carries on.
 */
async function claim(dataDir: string, say: (line: string) => void): Promise<void> {
  const holder = readHolder();
  const server = runningServer(dataDir);
  const shown = path.relative(process.cwd(), dataDir) || dataDir;
  if (holder && holder.pid !== process.pid && isRunning(holder.pid)) {
    const where = server ? ` (PostgreSQL pid ${server.pid}, port ${server.port})` : "";
    throw new Error(`Another portal (pid ${holder.pid}) is using ${shown}${where}; stop it first (Ctrl-C in its terminal, or kill ${holder.pid}).`);
  }
  if (holder?.app && isRunning(holder.app) && /next|serve\.mjs/.test(commandOf(holder.app))) {
    say(`Stopping the web server (pid ${holder.app}) left running by a portal that ended without stopping it.`);
    await stopProcess(holder.app, "SIGTERM");
  }
  if (server) {
    say(`PostgreSQL (pid ${server.pid}, port ${server.port}) was left running on ${shown} by a portal that ended without stopping it: stopping it cleanly.`);
    await stopProcess(server.pid, "SIGINT");
  }
  await mkdir(DATA_DIR, { recursive: true });
  writeFileSync(holderFile(), JSON.stringify({ pid: process.pid }));
}

/** The database of a portal running on this data directory (npm start), for tools beside it; null if none runs. */
export function runningPortalDatabase(): string | null {
  const holder = readHolder();
  if (!holder || holder.pid === process.pid || !isRunning(holder.pid)) return null;
  try {
    return readFileSync(path.join(DATA_DIR, "database-url"), "utf8").trim() || null;
  } catch {
    return null;
  }
}

function release(): void {
  if (readHolder()?.pid === process.pid) rmSync(holderFile(), { force: true });
}

export async function resolveDatabase(log: (line: string) => void = () => {}, say: (line: string) => void = console.log): Promise<ResolvedDatabase> {
  const configured = scriptEnv().DATABASE_URL;
  if (configured) {
    checkDatabaseUrl(configured);
    await checkConnection(configured);
    return { url: configured, embedded: false, stop: async () => {} };
  }
  const dataDir = path.join(DATA_DIR, "postgres");
  await claim(dataDir, say);
  let server: Awaited<ReturnType<typeof startEmbedded>> | undefined;
  try {
    server = await startEmbedded(dataDir, log);
    const url = server.url("portal");
    await createDatabase(url);
    const started = server;
    return {
      url,
      embedded: true,
      stop: async () => {
        await started.stop();
        release();
      },
    };
  } catch (error) {
    await server?.stop();
    release();
    throw error;
  }
}
