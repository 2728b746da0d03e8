// The production web server: `next start` in N processes sharing one port (node:cluster hands each new
// connection to the processes in turn), so a page's rendering uses every core rather than one. Sessions,
// rate limits and flash messages live in the database (decision 035), so any process answers any
// request. A process that dies is replaced; SIGTERM/SIGINT stop them all.
// node scripts/serve.mjs <processes> --port <port>   (npm start passes WEB_PROCESSES, checked in lib/env.ts)
import cluster from "node:cluster";
import { createRequire } from "node:module";

const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
const [processes, ...rest] = process.argv.slice(2);
const count = Number(processes);
const args = ["start", ...rest];

if (count === 1) {
  process.argv = [process.argv[0], nextBin, ...args];
  await import(nextBin);
} else {
  cluster.setupPrimary({ exec: nextBin, args });
  let stopping = false;
  const fork = () =>
    cluster.fork().on("exit", (code, signal) => {
      if (stopping) return;
      console.error(`[portal] A web server process stopped (${signal ?? `exit ${code}`}); starting another.`);
      setTimeout(() => !stopping && fork(), 1000).unref();
    });
  for (let i = 0; i < count; i++) fork();
  const stop = () => {
    stopping = true;
    const workers = Object.values(cluster.workers ?? {}).filter((w) => w && !w.isDead());
    if (!workers.length) process.exit(0);
    let left = workers.length;
    for (const worker of workers) {
      worker.once("exit", () => --left === 0 && process.exit(0));
      worker.process.kill("SIGTERM");
    }
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}
