// npm run db:migrate | db:diff -- --name <name> | db:seed | db:reset
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { createDatabase, dropDatabase, withDatabase } from "../lib/db/admin";
import { applyMigrations, diffMigrationsToSchema, MIGRATIONS_DIR } from "../lib/db/engine";
import { resolveDatabase } from "../lib/db/resolve";
import { scriptEnv } from "../lib/env";
import { runSeed } from "../prisma/seed/run";
import { installJobs } from "../lib/jobs/boss";
import { fail } from "./fail";

const [command, ...rest] = process.argv.slice(2);
const { values } = parseArgs({
  args: rest,
  options: { name: { type: "string" }, scale: { type: "string" } },
  allowPositionals: true,
});

async function main() {
  const db = await resolveDatabase();
  try {
    switch (command) {
      case "migrate": {
        const applied = await applyMigrations(db.url);
        await installJobs(db.url);
        console.log(applied.length ? `Applied ${applied.join(", ")}` : "Database is up to date.");
        break;
      }
      case "diff": {
        const name = values.name?.trim();
        if (!name || !/^[a-z0-9_]+$/.test(name)) throw new Error("Give the migration a name: npm run db:diff -- --name add_cpd (a-z, 0-9, _)");
        const scratch = withDatabase(db.url, `portal_scratch_${process.pid}`);
        await createDatabase(scratch);
        try {
          const sql = await diffMigrationsToSchema(scratch);
          if (!sql.trim() || /^-- This is an empty migration/.test(sql.trim())) {
            console.log("schema.prisma and the migrations agree: nothing to write.");
            break;
          }
          const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
          const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
          await mkdir(dir, { recursive: true });
          await writeFile(path.join(dir, "migration.sql"), sql);
          console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql; apply it with npm run db:migrate.`);
        } finally {
          await dropDatabase(scratch);
        }
        break;
      }
      case "seed":
        await runSeed(db.url, { scale: Number(values.scale ?? 1), onlyIfEmpty: false });
        break;
      case "reset": {
        if (!db.embedded && scriptEnv().NODE_ENV === "production") throw new Error("Refusing to reset a database with NODE_ENV=production.");
        await dropDatabase(db.url);
        await createDatabase(db.url);
        await applyMigrations(db.url);
        await installJobs(db.url);
        await runSeed(db.url, { scale: Number(values.scale ?? 1), onlyIfEmpty: false });
        break;
      }
      default:
        throw new Error("Usage: tsx scripts/db.ts migrate | diff --name <name> | seed [--scale N] | reset");
    }
  } finally {
    await db.stop();
  }
}

main().then(() => process.exit(0), fail);
