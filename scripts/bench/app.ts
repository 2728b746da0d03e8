// The built app as the bench serves it: `next start` on a port of its own against the bench database
// (the pages' instance, and the second instance of the access-log comparison).
import { spawn } from "node:child_process";
import { freePort } from "../../lib/db/embedded";
import { nextBin, waitUntilServing } from "../build";

/** The built app on a port of its own against `url`, with `extra` settings; stop() ends it. */
export async function startApp(url: string, secret: string, extra: Record<string, string>): Promise<{ base: string; stop: () => void }> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const app = spawn(process.execPath, [nextBin, "start", "--port", String(port)], {
    stdio: "ignore",
    env: { ...process.env, DATABASE_URL: url, NEXTAUTH_SECRET: secret, NEXTAUTH_URL: base, NODE_ENV: "production", DATABASE_POOL_SIZE: "10", ...extra },
    detached: true,
  });
  const stop = () => {
    if (app.pid && app.exitCode === null) process.kill(-app.pid, "SIGTERM");
  };
  if (!(await waitUntilServing(port))) {
    stop();
    throw new Error("The app did not start.");
  }
  return { base, stop };
}
