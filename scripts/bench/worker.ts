// The worker's figures (issue 17): (a) the delay from a write to its notification's email, p95 < 2 s,
// while the worker is busy with a backlog; (b) the web pages' p95 with a worker serving a backlog
// beside them within ±10 % of their p95 without one. The worker is `npm run worker`'s own process
// (scripts/worker.ts, its production settings), spawned against the bench database; the backlog is a
// weekly digest for BACKLOG_PEOPLE people (the heaviest scheduled work), enqueued just before.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Db } from "../../lib/db/client";
import { DEMO_EMAILS } from "../../prisma/seed/demo";

export const BACKLOG_PEOPLE = 3000;
export const WRITES = 40;
/** Two writes that notify a second: a busy morning for a trust, far above its average. */
export const WRITE_EVERY_MS = 500;
export const DELAY_TARGET_MS = 2000;
export const PAGE_TOLERANCE = 0.1;
/** A light, a middling and a heavy page (names as in the registry). */
export const WORKER_PAGES = ["Schools list (trustee, all schools)", "CPD school development (head, own school)", "CPD trust development (trust admin, all schools)"];

export type MeasuredPage = { name: string; measure: () => Promise<number[]> };
type Options = { url: string; prisma: Db; pages: MeasuredPage[]; log?: (line: string) => void };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** The 95th percentile of `times` (the bench's side figures: worker, access log). */
export const p95 = (times: number[]) => [...times].sort((a, b) => a - b)[Math.max(0, Math.ceil(0.95 * times.length) - 1)] ?? NaN;

async function stop(worker: ChildProcess) {
  if (worker.exitCode !== null || worker.signalCode !== null || !worker.pid) return;
  const exited = new Promise((r) => worker.once("exit", r));
  process.kill(-worker.pid, "SIGTERM");
  await exited;
}

async function spawnWorker(url: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "--import", "./scripts/allow-server-only.mjs", "scripts/worker.ts"], {
    stdio: ["ignore", "pipe", "inherit"],
    detached: true,
    env: { ...process.env, DATABASE_URL: url, PORTAL_DATA_DIR: mkdtempSync(path.join(tmpdir(), "portal-bench-worker-")), NOTIFY_QUIET_HOURS: "off" },
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => chunk.toString().includes("Serving") && resolve());
    child.on("exit", (code) => reject(new Error(`The worker exited (${code}) before serving.`)));
  });
  return child;
}

/** The backlog: BACKLOG_PEOPLE people with three digest entries each, and the Monday job's digest jobs for them. */
async function enqueueBacklog(prisma: Db, trustId: string): Promise<string[]> {
  const { startDigests } = await import("../../lib/notifications/digest/mutations");
  const stamp = Date.now();
  const users = Array.from({ length: BACKLOG_PEOPLE }, (_, i) => ({ id: crypto.randomUUID(), trustId, email: `bench.backlog.${stamp}.${i}@example.invalid`, name: `Backlog Person ${i}` }));
  await prisma.user.createMany({ data: users });
  const notes = users.flatMap((u) => [1, 2, 3].map((n) => ({ id: crypto.randomUUID(), trustId, userId: u.id, kind: "cpd.verified", title: `Verified: course ${n}`, body: "It now counts towards your verified hours.", link: "/development" })));
  await prisma.notification.createMany({ data: notes });
  await prisma.notificationDelivery.createMany({ data: notes.map((n) => ({ trustId: n.trustId, notificationId: n.id, userId: n.userId, channel: "DIGEST" as const })) });
  await startDigests(new Date());
  return users.map((u) => u.id);
}

