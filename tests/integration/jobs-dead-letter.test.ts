// SMTP down: a mail job is retried with back-off, then lands in the trust admin's failed jobs (what,
// why, when); once the server is back, "Retry" sends it, and "Discard" removes another. Only the trust
// admin sees the list or uses the buttons, and only for their own trust's jobs.
import { randomUUID } from "node:crypto";
import net from "node:net";
import { beforeAll, describe, expect, it } from "vitest";
import { inviteUser } from "@/lib/accounts/invitations";
import { db } from "@/lib/db/client";
import { jobSender } from "@/lib/jobs/enqueue";
import { discardJob, failedJobs, retryJob } from "@/lib/jobs/failed";
import { freePort } from "@/lib/db/embedded";
import { type seedSmallTrust, seedSmallTrust as seed, DEMO_KEYS, type DemoKey } from "../support/fixtures";
import { runJobs } from "../support/jobs";
import { expectOneAudit, notFound, notFoundResult } from "../support/writes";

// Nothing listens here until the test starts its SMTP server (lib/env.ts reads this on first use).
const smtpPort = await freePort();
process.env.SMTP_URL = `smtp://127.0.0.1:${smtpPort}`;

let trust: Awaited<ReturnType<typeof seedSmallTrust>>;
let v: Record<DemoKey, Awaited<ReturnType<typeof trust.viewer>>>;
beforeAll(async () => {
  trust = await seed();
  v = await trust.viewers();
  // Retries seconds apart rather than minutes, so the test sees the back-off through to the end.
  await (await jobSender()).updateQueue("mail.send", { retryLimit: 2, retryDelay: 1, retryBackoff: true, retryDelayMax: 2 });
});

/** A minimal SMTP server that accepts every message; resolves with a stop function and the received count. */
function smtpServer(port: number) {
  const received: string[] = [];
  const server = net.createServer((socket) => {
    let data = false;
    let body = "";
    socket.write("220 test ESMTP\r\n");
    socket.on("data", (chunk) => {
      for (const line of chunk.toString("utf8").split("\r\n")) {
        if (data) {
          if (line === ".") {
            data = false;
            received.push(body);
            body = "";
            socket.write("250 queued\r\n");
          } else body += `${line}\n`;
        } else if (/^(EHLO|HELO)/i.test(line)) socket.write("250 test\r\n");
        else if (/^DATA/i.test(line)) {
          data = true;
          socket.write("354 go ahead\r\n");
        } else if (/^QUIT/i.test(line)) socket.end("221 bye\r\n");
        else if (line) socket.write("250 ok\r\n");
      }
    });
  });
  return new Promise<{ received: string[]; stop: () => Promise<void> }>((resolve) =>
    server.listen(port, "127.0.0.1", () => resolve({ received, stop: () => new Promise((r) => server.close(() => r())) })),
  );
}

const stateOf = async (id: string) => (await db().$queryRawUnsafe<{ state: string; retry_count: number }[]>(`SELECT state::text, retry_count FROM pgboss.job WHERE id = $1::uuid`, id))[0];

/** Runs due jobs until the job is dead or `ms` pass (the retries wait their back-off). */
async function untilFailed(id: string, ms = 20_000) {
  for (const until = Date.now() + ms; Date.now() < until; await new Promise((r) => setTimeout(r, 250))) {
    await runJobs();
    if ((await stateOf(id))?.state === "failed") return;
  }
}

describe("dead letters", () => {
  let jobIds: string[] = [];

  it("with SMTP down, each invitation mail is retried with back-off, then listed as failed: what, why and when", async () => {
    for (const name of ["Dana Down", "Errol Error"]) {
      const email = `${name.split(" ")[0]!.toLowerCase()}@example.org`;
      expect(await inviteUser.run(v.admin, { name, email, role: "TRUSTEE" })).toMatchObject({ ok: true });
    }
    const rows = await db().$queryRawUnsafe<{ id: string }[]>(`SELECT id::text FROM pgboss.job WHERE name = 'mail.send' ORDER BY created_on`);
    jobIds = rows.map((r) => r.id);
    expect(jobIds).toHaveLength(2);
    for (const id of jobIds) await untilFailed(id);
    for (const id of jobIds) expect(await stateOf(id)).toEqual({ state: "failed", retry_count: 2 });

    const failed = await failedJobs(v.admin);
    expect(failed).toHaveLength(2);
    expect(failed[0]).toMatchObject({ what: "Send an email", attempts: 3, failedOn: expect.any(Date), createdOn: expect.any(Date) });
    expect(failed.map((f) => f.detail).sort()).toEqual([expect.stringContaining("dana@example.org"), expect.stringContaining("errol@example.org")]);
    expect(failed[0]!.why).toMatch(/ECONNREFUSED|connect/i);
    expect(await db().mailMessage.count()).toBe(0);
  }, 60_000);

  it("nobody but the trust admin sees the list or retries or discards: not found, and nothing changes", async () => {
    for (const key of DEMO_KEYS.filter((k) => k !== "admin")) {
      await expect(failedJobs(v[key])).rejects.toEqual(notFound);
      expect(await retryJob.run(v[key], { jobId: jobIds[0] })).toEqual(notFoundResult);
      expect(await discardJob.run(v[key], { jobId: jobIds[0] })).toEqual(notFoundResult);
    }
    // Another trust's admin does not see this trust's jobs, and cannot act on them.
    const otherAdmin = { ...v.admin, trustId: randomUUID() };
    expect(await failedJobs(otherAdmin)).toEqual([]);
    expect(await retryJob.run(otherAdmin, { jobId: jobIds[0] })).toEqual(notFoundResult);
    // A malformed or unknown id is a field error or not found, never a 500.
    expect(await retryJob.run(v.admin, { jobId: "not-an-id" })).toMatchObject({ ok: false, fieldErrors: { jobId: [expect.any(String)] } });
    expect(await retryJob.run(v.admin, { jobId: "00000000-0000-4000-8000-000000000000" })).toEqual(notFoundResult);
    for (const id of jobIds) expect((await stateOf(id))!.state).toBe("failed");
  });

  it("once SMTP is back, Retry sends the mail; Discard removes the other; each is audited", async () => {
    const smtp = await smtpServer(smtpPort);
    try {
      await expectOneAudit(() => retryJob.run(v.admin, { jobId: jobIds[0] }), "job.retry");
      await runJobs();
      expect(await stateOf(jobIds[0]!)).toMatchObject({ state: "completed" });
      expect(smtp.received).toHaveLength(1);
      expect(await db().mailMessage.count({ where: { id: jobIds[0] } })).toBe(1);

      await expectOneAudit(() => discardJob.run(v.admin, { jobId: jobIds[1] }), "job.discard");
      expect(await stateOf(jobIds[1]!)).toBeUndefined();
      expect(await failedJobs(v.admin)).toEqual([]);
      // A job no longer failed (sent, or discarded) cannot be retried or discarded again.
      expect(await retryJob.run(v.admin, { jobId: jobIds[0] })).toEqual(notFoundResult);
      expect(await discardJob.run(v.admin, { jobId: jobIds[1] })).toEqual(notFoundResult);
    } finally {
      await smtp.stop();
    }
  });
});
