// The one Prisma client of a process. Scripts and tests make their own with createPrisma(url).
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";
import { databaseEnv } from "@/lib/env";

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/** Wait before the one retry of a read: long enough for a restarting server to accept connections again. */
export const READ_RETRY_DELAY_MS = 1000;

// The server went away or is not accepting connections yet (restart, failover): not a fault of the query.
const UNAVAILABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout"]);
// admin_shutdown, crash_shutdown, cannot_connect_now (starting up) and the connection_exception class.
const UNAVAILABLE_CODES = new Set(["57P01", "57P02", "57P03", "08000", "08001", "08003", "08004", "08006"]);

/** Whether an error means the database could not be reached, as opposed to a query that failed. */
export function isDatabaseUnavailable(error: unknown): boolean {
  // Prisma wraps the adapter's error (meta.driverAdapterError), which wraps the mapped driver error (cause).
  const next = (e: object) => (e as { meta?: { driverAdapterError?: unknown } }).meta?.driverAdapterError ?? (e as { cause?: unknown }).cause;
  for (let e: unknown = error, depth = 0; e && typeof e === "object" && depth < 5; e = next(e), depth++) {
    const { kind, code, originalCode, message } = e as { kind?: string; code?: string; originalCode?: string; message?: string };
    if (kind && UNAVAILABLE_KINDS.has(kind)) return true;
    if ((code && UNAVAILABLE_CODES.has(code)) || (originalCode && UNAVAILABLE_CODES.has(originalCode))) return true;
    if (code === "ECONNREFUSED" || code === "ECONNRESET" || code === "P1001" || code === "P1017") return true;
    if (message && /Connection terminated|terminating connection due to administrator command|the database system is (starting up|shutting down)/i.test(message)) return true;
  }
  return false;
}

// Read by proxy.ts (same process, another bundle: hence a global, not an import), which answers pages
// with a 503 while the database still refuses connections after a query found it unreachable.
const outage = globalThis as unknown as { __portalDatabaseDownSince?: number };

function noteOutcome(error?: unknown): void {
  if (error === undefined) delete outage.__portalDatabaseDownSince;
  else if (isDatabaseUnavailable(error)) outage.__portalDatabaseDownSince ??= Date.now();
}

/**
 * PrismaPg, with one retry for a read that failed because the server was unreachable. Only a plain
 * SELECT outside a transaction is retried: it changes nothing, so running it twice is safe, whereas a
 * write may have happened before the connection dropped, and a transaction dies with its connection.
 */
class RetryingPg extends PrismaPg {
  retryDelayMs = READ_RETRY_DELAY_MS;

  override async connect() {
    const adapter = await super.connect();
    const queryRaw = adapter.queryRaw.bind(adapter);
    const executeRaw = adapter.executeRaw.bind(adapter);
    const observed = async <T>(run: () => Promise<T>): Promise<T> => {
      try {
        const result = await run();
        noteOutcome();
        return result;
      } catch (error) {
        noteOutcome(error);
        throw error;
      }
    };
    adapter.queryRaw = (query) =>
      observed(async () => {
        try {
          return await queryRaw(query);
        } catch (error) {
          if (!/^\s*SELECT\b/i.test(query.sql) || !isDatabaseUnavailable(error)) throw error;
          await new Promise((resolve) => setTimeout(resolve, this.retryDelayMs));
          return queryRaw(query);
        }
      });
    adapter.executeRaw = (query) => observed(() => executeRaw(query));
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => inTurn(await startTransaction(isolationLevel));
    return adapter;
  }
}

type Queryable = Pick<Awaited<ReturnType<Awaited<ReturnType<PrismaPg["connect"]>>["startTransaction"]>>, "queryRaw" | "executeRaw">;

/**
 * A transaction is one connection, and Prisma sends a query's relation reads (`include`) to it all at
 * once; pg queues them but warns ("client.query() when the client is already executing a query", an
 * error from pg 9). The transaction's queries take turns here instead, in the order they were sent.
 */
export function inTurn<T extends Queryable>(tx: T): T {
  let last: Promise<unknown> = Promise.resolve();
  const queued = <A, R>(run: (arg: A) => Promise<R>) => (arg: A): Promise<R> => {
    const next = last.then(() => run(arg));
    last = next.catch(() => {});
    return next;
  };
  tx.queryRaw = queued(tx.queryRaw.bind(tx));
  tx.executeRaw = queued(tx.executeRaw.bind(tx));
  return tx;
}

export function createPrisma(url: string, max = 10, { readRetryDelayMs = READ_RETRY_DELAY_MS } = {}): PrismaClient {
  const adapter = new RetryingPg(
    { connectionString: url, max, connectionTimeoutMillis: 5000, idleTimeoutMillis: 30_000 },
    // An idle connection dropped by a restarting server must not crash the app; the pool reconnects.
    { onPoolError: () => {} },
  );
  adapter.retryDelayMs = readRetryDelayMs;
  return new PrismaClient({ adapter });
}

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

/** The app's client, created on first use from DATABASE_URL. */
export function db(): PrismaClient {
  if (!globalForPrisma.prisma) {
    const { DATABASE_URL: url, DATABASE_POOL_SIZE: poolSize } = databaseEnv();
    if (!url) throw new Error("DATABASE_URL is not set: start the portal with npm start.");
    globalForPrisma.prisma = createPrisma(url, poolSize);
  }
  return globalForPrisma.prisma;
}

export { Prisma } from "./generated/client";
export * from "./generated/enums";
