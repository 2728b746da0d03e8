// npm run worker: the job worker alone, for deployments that run several web instances (each of
// those can run `npm start` with PORTAL_WORKER=off). npm start runs one beside the web server.
// DATABASE_URL names the database; unset, the portal started on this machine by npm start.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { startWorker } from "../lib/worker/worker";
import { scriptEnv } from "../lib/env";
import { fail } from "./fail";

const say = (line: string) => console.log(`[worker] ${line}`);

function databaseUrl(): string {
  const { DATABASE_URL, PORTAL_DATA_DIR } = scriptEnv();
  if (DATABASE_URL) return DATABASE_URL;
  const file = path.resolve(PORTAL_DATA_DIR, "database-url");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  throw new Error("DATABASE_URL is not set and no portal is running here: set DATABASE_URL, or start the portal with npm start.");
}

async function main() {
  const url = databaseUrl();
  process.env.DATABASE_URL = url;
  // The app's settings module wants a secret; the worker signs nothing with it.
  process.env.NEXTAUTH_SECRET ??= "worker-signs-nothing-with-this-secret";
  // One job at a time per background queue (digests, sweeps, refreshes) leaves the web server beside
  // it a core on a small machine; the queues someone waits on keep their own four slots (lib/worker/worker.ts).
  const worker = await startWorker(url, { concurrency: 1, log: say });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    say("Stopping: finishing the jobs in hand.");
    await worker.stop();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
}

main().catch(fail);
