// A read caught by a database restart is retried once and succeeds; a write is never retried.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createDatabase } from "@/lib/db/admin";
import { createPrisma, isDatabaseUnavailable } from "@/lib/db/client";
import { freePort, startEmbedded } from "@/lib/db/embedded";
import { applyMigrations } from "@/lib/db/engine";

const RETRY_DELAY = 4000; // generous, so the server is surely back before the retry on a busy machine
const dir = mkdtempSync(path.join(tmpdir(), "portal-retry-"));
const port = await freePort();
let server = await startEmbedded(path.join(dir, "data"), () => {}, port);
const url = server.url("portal");
const prisma = createPrisma(url, 2, { readRetryDelayMs: RETRY_DELAY });

const restart = async () => {
  await server.stop();
  server = await startEmbedded(path.join(dir, "data"), () => {}, port);
};

beforeAll(async () => {
  await createDatabase(url);
  await applyMigrations(url);
}, 120_000);

afterAll(async () => {
  await prisma.$disconnect();
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
});

it("a model read in flight when PostgreSQL restarts is retried once and answers", async () => {
  expect(await prisma.trust.count()).toBe(0);
  const started = Date.now();
  // The read is running (pg_sleep) when the server shuts down and ends its connection (57P01).
  // Prisma's queries are lazy: .then sends this one now.
  const reading = prisma.$queryRaw<{ n: number }[]>`SELECT 7 AS n FROM pg_sleep(0.5)`.then((rows) => rows);
  await new Promise((resolve) => setTimeout(resolve, 150));
  await restart();
  expect(await reading).toEqual([{ n: 7 }]);
  expect(Date.now() - started).toBeGreaterThanOrEqual(RETRY_DELAY);

  // A model query with the server down when it starts (connection refused) also waits and retries.
  await server.stop();
  const counting = prisma.trust.findMany({ select: { id: true } }).then((rows) => rows);
  await new Promise((resolve) => setTimeout(resolve, 100));
  server = await startEmbedded(path.join(dir, "data"), () => {}, port);
  expect(await counting).toEqual([]);
}, 60_000);

it("a write is not retried: it fails at once with a database-unavailable error", async () => {
  await server.stop();
  const started = Date.now();
  const error = await prisma.$executeRaw`CREATE TABLE retry_probe (id int)`.catch((e: unknown) => e);
  expect(Date.now() - started).toBeLessThan(RETRY_DELAY);
  expect(isDatabaseUnavailable(error)).toBe(true);
  // proxy.ts answers pages with 503 while this is set; the next successful query clears it.
  const outage = globalThis as unknown as { __portalDatabaseDownSince?: number };
  expect(outage.__portalDatabaseDownSince).toBeGreaterThan(0);
  server = await startEmbedded(path.join(dir, "data"), () => {}, port);
  expect(await prisma.trust.count()).toBe(0);
  expect(outage.__portalDatabaseDownSince).toBeUndefined();
}, 60_000);
