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
  // A process that stops within 10 s of starting most likely cannot start at all (no build, the port
  // taken): after three of those in a row the server stops with its code, as `next start` alone would.
  let quickFailures = 0;
  const fork = () => {
    const started = Date.now();
    cluster.fork().on("exit", (code, signal) => {
      if (stopping) return;
      quickFailures = Date.now() - started < 10_000 ? quickFailures + 1 : 0;
      if (quickFailures >= 3) {
        console.error(`[portal] The web server cannot start (exit ${code ?? signal}); see above.`);
        process.exitCode = code || 1;
        stop();
        return;
      }
      console.error(`[portal] A web server process stopped (${signal ?? `exit ${code}`}); starting another.`);
      setTimeout(() => !stopping && fork(), 1000);
    });
  };
  for (let i = 0; i < count; i++) fork();
  function stop() {
    stopping = true;
    const workers = Object.values(cluster.workers ?? {}).filter((w) => w && !w.isDead());
    if (!workers.length) process.exit();
    let left = workers.length;
    for (const worker of workers) {
      worker.once("exit", () => --left === 0 && process.exit());
      worker.process.kill("SIGTERM");
    }
  }
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}
