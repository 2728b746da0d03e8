// The worker: serves every queue from this process. Any number of them (npm start's, `npm run worker`
// on other machines) share the queue; pg-boss hands each job to one (SKIP LOCKED) and a job whose
// worker died is retried once its expireInSeconds passes, so a restart loses nothing.
import type { ConstructorOptions, PgBoss } from "pg-boss";
import { createBoss, defineQueues } from "@/lib/jobs/boss";
import { HANDLERS, type Handler } from "./handlers";
import { PRIORITY, QUEUE_NAMES, QUEUES, type QueueName } from "@/lib/jobs/queues";
import { WORKER_NAME } from "@/lib/jobs/worker-name";

export { WORKER_NAME };

export type WorkerOptions = {
  /** How often an idle worker looks for jobs. */
  pollingIntervalSeconds?: number;
  /** Jobs of one queue run at once in this process. */
  concurrency?: number;
  /** pg-boss's own settings (tests shorten its supervision intervals). */
  boss?: Omit<ConstructorOptions, "connectionString" | "schema">;
  log?: (line: string) => void;
};

export type Worker = { boss: PgBoss; stop: () => Promise<void> };

/** Parses a job's payload with its queue's schema and runs its handler; what it returns is the job's output. */
async function runJob(name: QueueName, job: { id: string; data: unknown; retryCount?: number }): Promise<object | null> {
  // A payload the schema refuses fails like any error: retried, then dead, with zod's message.
  const payload = QUEUES[name].payload.parse(job.data);
  const out = await (HANDLERS[name] as Handler<QueueName>)(payload as never, { id: job.id, retryCount: job.retryCount ?? 0, now: new Date() });
  return out && typeof out === "object" ? out : out === undefined ? null : { result: out };
}

/**
 * Queues a person waits on (the email a write causes). pg-boss takes at most batchSize × slots jobs per
 * polling interval, even with more waiting: at 2 s and 2 slots a queue serves one job a second, and a
 * burst of writes waited 40 s behind itself (npm run bench). These poll at pg-boss's shortest interval
 * with four slots (8 jobs a second); the rest keep the slower poll, which costs the database less.
 * One more slot takes only jobs of PRIORITY.PERSON: when a sweep has put hundreds of emails in the
 * queue and every other slot is busy with them, what someone just did still goes at once (the bench's
 * writes waited 35 s behind a morning's verification digests before it).
 */
const PROMPT: readonly QueueName[] = ["notification.deliver", "mail.send"];
const PROMPT_POLL_SECONDS = 0.5;
const PROMPT_SLOTS = 4;
const RESERVED_SLOTS = 1;

export async function startWorker(url: string, { pollingIntervalSeconds = 2, concurrency = 2, boss: extra = {}, log = () => {} }: WorkerOptions = {}): Promise<Worker> {
  const boss = createBoss(url, { instanceName: WORKER_NAME, instanceHeartbeatSeconds: 10, max: concurrency * QUEUE_NAMES.length + PROMPT.length * (PROMPT_SLOTS + RESERVED_SLOTS) + 2, ...extra });
  await boss.start();
  await defineQueues(boss);
  for (const name of QUEUE_NAMES) {
    const prompt = PROMPT.includes(name);
    const options = prompt
      ? { pollingIntervalSeconds: Math.min(pollingIntervalSeconds, PROMPT_POLL_SECONDS), localConcurrency: Math.max(concurrency, PROMPT_SLOTS) }
      : { pollingIntervalSeconds, localConcurrency: concurrency };
    await boss.work(name, { ...options, batchSize: 1, includeMetadata: true }, async ([job]) => runJob(name, job!));
    if (prompt) {
      const reserved = { pollingIntervalSeconds: options.pollingIntervalSeconds, localConcurrency: RESERVED_SLOTS, minPriority: PRIORITY.PERSON };
      await boss.work(name, { ...reserved, batchSize: 1, includeMetadata: true }, async ([job]) => runJob(name, job!));
    }
  }
  log(`Serving ${QUEUE_NAMES.length} queues.`);
  return { boss, stop: () => boss.stop({ graceful: true, timeout: 10_000, close: true }) };
}

/**
 * Runs every job that is due now in this process until none is left, as the worker would (tests, and
 * a one-off from a script). A failure is recorded like the worker's: retried later, then dead.
 */
export async function runDueJobs(boss: PgBoss): Promise<number> {
  let ran = 0;
  for (let found = true; found; ) {
    found = false;
    for (const name of QUEUE_NAMES) {
      for (const job of await boss.fetch(name, { batchSize: 20, includeMetadata: true })) {
        found = true;
        ran += 1;
        try {
          await boss.complete(name, job.id, await runJob(name, job));
        } catch (error) {
          await boss.fail(name, job.id, { message: error instanceof Error ? error.message : String(error) });
        }
      }
    }
  }
  return ran;
}
