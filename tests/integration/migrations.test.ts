import { inject, expect, it } from "vitest";
import { createDatabase, dropDatabase, withDatabase } from "@/lib/db/admin";
import { applyMigrations, diffMigrationsToSchema } from "@/lib/db/engine";

it("schema.prisma and the migrations agree (the diff is empty)", async () => {
  const scratch = withDatabase(inject("templateUrl"), `portal_scratch_${process.pid}`);
  await createDatabase(scratch);
  try {
    const sql = await diffMigrationsToSchema(scratch);
    expect(sql.trim()).toMatch(/^(-- This is an empty migration\.)?$/);
  } finally {
    await dropDatabase(scratch);
  }
});

it("applying migrations again is a no-op", async () => {
  expect(await applyMigrations(process.env.DATABASE_URL as string)).toEqual([]);
});
