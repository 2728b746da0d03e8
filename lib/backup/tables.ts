// The portal's tables as a backup sees them: every table of the public schema but Prisma's own
// migration log (a restore rebuilds it by applying the migrations), each with its stored columns
// (generated ones are recomputed), in an order where a table comes after every table it refers to.
import type pg from "pg";

export type TableShape = { name: string; columns: string[] };

export const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

export async function portalTables(client: pg.ClientBase): Promise<TableShape[]> {
  const columns = await client.query<{ table: string; column: string }>(
    `SELECT c.table_name AS table, c.column_name AS column
       FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
      WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND c.is_generated = 'NEVER'
        AND c.table_name <> '_prisma_migrations'
      ORDER BY c.table_name, c.ordinal_position`,
  );
  const byTable = new Map<string, string[]>();
  for (const row of columns.rows) byTable.set(row.table, [...(byTable.get(row.table) ?? []), row.column]);
  const refs = await client.query<{ from: string; to: string }>(
    `SELECT src.relname AS from, dst.relname AS to
       FROM pg_constraint c
       JOIN pg_class src ON src.oid = c.conrelid
       JOIN pg_class dst ON dst.oid = c.confrelid
       JOIN pg_namespace n ON n.oid = src.relnamespace
      WHERE c.contype = 'f' AND n.nspname = 'public' AND src.oid <> dst.oid`,
  );
  const needs = new Map<string, Set<string>>();
  for (const { from, to } of refs.rows) needs.set(from, (needs.get(from) ?? new Set()).add(to));
  return dependencyOrder([...byTable.keys()].sort(), needs).map((name) => ({ name, columns: byTable.get(name) ?? [] }));
}

/** Tables so that each comes after those it refers to; a cycle (none today) is an error, not a guess. */
export function dependencyOrder(names: string[], needs: Map<string, Set<string>>): string[] {
  const placed = new Set<string>();
  const order: string[] = [];
  const visiting = new Set<string>();
  const visit = (name: string) => {
    if (placed.has(name)) return;
    if (visiting.has(name)) throw new Error(`The tables refer to each other in a loop through ${name}: a backup cannot order them.`);
    visiting.add(name);
    for (const other of [...(needs.get(name) ?? [])].sort()) if (names.includes(other)) visit(other);
    visiting.delete(name);
    placed.add(name);
    order.push(name);
  };
  for (const name of names) visit(name);
  return order;
}

/** After rows are copied in, each serial column's sequence continues past its highest value. */
export async function resetSequences(client: pg.ClientBase): Promise<void> {
  const owned = await client.query<{ table: string; column: string; sequence: string }>(
    `SELECT t.relname AS table, a.attname AS column, s.relname AS sequence
       FROM pg_depend d
       JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
       JOIN pg_class t ON t.oid = d.refobjid
       JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
       JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE n.nspname = 'public' AND d.deptype IN ('a', 'i')`,
  );
  for (const { table, column, sequence } of owned.rows) {
    await client.query(
      `SELECT setval('public.${quoteIdent(sequence)}', COALESCE((SELECT max(${quoteIdent(column)}) FROM public.${quoteIdent(table)}), 0) + 1, false)`,
    );
  }
}
