// More trusts in one database (issue 22, decision 035): a seeded trust copied as trust number `n`, every
// row of every table that carries trustId, in one INSERT … SELECT per table on the server. Every uuid
// (ids and the ids they point at) is mapped to md5(n:uuid), so the copy's ids are its own yet its rows
// point at each other as the original's do; e-mails get ".tN" before the "@" and URNs move up by
// n × 1,000,000, and link tokens are hashed again with n, so sign-ins, schools and links stay unique. Building and sending each trust's rows from Node
// would take a scale-10 seed's minute per trust; the copy takes seconds.
//
// Text that merely mentions an id (an audit entry's JSON, a notification's link) keeps the original's
// id: nothing reads one trust's rows through another's text, and the pages measured are the first trust's.
import type { Db, Tx } from "../../lib/db/client";

type Column = { table: string; column: string; type: string; generated: boolean; serial: boolean };

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** The SELECT expression that gives copy `n` of a column's value. */
function copied(c: Column, n: number): string {
  const col = quote(c.column);
  const id = (x: string) => `md5('${n}:' || ${x}::text)::uuid`;
  if (c.type === "uuid") return id(col);
  if (c.type === "_uuid") return `CASE WHEN ${col} IS NULL THEN NULL ELSE ARRAY(SELECT ${id("x")} FROM unnest(${col}) AS x) END`;
  if (c.column === "email") return `replace(${col}, '@', '.t${n}@')`;
  if (c.table === "School" && c.column === "urn") return `${col} + ${n * 1_000_000}`;
  // Secrets unique across the database (invitations, calendar feeds, unsubscribe and exit-survey links).
  if (c.column === "tokenHash" || c.column === "token") return `encode(sha256(convert_to('${n}:' || ${col}, 'UTF8')), 'hex')`;
  return col;
}

/** The tables that carry trustId, with their columns in order. */
async function trustTables(db: Db | Tx): Promise<Map<string, Column[]>> {
  const rows = await db.$queryRaw<Column[]>`
    SELECT c.table_name AS "table", c.column_name AS "column", c.udt_name AS type,
           c.is_generated = 'ALWAYS' AS generated, coalesce(c.column_default LIKE 'nextval(%' OR c.is_identity = 'YES', false) AS serial
    FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name)
    WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
      AND c.table_name IN (SELECT table_name FROM information_schema.columns WHERE table_schema = current_schema() AND column_name = 'trustId')
    ORDER BY c.table_name, c.ordinal_position`;
  const out = new Map<string, Column[]>();
  for (const r of rows) out.set(r.table, [...(out.get(r.table) ?? []), r]);
  return out;
}

/**
 * Copies trust `sourceId` (and all its rows) as trust copy number `n` (2, 3, …); returns the copy's id.
 * Foreign keys are not checked while copying (the copy's rows point at each other exactly as the
 * original's do), which needs a superuser connection: the bench's embedded server and the tests' own.
 */
export async function cloneTrust(db: Db, sourceId: string, n: number): Promise<string> {
  const tables = await trustTables(db);
  const [copy] = await db.$queryRaw<{ id: string }[]>`SELECT md5(${`${n}:`} || ${sourceId}::text)::uuid::text AS id`;
  await db.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(`SET LOCAL session_replication_role = replica`);
      await tx.$executeRawUnsafe(
        `INSERT INTO "Trust" (id, name, "requireMfa", "retentionAutoErase", "createdAt")
         SELECT md5('${n}:' || id::text)::uuid, name || ' ${n}', "requireMfa", "retentionAutoErase", "createdAt" FROM "Trust" WHERE id = $1::uuid`,
        sourceId,
      );
      for (const [table, columns] of tables) {
        const kept = columns.filter((c) => !c.generated && !c.serial);
        await tx.$executeRawUnsafe(
          `INSERT INTO ${quote(table)} (${kept.map((c) => quote(c.column)).join(", ")}) SELECT ${kept.map((c) => copied(c, n)).join(", ")} FROM ${quote(table)} WHERE "trustId" = $1::uuid`,
          sourceId,
        );
      }
    },
    { maxWait: 60_000, timeout: 30 * 60_000 },
  );
  return copy!.id;
}
