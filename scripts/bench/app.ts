// The built app as the bench serves it: `next start` on a port of its own against the bench database
// (the pages' instance, and the second instance of the access-log comparison).
import { spawn } from "node:child_process";
import { encode } from "next-auth/jwt";
import type { Db } from "../../lib/db/client";
import { freePort } from "../../lib/db/embedded";
import { scriptEnv } from "../../lib/env";
import { SERVE, waitUntilServing } from "../build";

/**
 * The built app on a port of its own against `url`, with `extra` settings, served as npm start serves it
 * (scripts/serve.mjs: WEB_PROCESSES processes, unset one per core, at most 4); stop() ends it.
 */
export async function startApp(url: string, secret: string, extra: Record<string, string>, processes = scriptEnv().WEB_PROCESSES): Promise<{ base: string; stop: () => void }> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const app = spawn(process.execPath, [SERVE, String(processes), "--port", String(port)], {
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

export const BENCH_SECRET = "bench-secret-not-for-production-0000";

/**
 * A signed-in cookie for `email`, minted as the portal mints it after a password (and code) sign-in:
 * a Session row and next-auth's JWT naming it. The sign-in itself is a server action with a second
 * factor for admins, heads and trustees, which a script cannot post; the pages measured are the same.
 */
export async function signInCookie(prisma: Db, email: string, secret: string): Promise<string> {
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true, trustId: true } });
  if (!user) throw new Error(`No user ${email} in the bench data.`);
  const session = await prisma.session.create({ data: { trustId: user.trustId, userId: user.id, method: "PASSWORD", expiresAt: new Date(Date.now() + 8 * 3_600_000) } });
  const token = await encode({ token: { sub: user.id, uid: user.id, sid: session.id }, secret, maxAge: 8 * 3600 });
  return `next-auth.session-token=${token}`;
}
