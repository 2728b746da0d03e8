// Issue 21 §3's figure: the staff portfolio's p95 with the access log and without it. A second app
// instance on the same database runs with PORTAL_ACCESS_LOG=off; the two are measured in alternating
// rounds (one instance, then the other, ten requests each), so the machine's own drift falls on both.
import { startApp } from "./app";
import { p95 } from "./worker";

export const ACCESS_LOG_TOLERANCE = 0.1;
const ROUND = 10;

type Options = { url: string; secret: string; base: string; path: string; cookie: string; requests: number; log?: (line: string) => void };

export async function benchAccessLog({ url, secret, base, path, cookie, requests, log = console.log }: Options): Promise<void> {
  const off = await startApp(url, secret, { PORTAL_ACCESS_LOG: "off" });
  try {
    const hit = async (origin: string) => {
      const t = performance.now();
      const res = await fetch(`${origin}${path}`, { headers: { cookie }, redirect: "manual" });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`${origin}${path} answered ${res.status}.`);
      return performance.now() - t;
    };
    const times = { on: [] as number[], off: [] as number[] };
    for (let i = 0; i < ROUND; i++) await Promise.all([hit(base), hit(off.base)]); // warm both
    for (let done = 0; done < requests; done += ROUND) {
      for (let i = 0; i < ROUND; i++) times.on.push(await hit(base));
      for (let i = 0; i < ROUND; i++) times.off.push(await hit(off.base));
    }
    const [on, without] = [p95(times.on), p95(times.off)];
    const change = (on - without) / without;
    log("");
    log(`Staff portfolio (head), ${times.on.length} requests each, one at a time, in alternating rounds of ${ROUND} on two instances of the app:`);
    log(`    with the access log p95 ${on.toFixed(1)} ms; without it (PORTAL_ACCESS_LOG=off) p95 ${without.toFixed(1)} ms: ${change >= 0 ? "+" : ""}${(change * 100).toFixed(1)} % (target within ${ACCESS_LOG_TOLERANCE * 100} %).`);
  } finally {
    off.stop();
  }
}
