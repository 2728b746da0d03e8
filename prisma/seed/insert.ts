// Writes a built trust to the database with createMany, in dependency order and in chunks.
import type { Db, Tx } from "../../lib/db/client";
import type { BuiltTrust, StaffRow } from "./types";

/** PostgreSQL allows 65,535 bind parameters per statement; stay well below it. */
const MAX_PARAMETERS = 30_000;

export type InsertProgress = { table: string; done: number; total: number };
export type InsertOptions = { onProgress?: (p: InsertProgress) => void };

function chunksOf<T extends object>(rows: readonly T[]): T[][] {
  const columns = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) columns.add(key);
  const size = Math.max(1, Math.floor(MAX_PARAMETERS / Math.max(1, columns.size)));
  const chunks: T[][] = [];
  for (let i = 0; i < rows.length; i += size) chunks.push(rows.slice(i, i + size));
  return chunks;
}

/**
 * Staff reference their line managers. Rows whose manager comes later in the list go in
 * without one and get it in a second pass (the factories put managers first, so usually none).
 */
function splitForwardManagers(staff: readonly StaffRow[]) {
  const seen = new Set<string>();
  const later: { id: string; lineManagerId: string }[] = [];
  const rows = staff.map((s) => {
    seen.add(s.id);
    if (s.lineManagerId && !seen.has(s.lineManagerId)) {
      later.push({ id: s.id, lineManagerId: s.lineManagerId });
      return { ...s, lineManagerId: null };
    }
    return s;
  });
  return { rows, later };
}

export async function insertTrust(db: Db | Tx, built: BuiltTrust, opts: InsertOptions = {}): Promise<void> {
  const total =
    1 + built.clusters.length + built.schools.length + built.users.length + built.staff.length + built.roleAssignments.length;
  let done = 0;
  const step = async <T extends object>(table: string, rows: readonly T[], write: (chunk: T[]) => Promise<unknown>) => {
    opts.onProgress?.({ table, done, total });
    for (const chunk of chunksOf(rows)) {
      await write(chunk);
      done += chunk.length;
      opts.onProgress?.({ table, done, total });
    }
  };

  await step("trust", [built.trust], (data) => db.trust.createMany({ data }));
  await step("clusters", built.clusters, (data) => db.cluster.createMany({ data }));
  await step("schools", built.schools, (data) => db.school.createMany({ data }));
  await step("users", built.users, (data) => db.user.createMany({ data }));
  const { rows, later } = splitForwardManagers(built.staff);
  await step("staff", rows, (data) => db.staffMember.createMany({ data }));
  for (const chunk of chunksOf(later)) {
    const values = chunk.map((_, i) => `($${2 * i + 1}::uuid, $${2 * i + 2}::uuid)`).join(", ");
    await db.$executeRawUnsafe(
      `UPDATE "StaffMember" AS s SET "lineManagerId" = v.manager FROM (VALUES ${values}) AS v(id, manager) WHERE s.id = v.id`,
      ...chunk.flatMap((r) => [r.id, r.lineManagerId]),
    );
  }
  await step("role assignments", built.roleAssignments, (data) => db.roleAssignment.createMany({ data }));
}
