import "server-only";
// Dead letters: jobs that failed on every attempt, for the trust admin (/admin/jobs): what, why, when,
// and a retry or a discard, each a command (audited, in one transaction with the change to the job).
// A trust admin sees their own trust's jobs (the payload's trustId) and the installation's
// housekeeping (no trustId: nightly sweeps and refreshes, which carry no one's data).
import { fromPrisma } from "pg-boss";
import { z } from "zod";
import { can, type Viewer } from "@/lib/access/policy";
import { requirePermission } from "@/lib/access/where";
import { changed, command } from "@/lib/commands/command";
import type { Tx } from "@/lib/db/client";
import { routes } from "@/lib/routes";
import { idField } from "@/lib/validation/fields";
import { jobSender } from "./enqueue";
import { FAILED_OF_TRUST, failedJobRows, type FailedJobRow } from "./queries";
import { JOB_SCHEMA, QUEUE_NAMES, type QueueName } from "./queues";

export const JOB_LABELS: Record<QueueName, string> = {
  "mail.send": "Send an email",
  "governance.refresh": "Refresh the computed governance metrics",
  "governance.refresh-all": "Nightly: refresh every trust's computed metrics",
  "maintenance.sweep": "Nightly: remove expired sessions and sign-in limits",
  "maintenance.backup": "Nightly: back up the portal's database",
  "privacy.export": "Build a data export (subject access or development record)",
  "retention.nightly": "Nightly: list (or erase) what has passed its retention date",
  "notification.deliver": "Send notifications by email",
  "notification.digest": "Send a weekly digest email",
  "notification.digest-all": "Weekly: start the digest emails",
  "notification.sweep": "Daily: reminders and what falls due",
  "notification.mentor-lapses": "Weekly: tell mentors and tutors of lapsed ECT mentor meetings",
  "programme.offer-expire": "A waiting-list offer's 48 hours are up: pass the place on",
  "programme.follow-up": "Ask a course's attendee the six-week follow-up",
  "programme.sweep": "Hourly: lapsed course offers and due CPD follow-ups",
  "appraisal.sweep": "Daily: performance development windows opening or overdue",
  "voice.sweep": "Daily: staff survey invitations and reminders, workload checks",
};

/** What a failed job was for, in a line the admin can act on (an email's recipient and subject). */
function describe(row: FailedJobRow): string {
  const d = row.data ?? {};
  if (row.name === "mail.send") {
    const to = d.to as { name?: string; address?: string } | undefined;
    return `To ${to?.name ?? "?"} <${to?.address ?? "?"}>: ${String(d.subject ?? "")}`;
  }
  return JOB_LABELS[row.name as QueueName] ?? row.name;
}

export async function failedJobs(viewer: Viewer) {
  requirePermission(viewer, "jobs:manage");
  const rows = await failedJobRows(viewer.trustId);
  return rows.map((r) => ({
    id: r.id,
    queue: r.name,
    what: JOB_LABELS[r.name as QueueName] ?? r.name,
    detail: describe(r),
    why: r.output?.message ?? "No reason recorded.",
    attempts: r.retryCount + 1,
    createdOn: r.createdOn,
    failedOn: r.failedOn,
  }));
}

const jobForm = z.object({ jobId: idField("Choose a job.") });

/** A failed job of the viewer's trust, locked for the rest of the transaction; null when missing (a command's `load`). */
async function lockedFailedJob(tx: Tx, viewer: Viewer, { jobId: id }: { jobId: string }) {
  const [row] = await tx.$queryRawUnsafe<{ name: string }[]>(
    `SELECT name FROM ${JOB_SCHEMA}.job WHERE ${FAILED_OF_TRUST} AND id = $3::uuid FOR UPDATE`,
    QUEUE_NAMES,
    viewer.trustId,
    id,
  );
  return row ?? null;
}

const boss = jobSender;

export const retryJob = command({
  schema: jobForm,
  load: lockedFailedJob,
  authorize: (viewer) => can(viewer, "jobs:manage"),
  async work(tx, viewer, { jobId }, { name }) {
    await (await boss()).retry(name, jobId, { db: fromPrisma(tx) });
    return changed("Job", jobId, "job.retry", { before: { state: "failed" }, after: { state: "retry", queue: name } });
  },
  revalidate: () => [routes.adminJobs()],
  success: "The job is queued again.",
});

export const discardJob = command({
  schema: jobForm,
  load: lockedFailedJob,
  authorize: (viewer) => can(viewer, "jobs:manage"),
  async work(tx, viewer, { jobId }, { name }) {
    await (await boss()).deleteJob(name, jobId, { db: fromPrisma(tx) });
    return changed("Job", jobId, "job.discard", { before: { state: "failed", queue: name } });
  },
  revalidate: () => [routes.adminJobs()],
  success: "The job is discarded.",
});
