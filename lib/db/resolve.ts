// Which PostgreSQL the scripts use: DATABASE_URL when set, otherwise the embedded server in .data/postgres.
import path from "node:path";
import { checkConnection, checkDatabaseUrl, createDatabase } from "./admin";
import { startEmbedded } from "./embedded";

/** Local state (embedded database, generated secret). PORTAL_DATA_DIR lets tests keep theirs apart. */
export const DATA_DIR = path.resolve(process.cwd(), process.env.PORTAL_DATA_DIR ?? ".data");

export type ResolvedDatabase = { url: string; embedded: boolean; stop: () => Promise<void> };

export async function resolveDatabase(log: (line: string) => void = () => {}): Promise<ResolvedDatabase> {
  const configured = process.env.DATABASE_URL?.trim();
  if (configured) {
    checkDatabaseUrl(configured);
    await checkConnection(configured);
    return { url: configured, embedded: false, stop: async () => {} };
  }
  const server = await startEmbedded(path.join(DATA_DIR, "postgres"), log);
  const url = server.url("portal");
  await createDatabase(url);
  return { url, embedded: true, stop: server.stop };
}
