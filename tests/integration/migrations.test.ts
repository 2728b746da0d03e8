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

it("every foreign key to a person or a file has an index leading with it (deleting one is not a scan of the big tables)", async () => {
  const { db } = await import("@/lib/db/client");
  // Without one, deleting 3,000 users scanned 326,765 CPD records per user (npm run bench's clean-up took minutes).
  const missing = await db().$queryRaw<{ fk: string }[]>`
    SELECT c.conrelid::regclass::text || '.' || a.attname AS fk
    FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
    WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace
      AND c.confrelid IN ('"User"'::regclass, '"StaffMember"'::regclass, '"StoredFile"'::regclass)
      AND NOT EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = c.conrelid AND i.indkey[0] = c.conkey[1])
    ORDER BY 1`;
  expect(missing.map((m) => m.fk)).toEqual([]);
});
