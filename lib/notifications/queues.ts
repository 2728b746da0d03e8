// The notifications' job queues, spread into lib/jobs/queues.ts (QUEUES, SCHEDULES) and their labels
// into the dead-letter page's (lib/jobs/failed.ts). Not `server-only`: the worker loads it.
import { z } from "zod";

const uuid = z.uuid();
// Sending mail: SMTP outages last minutes to hours, so eight tries over about four hours (as "mail.send").
const MAIL = { retryLimit: 8, retryDelay: 60, retryDelayMax: 3600, expireInSeconds: 300 };
const SWEEP = { retryLimit: 5, retryDelay: 30, retryDelayMax: 3600, expireInSeconds: 900 };

export const NOTIFICATION_QUEUES = {
  /** Emails (or files for the digest) the notifications of one write, each once (lib/notifications/mutations.ts). */
  "notification.deliver": { payload: z.object({ trustId: uuid, ids: z.array(uuid).min(1) }), policy: MAIL },
  /** Weekly digests of a batch of people (up to 50): each person's waiting entries in one email. */
  "notification.digest": { payload: z.object({ trustId: uuid, userIds: z.array(uuid).min(1).max(50) }), policy: MAIL },
  /** Weekly: a digest job for everyone with entries waiting. */
  "notification.digest-all": { payload: z.object({}), policy: SWEEP },
  /** Daily: reminders and what falls due (lib/notifications/sweeps), each keyed so a rerun adds nothing. */
  "notification.sweep": { payload: z.object({}), policy: SWEEP },
} as const;

export const NOTIFICATION_SCHEDULES: { name: keyof typeof NOTIFICATION_QUEUES; cron: string }[] = [
  // Monday 07:00, when quiet hours end.
  { name: "notification.digest-all", cron: "0 7 * * 1" },
  // 06:30 daily: its emails wait for 07:00 on a weekday like any other.
  { name: "notification.sweep", cron: "30 6 * * *" },
];

export const NOTIFICATION_JOB_LABELS: Record<keyof typeof NOTIFICATION_QUEUES, string> = {
  "notification.deliver": "Send notifications by email",
  "notification.digest": "Send a weekly digest email",
  "notification.digest-all": "Weekly: start the digest emails",
  "notification.sweep": "Daily: reminders and what falls due",
};