const waitingJobs = async (prisma: Db) =>
  Number((await prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM pgboss.job WHERE state IN ('created', 'retry', 'active')`)[0]?.n ?? 0);

/** WRITES CPD records returned by the head, one every WRITE_EVERY_MS: each is a command that notifies its owner by email. */
async function timedWrites(prisma: Db): Promise<number[]> {
  const { loadViewer } = await import("../../lib/access/queries");
  const { verifyActivities } = await import("../../lib/cpd/commands");
  const headUser = await prisma.user.findUniqueOrThrow({ where: { email: DEMO_EMAILS.head } });
  const head = (await loadViewer(headUser.id))!;
  const school = head.roles.find((r) => r.role === "HEADTEACHER")!.schoolId!;
  const staff = await prisma.staffMember.findMany({ where: { schoolId: school, leaveDate: null, NOT: [{ userId: null }, { id: head.staff?.id }], user: { status: "ACTIVE" } }, take: 10, select: { id: true } });
  const day = new Date(Date.UTC(new Date().getUTCFullYear(), 0, 10));
  const activities = await prisma.cpdActivity.createManyAndReturn({
    data: Array.from({ length: WRITES }, (_, i) => ({ trustId: head.trustId, schoolId: school, staffMemberId: staff[i % staff.length]!.id, title: `Bench course ${i}`, type: "COURSE" as const, strand: "PROFESSIONAL_LEARNING" as const, startDate: day, endDate: day, minutes: 60, status: "SUBMITTED" as const, submittedAt: new Date() })),
    select: { id: true },
  });
  const committed = new Map<string, number>();
  for (const a of activities) {
    const result = await verifyActivities.run(head, { "ids[]": [a.id], decision: "return", reason: "Add the certificate." });
    if (!result.ok) throw new Error(`The bench write failed: ${result.message}`);
    committed.set(`/development/${a.id}`, Date.now());
    await sleep(WRITE_EVERY_MS);
  }
  const links = [...committed.keys()];
  const sent = () => prisma.notificationDelivery.findMany({ where: { channel: "EMAIL", status: "SENT", notification: { link: { in: links } } }, select: { sentAt: true, notification: { select: { link: true } } } });
  const deadline = Date.now() + 120_000;
  let rows = await sent();
  while (rows.length < links.length && Date.now() < deadline) {
    await sleep(500);
    rows = await sent();
  }
  if (rows.length < links.length) throw new Error(`Only ${rows.length} of ${links.length} notifications were emailed within 2 minutes.`);
  return rows.map((r) => r.sentAt!.getTime() - committed.get(r.notification.link)!);
}

export async function benchWorker({ url, prisma, pages, log = console.log }: Options): Promise<void> {
  const { installJobs } = await import("../../lib/jobs/boss");
  const { stopJobSender } = await import("../../lib/jobs/enqueue");
  await installJobs(url);
  const alone = new Map<string, number>();
  for (const page of pages) alone.set(page.name, p95(await page.measure()));

  const trust = await prisma.trust.findFirstOrThrow();
  const ids = await enqueueBacklog(prisma, trust.id);
  const worker = await spawnWorker(url);
  try {
    const before = await waitingJobs(prisma);
    const delays = await timedWrites(prisma);
    const afterWrites = await waitingJobs(prisma);
    const beside = new Map<string, number>();
    for (const page of pages) beside.set(page.name, p95(await page.measure()));
    const afterPages = await waitingJobs(prisma);

    log("");
    log(`Worker under load: a weekly digest for ${BACKLOG_PEOPLE.toLocaleString("en-GB")} people waiting (${before} jobs queued when it started; ${afterWrites} left after the writes, ${afterPages} after the pages). One worker process, npm run worker's settings.`);
    const d = p95(delays);
    log(`(a) Write to its notification emailed (${WRITES} CPD records returned, one every ${WRITE_EVERY_MS} ms): p50 ${[...delays].sort((x, y) => x - y)[Math.floor(delays.length / 2)]} ms, p95 ${d} ms, max ${Math.max(...delays)} ms (target p95 < ${DELAY_TARGET_MS} ms).`);
    await stop(worker);
    const again = new Map<string, number>();
    for (const page of pages) again.set(page.name, p95(await page.measure()));
    log(`(b) Pages' p95, one request at a time: without a worker, beside the busy worker, and without it again (the machine's own noise; target within ±${PAGE_TOLERANCE * 100} %):`);
    for (const page of pages) {
      const [a, b, c] = [alone.get(page.name)!, beside.get(page.name)!, again.get(page.name)!];
      const change = (b - (a + c) / 2) / ((a + c) / 2);
      log(`    ${page.name}: ${a.toFixed(1)} ms → ${b.toFixed(1)} ms → ${c.toFixed(1)} ms (beside the worker ${change >= 0 ? "+" : ""}${(change * 100).toFixed(1)} % of the two without)`);
    }
  } finally {
    await stop(worker);
    await stopJobSender();
    await prisma.$executeRaw`DELETE FROM pgboss.job WHERE name = 'notification.digest'`;
    await prisma.notification.deleteMany({ where: { userId: { in: ids } } });
    await prisma.user.deleteMany({ where: { id: { in: ids } } });
  }
}
