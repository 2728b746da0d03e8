// The job queues (docs/decisions/020-job-queue.md): each a name, the zod schema of its payload and its
// retry policy. Handlers live apart (handlers.ts), so a command that enqueues imports only this file.
// Not `server-only`: the worker and the install step run it under plain tsx.
import { z } from "zod";
import { NOTIFICATION_QUEUES, NOTIFICATION_SCHEDULES } from "@/lib/notifications/queues";

const uuid = z.uuid();

export type QueuePolicy = {
  /** Attempts after the first before the job is dead (lands on /admin/jobs). */
  retryLimit: number;
  /** Seconds before the first retry; doubled (with jitter) each time up to retryDelayMax. */
  retryDelay: number;
  retryDelayMax: number;
  /** A job running longer than this is taken to have died with its worker and is retried. */
  expireInSeconds: number;
  /** "singleton": at most one job queued per singletonKey (a debounced refresh); else every send is a job. */
  policy?: "standard" | "stately";
};

const DEFAULT: QueuePolicy = { retryLimit: 5, retryDelay: 30, retryDelayMax: 3600, expireInSeconds: 300 };

export const QUEUES = {
  /** One message, through SMTP or to the .eml outbox (lib/mail/send.ts). */
  "mail.send": {
    payload: z.object({
      trustId: uuid,
      to: z.object({ name: z.string(), address: z.string() }),
      subject: z.string().min(1),
      text: z.string(),
    }),
    // SMTP outages last minutes to hours: eight tries over about four hours.
    policy: { ...DEFAULT, retryLimit: 8, retryDelay: 60 },
  },
  /** The trust's computed governance metrics for the current academic year (lib/governance/store.ts). */
  "governance.refresh": {
    payload: z.object({ trustId: uuid }),
    // stately: one waiting refresh per trust, however many writes asked for it.
    policy: { ...DEFAULT, policy: "stately" },
  },
  /** Nightly: a governance refresh for every trust. */
  "governance.refresh-all": { payload: z.object({}), policy: DEFAULT },
  /** Nightly: expired sessions, spent invitations' rate-limit rows, lapsed rate-limit buckets. */
  "maintenance.sweep": { payload: z.object({}), policy: DEFAULT },
  ...NOTIFICATION_QUEUES,
} as const satisfies Record<string, { payload: z.ZodType; policy: QueuePolicy }>;

export type QueueName = keyof typeof QUEUES;
export type Payload<N extends QueueName> = z.output<(typeof QUEUES)[N]["payload"]>;
export const QUEUE_NAMES = Object.keys(QUEUES) as QueueName[];

/** Recurring work, in the trust's time zone (cron: minute hour day month weekday). */
export const SCHEDULES: { name: QueueName; cron: string }[] = [
  { name: "governance.refresh-all", cron: "30 2 * * *" },
  { name: "maintenance.sweep", cron: "15 3 * * *" },
  ...NOTIFICATION_SCHEDULES,
];
export const SCHEDULE_TZ = "Europe/London";

export const JOB_SCHEMA = "pgboss";
