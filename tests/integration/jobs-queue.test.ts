// The job queue (lib/jobs, decision 020): a job is enqueued in the transaction of the write that causes
// it, so a rolled-back write sends nothing and a committed one runs its handler exactly once; the
// health endpoint reports the queue and the worker; a worker killed mid-batch loses and repeats nothing.
import { spawn } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/health/route";
import { inviteUser } from "@/lib/accounts/invitations";
import { db } from "@/lib/db/client";
import { enqueue, jobSender } from "@/lib/jobs/enqueue";
import { startWorker, type Worker } from "@/lib/worker/worker";
import { type seedSmallTrust, smallTrustWithOutbox, type DemoKey } from "../support/fixtures";
import { outboxAfterJobs, runJobs } from "../support/jobs";

let trust: Awaited<ReturnType<typeof seedSmallTrust>>;
let v: Record<DemoKey, Awaited<ReturnType<typeof trust.viewer>>>;
beforeAll(async () => ({ trust, v } = await smallTrustWithOutbox("jobs")));

const jobs = (name: string) => db().$queryRawUnsafe<{ id: string; state: string }[]>(`SELECT id::text, state::text FROM pgboss.job WHERE name = $1`, name);
const mailFiles = () => readdirSync(path.join(process.env.PORTAL_DATA_DIR!, "mail")).filter((f) => f.endsWith(".eml"));
const mailTo = (i: number) => ({ trustId: trust.built.trust.id, to: { name: `Person ${i}`, address: `person${i}@example.org` }, subject: `Message ${i}`, text: `Hello ${i}` });

describe("enqueue in the write's transaction", () => {
  it("a rolled-back write leaves no job; a committed one runs its handler once", async () => {
    const before = (await jobs("mail.send")).length;
    await expect(
      db().$transaction(async (tx) => {
        await enqueue(tx, "mail.send", mailTo(1));
        throw new Error("the write failed");
      }),
    ).rejects.toThrow("the write failed");
    expect(await jobs("mail.send")).toHaveLength(before);

    // A refused command (a taken email) writes nothing and enqueues nothing either.
    const taken = await inviteUser.run(v.admin, { name: "Taken", email: "admin@northbridge.example", role: "TRUSTEE" });
    expect(taken).toMatchObject({ ok: false });
    expect(await jobs("mail.send")).toHaveLength(before);

    const done = await inviteUser.run(v.admin, { name: "Queue Trustee", email: "queue.trustee@example.org", role: "TRUSTEE" });
    expect(done).toMatchObject({ ok: true });
    expect(await jobs("mail.send")).toHaveLength(before + 1);
    expect((await outboxAfterJobs(v.admin)).messages.filter((m) => m.to.includes("queue.trustee"))).toHaveLength(1);
    // Run again: nothing is due, nothing is sent twice.
    expect(await runJobs()).toBe(0);
    expect(await db().mailMessage.count({ where: { toAddress: "queue.trustee@example.org" } })).toBe(1);
    expect((await jobs("mail.send")).every((j) => j.state === "completed")).toBe(true);
  });

  it("verifying CPD enqueues one refresh of the trust's computed metrics, however many verifications", async () => {
    const trustId = trust.built.trust.id;
    await db().$transaction(async (tx) => {
      for (let i = 0; i < 3; i++) await enqueue(tx, "governance.refresh", { trustId }, { singletonKey: trustId });
    });
    expect((await jobs("governance.refresh")).filter((j) => j.state === "created")).toHaveLength(1);
    await runJobs();
    const [done] = await db().$queryRawUnsafe<{ state: string; output: { period: string } }[]>(`SELECT state::text, output FROM pgboss.job WHERE name = 'governance.refresh'`);
    expect(done).toMatchObject({ state: "completed", output: { period: expect.stringMatching(/^\d{4}\/\d{2}$/) } });
  });

  it("the nightly sweep removes long-expired sessions and lapsed rate-limit windows, nothing current", async () => {
    const user = trust.built.users[0]!;
    const day = 86_400_000;
    const session = (expiresAt: Date) => ({ trustId: user.trustId, userId: user.id, method: "PASSWORD" as const, expiresAt });
    await db().session.createMany({ data: [session(new Date(Date.now() - 40 * day)), session(new Date(Date.now() - day)), session(new Date(Date.now() + day))] });
    await db().rateLimitBucket.createMany({ data: [{ key: "sweep:old", count: 5, resetAt: new Date(Date.now() - 60_000) }, { key: "sweep:now", count: 1, resetAt: new Date(Date.now() + 60_000) }] });
    const sessionsBefore = await db().session.count();
    await db().$transaction((tx) => enqueue(tx, "maintenance.sweep", {}));
    await runJobs();
    expect(await db().session.count()).toBe(sessionsBefore - 1);
    expect((await db().rateLimitBucket.findMany({ where: { key: { startsWith: "sweep:" } } })).map((b) => b.key)).toEqual(["sweep:now"]);
  });

  it("a payload its queue's schema refuses is a bug: it throws and enqueues nothing", async () => {
    const before = (await jobs("mail.send")).length;
    await expect(db().$transaction((tx) => enqueue(tx, "mail.send", { ...mailTo(2), trustId: "nope" }))).rejects.toThrow();
    expect(await jobs("mail.send")).toHaveLength(before);
  });
});

