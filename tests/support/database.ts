// Each integration test file gets its own database cloned from the migrated template, so
// files run in parallel and never see each other's rows.
import { afterAll, afterEach, beforeEach, expect, inject, vi } from "vitest";
import { databaseName, dropDatabase, withDatabase } from "../../lib/db/admin";
import pg from "pg";
import { stopJobSender } from "../../lib/jobs/enqueue";

const template = inject("templateUrl");
const url = withDatabase(template, `portal_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`);

{
  // CREATE DATABASE … TEMPLATE needs the template idle; a brief retry covers a sibling file cloning at the same moment.
  const admin = new pg.Client({ connectionString: withDatabase(template, "postgres") });
  await admin.connect();
  for (let attempt = 0; ; attempt++) {
    try {
      await admin.query(`CREATE DATABASE "${databaseName(url)}" TEMPLATE "${databaseName(template)}"`);
      break;
    } catch (error) {
      if (attempt > 20 || (error as { code?: string }).code !== "55006") throw error;
      await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
    }
  }
  await admin.end();
}

process.env.DATABASE_URL = url;
process.env.NEXTAUTH_SECRET ??= "integration-tests-secret-0123456789";

afterAll(async () => {
  const g = globalThis as unknown as { prisma?: { $disconnect: () => Promise<void> } };
  await stopJobSender();
  await g.prisma?.$disconnect();
  await dropDatabase(url);
});

// An unexpected error logged by the code under test fails the test that caused it.
let consoleErrors: unknown[][] = [];
beforeEach(() => {
  consoleErrors = [];
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    consoleErrors.push(args);
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  expect(consoleErrors, "console.error was called").toEqual([]);
});
