// The notifications' figure (issue 17): a weekly digest to 1,000 people fully sent (every email
// written to the outbox, every entry marked sent) by the worker in under 30 s. Run by npm run bench
// after the pages, or alone: tsx --import ./scripts/allow-server-only.mjs scripts/bench/digest.ts
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createDatabase, dropDatabase } from "../../lib/db/admin";
import { startEmbedded } from "../../lib/db/embedded";
import { applyMigrations } from "../../lib/db/engine";

export const DIGEST_PEOPLE = 1000;
export const DIGEST_TARGET_MS = 30_000;

export async function benchDigest(url: string, log: (line: string) => void = console.log): Promise<number> {
  process.env.DATABASE_URL = url;
  process.env.NEXTAUTH_SECRET ??= "bench-secret-not-for-production-0000";
  process.env.PORTAL_DATA_DIR = mkdtempSync(path.join(tmpdir(), "portal-bench-digest-"));
  // Loaded now, so lib/env.ts reads the settings above.
  const { installJobs } = await import("../../lib/jobs/boss");
  const { db } = await import("../../lib/db/client");
  const { startDigests } = await import("../../lib/notifications/digest/mutations");
  const { startWorker } = await import("../../lib/worker/worker");
  const { stopJobSender } = await import("../../lib/jobs/enqueue");
  await installJobs(url);
  const trust = (await db().trust.findFirst()) ?? (await db().trust.create({ data: { name: "Bench Trust" } }));
  const stamp = Date.now();
  const users = Array.from({ length: DIGEST_PEOPLE }, (_, i) => ({ id: crypto.randomUUID(), trustId: trust.id, email: `bench.digest.${stamp}.${i}@example.invalid`, name: `Digest Person ${i}` }));
  await db().user.createMany({ data: users });
  const notes = users.flatMap((u) => [1, 2, 3].map((n) => ({ id: crypto.randomUUID(), trustId: trust.id, userId: u.id, kind: "cpd.verified", title: `Verified: course ${n}`, body: "It now counts towards your verified hours.", link: "/development" })));
  await db().notification.createMany({ data: notes });
  await db().notificationDelivery.createMany({ data: notes.map((n) => ({ trustId: n.trustId, notificationId: n.id, userId: n.userId, channel: "DIGEST" as const })) });
  const ids = users.map((u) => u.id);
  const pending = () => db().notificationDelivery.count({ where: { userId: { in: ids }, status: "PENDING" } });

  const worker = await startWorker(url, { pollingIntervalSeconds: 0.5, concurrency: 8 });
  try {
    const started = performance.now();
    await startDigests(new Date());
    while ((await pending()) > 0 && performance.now() - started < 5 * DIGEST_TARGET_MS) await new Promise((r) => setTimeout(r, 250));
    const ms = performance.now() - started;
    const sent = await db().mailMessage.count({ where: { toAddress: { startsWith: `bench.digest.${stamp}.` } } });
    log(`Weekly digest to ${DIGEST_PEOPLE.toLocaleString("en-GB")} people: ${sent.toLocaleString("en-GB")} emails sent in ${(ms / 1000).toFixed(1)} s (target < ${DIGEST_TARGET_MS / 1000} s).`);
    return ms;
  } finally {
    await worker.stop();
    await stopJobSender();
    await db().notification.deleteMany({ where: { userId: { in: ids } } });
    await db().user.deleteMany({ where: { id: { in: ids } } });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const server = await startEmbedded(path.resolve(".data/bench/postgres"));
  const url = server.url("portal_bench_digest");
  try {
    await dropDatabase(url);
    await createDatabase(url);
    await applyMigrations(url);
    await benchDigest(url);
  } finally {
    await server.stop();
  }
  process.exit(0);
}
