// Database-level chores shared by the start script, the db scripts, tests and the benchmark.
import pg from "pg";
import { parse as parseConnectionString } from "pg-connection-string";

export class DatabaseUrlError extends Error {}

/** Checks a DATABASE_URL's shape; throws DatabaseUrlError with a one-line fix. */
export function checkDatabaseUrl(url: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new DatabaseUrlError(
      "DATABASE_URL is not a valid URL. Expected postgresql://USER:PASSWORD@HOST:5432/DATABASE",
    );
  }
  if (parsed.protocol !== "postgres:" && parsed.protocol !== "postgresql:") {
    throw new DatabaseUrlError(
      `DATABASE_URL must start with postgresql:// (got ${parsed.protocol}//). Expected postgresql://USER:PASSWORD@HOST:5432/DATABASE`,
    );
  }
  if (!parsed.hostname || parsed.pathname.length <= 1) {
    throw new DatabaseUrlError("DATABASE_URL needs a host and a database name: postgresql://USER:PASSWORD@HOST:5432/DATABASE");
  }
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export function databaseName(url: string): string {
  return parseConnectionString(url).database ?? "";
}

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

async function onMaintenance<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: withDatabase(url, "postgres"), connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates the URL's database (optionally from a template) unless it exists. */
export async function createDatabase(url: string, template?: string): Promise<void> {
  const name = databaseName(url);
  await onMaintenance(url, async (client) => {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (rowCount) return;
    await client.query(
      `CREATE DATABASE ${quoteIdent(name)}${template ? ` TEMPLATE ${quoteIdent(template)}` : ""}`,
    );
  });
}

export async function dropDatabase(url: string): Promise<void> {
  const name = databaseName(url);
  await onMaintenance(url, (client) => client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`));
}

/** One line that tells the operator what is wrong with the connection and how to fix it. */
export function describeConnectionError(url: string, error: unknown): string {
  const code = (error as { code?: string }).code;
  const host = (() => {
    try {
      const u = new URL(url);
      return `${u.hostname}:${u.port || 5432}`;
    } catch {
      return "the database";
    }
  })();
  switch (code) {
    case "ECONNREFUSED":
      return `Cannot reach PostgreSQL at ${host} (connection refused). Start the server or fix DATABASE_URL; unset DATABASE_URL to use the embedded database.`;
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return `Cannot resolve the database host in DATABASE_URL (${host}). Check the host name.`;
    case "28P01":
    case "28000":
      return `PostgreSQL at ${host} refused the user name or password in DATABASE_URL.`;
    case "3D000":
      return `The database named in DATABASE_URL does not exist on ${host}. Create it (createdb) or fix the name.`;
    case "ETIMEDOUT":
      return `Timed out connecting to PostgreSQL at ${host}. Check the host, port and firewall.`;
    default:
      return `Cannot connect to PostgreSQL at ${host}: ${(error as Error).message}`;
  }
}

/** Connects once to prove the URL works; throws with describeConnectionError's line. */
export async function checkConnection(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    throw new DatabaseUrlError(describeConnectionError(url, error));
  } finally {
    await client.end().catch(() => {});
  }
}