describe("the worker", () => {
  let worker: Worker | undefined;
  afterAll(async () => worker?.stop());

  it("killed in the middle of a batch, its restart finishes the rest: every job done exactly once", async () => {
    // Jobs held by a dead worker come back after expireInSeconds, then their retry delay: both short here.
    await (await jobSender()).updateQueue("mail.send", { expireInSeconds: 2, retryDelay: 1, retryBackoff: true, retryDelayMax: 1 });
    const count = 30;
    const ids = await db().$transaction(async (tx) => Promise.all(Array.from({ length: count }, (_, i) => enqueue(tx, "mail.send", mailTo(100 + i)))));
    const filesBefore = mailFiles().length;

    const child = spawn(process.execPath, ["--import", "tsx", "--import", "./scripts/allow-server-only.mjs", "scripts/worker.ts"], {
      env: { ...process.env, NODE_OPTIONS: "" },
      stdio: "ignore",
    });
    const sent = () => db().mailMessage.count({ where: { id: { in: ids as string[] } } });
    for (const until = Date.now() + 30_000; (await sent()) < 3 && Date.now() < until; ) await new Promise((r) => setTimeout(r, 50));
    child.kill("SIGKILL");
    await new Promise((resolve) => child.once("exit", resolve));
    const atKill = await sent();
    expect(atKill).toBeGreaterThanOrEqual(3);
    expect(atKill).toBeLessThan(count);

    worker = await startWorker(process.env.DATABASE_URL!, { pollingIntervalSeconds: 0.5, boss: { superviseIntervalSeconds: 1, monitorIntervalSeconds: 1 } });
    for (const until = Date.now() + 40_000; (await sent()) < count && Date.now() < until; ) await new Promise((r) => setTimeout(r, 200));
    expect(await sent()).toBe(count);
    // Each job's message once: one index row and one .eml file per job, whatever was in hand at the kill.
    const rows = await db().mailMessage.findMany({ where: { id: { in: ids as string[] } }, select: { id: true, fileName: true } });
    expect(new Set(rows.map((r) => r.id)).size).toBe(count);
    expect(mailFiles().length - filesBefore).toBe(count);
    for (const until = Date.now() + 20_000; Date.now() < until; await new Promise((r) => setTimeout(r, 200))) {
      const states = await db().$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM pgboss.job WHERE id = ANY($1::uuid[]) AND state = 'completed'`, ids);
      if (Number(states[0]!.n) === count) break;
    }
    const [{ n }] = (await db().$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM pgboss.job WHERE id = ANY($1::uuid[]) AND state = 'completed'`, ids)) as [{ n: bigint }];
    expect(Number(n)).toBe(count);
  }, 90_000);

  it("the health endpoint reports the worker's heartbeat and the queue's depth", async () => {
    const res = await GET();
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ status: "ok", worker: { up: true }, queue: { waiting: expect.any(Number), active: expect.any(Number), failed: expect.any(Number) } });
    expect(Date.now() - Date.parse(body.worker.lastHeartbeat)).toBeLessThan(60_000);

    // A stopped worker says so at once (a killed one goes quiet after three missed heartbeats).
    await worker!.stop();
    worker = undefined;
    await db().$transaction((tx) => enqueue(tx, "mail.send", mailTo(999)));
    const after = await (await GET()).json();
    expect(after.worker.count).toBe(body.worker.count - 1);
    expect(after.queue.waiting).toBe(body.queue.waiting + 1);
  });
});
