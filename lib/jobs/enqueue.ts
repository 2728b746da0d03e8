import "server-only";
// Enqueueing a job in the transaction of the write that causes it: the job row is inserted through the
// transaction's own connection (pg-boss's Prisma adapter), so it exists exactly when the write commits.
import { fromPrisma, type PgBoss } from "pg-boss";
import { databaseEnv } from "@/lib/env";
import type { Tx } from "@/lib/db/client";
import { createBoss } from "./boss";
import { type Payload, type QueueName, QUEUES } from "./queues";

export type EnqueueOptions = {
  /** With a "stately" queue: one waiting job per key (e.g. a trust's refresh), however many sends. */
  singletonKey?: string;
  /** Not before this time (quiet hours, a reminder the day before). */
  startAfter?: Date;
  /** Ahead of the queue's other waiting jobs (PRIORITY in ./queues): what a person's own action caused. */
  priority?: number;
};

const g = globalThis as unknown as { __portalJobSender?: Promise<PgBoss> };

// pg-boss looks a queue's table up through its own small pool; the job itself goes through `tx`.
export function jobSender(): Promise<PgBoss> {
  g.__portalJobSender ??= (async () => {
    const { DATABASE_URL: url } = databaseEnv();
    if (!url) throw new Error("DATABASE_URL is not set: start the portal with npm start.");
    const boss = createBoss(url, { supervise: false, schedule: false, migrate: false, registerInstance: false, max: 2 });
    await boss.start();
    return boss;
  })().catch((error: unknown) => {
    delete g.__portalJobSender; // the next enqueue tries again
    throw error;
  });
  return g.__portalJobSender;
}

/**
 * Adds a job to `name`'s queue inside `tx`: a rollback takes it away with the write, a commit makes
 * it visible to the worker. The payload is checked against the queue's schema first (a bug, not a
 * user's error, if it fails). Returns the job's id, or null when a stately queue already holds one.
 */
export async function enqueue<N extends QueueName>(tx: Tx, name: N, payload: Payload<N>, options: EnqueueOptions = {}): Promise<string | null> {
  const data = QUEUES[name].payload.parse(payload) as object;
  const boss = await jobSender();
  return boss.send(name, data, { ...options, db: fromPrisma(tx) });
}

/** Closes this process's sender (tests, before their database is dropped). */
export async function stopJobSender(): Promise<void> {
  const pending = g.__portalJobSender;
  delete g.__portalJobSender;
  await (await pending?.catch(() => undefined))?.stop({ graceful: false, close: true });
}
