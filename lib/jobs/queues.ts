// The job queues (docs/decisions/020-job-queue.md): each a name, the zod schema of its payload and its
// retry policy. Handlers live apart (lib/worker/handlers.ts, above the domains whose work they run), so a command that enqueues imports only this file.
// Not `server-only`: the worker and the install step run it under plain tsx.
import { z } from "zod";

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

// The notifications' queues (lib/notifications, decision 023).
// Sending mail: SMTP outages last minutes to hours, so eight tries over about four hours (as "mail.send").
const MAIL = { retryLimit: 8, retryDelay: 60, retryDelayMax: 3600, expireInSeconds: 300 };
const SWEEP = { retryLimit: 5, retryDelay: 30, retryDelayMax: 3600, expireInSeconds: 900 };

const NOTIFICATION_QUEUES = {
  /** Emails (or files for the digest) the notifications of one write, each once (lib/notifications/mutations.ts). */
  "notification.deliver": { payload: z.object({ trustId: uuid, ids: z.array(uuid).min(1) }), policy: MAIL },
  /** Weekly digests of a batch of people (up to 50): each person's waiting entries in one email. */
  "notification.digest": { payload: z.object({ trustId: uuid, userIds: z.array(uuid).min(1).max(50) }), policy: MAIL },
  /** Weekly: a digest job for everyone with entries waiting. */
  "notification.digest-all": { payload: z.object({}), policy: SWEEP },
  /** Daily: reminders and what falls due (lib/notifications/sweeps), each keyed so a rerun adds nothing. */
  "notification.sweep": { payload: z.object({}), policy: SWEEP },
} as const;

/**
 * Jobs are fetched highest priority first. A person's write (a CPD record returned) is waited on; a
 * sweep's or digest's hundreds of emails are not, so they never queue in front of it (npm run bench).
 */
export const PRIORITY = { SCHEDULED: 0, PERSON: 10 } as const;

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
  /** A subject access export or a person's own development record, built into one ZIP (lib/privacy). */
  "privacy.export": { payload: z.object({ trustId: uuid, exportId: uuid }), policy: { ...DEFAULT, retryLimit: 3, expireInSeconds: 1800 } },
  /** Nightly, where BACKUP_DIR is set: a backup of the whole database, the last seven kept (lib/backup). */
  "maintenance.backup": { payload: z.object({}), policy: { ...DEFAULT, retryLimit: 3, expireInSeconds: 3600 } },
  /** Nightly: what has passed its retention date onto the review list, or erased in auto mode (lib/retention). */
  "retention.nightly": { payload: z.object({}), policy: { ...DEFAULT, retryLimit: 3, expireInSeconds: 3600 } },
  ...NOTIFICATION_QUEUES,
  /** Weekly: the mentor and tutor of each ECT whose mentor meetings have lapsed, once per lapse (lib/notifications/mentor-lapses). */
  "notification.mentor-lapses": { payload: z.object({}), policy: SWEEP },
  // The CPD programme (lib/programme/jobs.ts): each re-reads its row under a lock, so an early or repeated run changes nothing.
  /** At an offer's 48-hour deadline: unaccepted, it lapses and the next in line is offered the place. */
  "programme.offer-expire": { payload: z.object({ trustId: uuid, bookingId: uuid }), policy: DEFAULT },
  /** Six weeks after a course: ask the attendee what changed. */
  "programme.follow-up": { payload: z.object({ trustId: uuid, followUpId: uuid }), policy: DEFAULT },
  /** Hourly: lapsed offers and due follow-ups a delayed job missed, and follow-ups of long logged activities. */
  "programme.sweep": { payload: z.object({}), policy: SWEEP },
  /** Daily: performance development windows opening soon or closed with a step undone (lib/appraisal/sweep). */
  "appraisal.sweep": { payload: z.object({}), policy: SWEEP },
  /** Daily: staff survey invitations and reminders (lib/voice/mutations.ts), workload checks due (lib/workload/mutations.ts). */
  "voice.sweep": { payload: z.object({}), policy: DEFAULT },
} as const satisfies Record<string, { payload: z.ZodType; policy: QueuePolicy }>;

export type QueueName = keyof typeof QUEUES;
/** What a handler is told of its job (lib/worker/handlers.ts, and the domains' own handlers). */
export type JobContext = { id: string; retryCount: number; now: Date };
export type Payload<N extends QueueName> = z.output<(typeof QUEUES)[N]["payload"]>;
export const QUEUE_NAMES = Object.keys(QUEUES) as QueueName[];

/** Recurring work, in the trust's time zone (cron: minute hour day month weekday). */
export const SCHEDULES: { name: QueueName; cron: string }[] = [
  { name: "governance.refresh-all", cron: "30 2 * * *" },
  { name: "maintenance.sweep", cron: "15 3 * * *" },
  { name: "maintenance.backup", cron: "0 2 * * *" },
  // 03:30, after the backup: what is erased tonight is still in last night's backup for a week.
  { name: "retention.nightly", cron: "30 3 * * *" },
  // Monday 07:00, when quiet hours end.
  { name: "notification.digest-all", cron: "0 7 * * 1" },
  // 06:30 daily: its emails wait for 07:00 on a weekday like any other.
  { name: "notification.sweep", cron: "30 6 * * *" },
  // Monday 06:45: last week's lapses, told when quiet hours end.
  { name: "notification.mentor-lapses", cron: "45 6 * * 1" },
  { name: "programme.sweep", cron: "5 * * * *" },
  { name: "appraisal.sweep", cron: "40 6 * * *" },
  { name: "voice.sweep", cron: "45 6 * * *" },
];
export const SCHEDULE_TZ = "Europe/London";

export const JOB_SCHEMA = "pgboss";
