// pg-boss instances: one per process, in the portal's own database, schema `pgboss`. Not
// `server-only`: npm start and the worker (plain tsx) install and run it.
import { PgBoss, type ConstructorOptions } from "pg-boss";
import { JOB_SCHEMA, QUEUE_NAMES, QUEUES, SCHEDULE_TZ, SCHEDULES } from "./queues";

export type Boss = PgBoss;

export function createBoss(url: string, options: Omit<ConstructorOptions, "connectionString" | "schema"> = {}): PgBoss {
  const boss = new PgBoss({ connectionString: url, schema: JOB_SCHEMA, max: 4, application_name: "portal-jobs", ...options });
  // pg-boss reports its own trouble (a lost connection it will retry) here; unhandled, it would crash the process.
  boss.on("error", (error) => console.error(`[jobs] ${error.message}`));
  return boss;
}

/** Creates or updates every queue's policy and the schedules; idempotent (npm start, db:migrate, tests). */
export async function defineQueues(boss: PgBoss): Promise<void> {
  for (const name of QUEUE_NAMES) {
    const { policy: p } = QUEUES[name];
    const options = { retryLimit: p.retryLimit, retryDelay: p.retryDelay, retryBackoff: true, retryDelayMax: p.retryDelayMax, expireInSeconds: p.expireInSeconds, deleteAfterSeconds: 30 * 86_400, retentionSeconds: 30 * 86_400 };
    if (await boss.getQueue(name)) await boss.updateQueue(name, options);
    else await boss.createQueue(name, { ...options, policy: "policy" in p ? p.policy : "standard" });
  }
  for (const s of SCHEDULES) await boss.schedule(s.name, s.cron, {}, { tz: SCHEDULE_TZ });
}

/** Installs or upgrades pg-boss's schema and defines the queues, then lets go. */
export async function installJobs(url: string): Promise<void> {
  const boss = createBoss(url, { supervise: false, schedule: false, registerInstance: false, max: 2 });
  await boss.start();
  try {
    await defineQueues(boss);
  } finally {
    await boss.stop({ graceful: false, close: true });
  }
}
