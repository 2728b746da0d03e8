// The one Prisma client of a process. Scripts and tests make their own with createPrisma(url).
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export function createPrisma(url: string, max = 10): PrismaClient {
  const adapter = new PrismaPg(
    { connectionString: url, max, connectionTimeoutMillis: 5000, idleTimeoutMillis: 30_000 },
    // An idle connection dropped by a restarting server must not crash the app; the pool reconnects.
    { onPoolError: () => {} },
  );
  return new PrismaClient({ adapter });
}

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

/** The app's client, created on first use from DATABASE_URL. */
export function db(): PrismaClient {
  if (!globalForPrisma.prisma) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set: start the portal with npm start.");
    globalForPrisma.prisma = createPrisma(url, Number(process.env.DATABASE_POOL_SIZE ?? 10));
  }
  return globalForPrisma.prisma;
}

export { Prisma } from "./generated/client";
export * from "./generated/enums";
