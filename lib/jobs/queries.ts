import "server-only";
// The queue's reads. Its state for the health endpoint: jobs waiting, running and dead, and the workers'
// last heartbeat (pg-boss's instance registry). A worker is "up" while its heartbeat is fresh.
import { db } from "@/lib/db/client";
import { JOB_SCHEMA, QUEUE_NAMES } from "./queues";
import { WORKER_NAME } from "./worker-name";

export type QueueHealth = {
  worker: { up: boolean; count: number; lastHeartbeat: string | null };
  queue: { waiting: number; active: number; failed: number };
};

type Row = { waiting: bigint; active: bigint; failed: bigint; live: bigint; last: Date | null };

export async function queueHealth(): Promise<QueueHealth | null> {
  try {
    const [row] = await db().$queryRawUnsafe<Row[]>(
      `SELECT
         (SELECT count(*) FROM ${JOB_SCHEMA}.job WHERE state IN ('created', 'retry')) AS waiting,
         (SELECT count(*) FROM ${JOB_SCHEMA}.job WHERE state = 'active') AS active,
         (SELECT count(*) FROM ${JOB_SCHEMA}.job WHERE state = 'failed') AS failed,
         (SELECT count(*) FROM ${JOB_SCHEMA}.instance WHERE name = $1 AND stopped_on IS NULL
            AND heartbeat_on > now() - heartbeat_seconds * 3 * interval '1 second') AS live,
         (SELECT max(heartbeat_on) FROM ${JOB_SCHEMA}.instance WHERE name = $1) AS last`,
      WORKER_NAME,
    );
    return {
      worker: { up: row!.live > 0n, count: Number(row!.live), lastHeartbeat: row!.last?.toISOString() ?? null },
      queue: { waiting: Number(row!.waiting), active: Number(row!.active), failed: Number(row!.failed) },
    };
  } catch {
    return null; // no queue schema yet (a database npm start has not prepared), or the database is down
  }
}

export type FailedJobRow = { id: string; name: string; data: Record<string, unknown> | null; output: { message?: string } | null; retryCount: number; createdOn: Date; failedOn: Date | null };

/** Which failed jobs a trust admin may see and act on: their trust's (the payload's trustId) and the installation's housekeeping (none). */
export const FAILED_OF_TRUST = `state = 'failed' AND name = ANY($1::text[]) AND (data->>'trustId' = $2 OR data->>'trustId' IS NULL)`;

export const failedJobRows = (trustId: string) =>
  db().$queryRawUnsafe<FailedJobRow[]>(
    `SELECT id::text, name, data, output, retry_count AS "retryCount", created_on AS "createdOn", completed_on AS "failedOn"
     FROM ${JOB_SCHEMA}.job WHERE ${FAILED_OF_TRUST} ORDER BY completed_on DESC NULLS LAST LIMIT 200`,
    QUEUE_NAMES,
    trustId,
  );
