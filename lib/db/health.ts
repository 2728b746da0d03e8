import "server-only";
import { db } from "./client";

/** One cheap query with a deadline; the pool reconnects by itself once the server is back. */
export async function databaseHealth(timeoutMs = 2000): Promise<{ up: boolean; latencyMs: number }> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      db().$queryRaw`SELECT 1`,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error("timeout")), timeoutMs);
      }),
    ]);
    return { up: true, latencyMs: Math.round(performance.now() - started) };
  } catch {
    return { up: false, latencyMs: Math.round(performance.now() - started) };
  } finally {
    clearTimeout(timer);
  }
}
