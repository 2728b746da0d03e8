// Drives Prisma's schema engine compiled to WebAssembly, so migrations are created and
// applied with no network and no native binary (docs/decisions/002-offline-migrations.md).
import { readFile, readdir } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import pg from "pg";
import { parse as parseConnectionString } from "pg-connection-string";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

const require = createRequire(import.meta.url);
export const PRISMA_DIR = path.resolve(process.cwd(), "prisma");
export const MIGRATIONS_DIR = path.join(PRISMA_DIR, "migrations");
const SCHEMA_DIR = path.join(PRISMA_DIR, "schema");

/** Every *.prisma file of the schema folder (one per domain). */
async function schemaFiles(): Promise<{ path: string; content: string }[]> {
  const names = (await readdir(SCHEMA_DIR)).filter((n) => n.endsWith(".prisma")).sort();
  return Promise.all(names.map(async (n) => ({ path: path.join(SCHEMA_DIR, n), content: await readFile(path.join(SCHEMA_DIR, n), "utf8") })));
}

type Bg = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");
type Engine = import("@prisma/schema-engine-wasm").SchemaEngine;
type MigrationList = import("@prisma/schema-engine-wasm").MigrationList;

let bgModule: Promise<Bg> | undefined;

function loadWasm(): Promise<Bg> {
  bgModule ??= (async () => {
    const bgPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bg: Bg = await import(bgPath);
    const bytes = await readFile(path.join(path.dirname(bgPath), "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bg });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
    return bg;
  })();
  return bgModule;
}

/** Postgres' internal "char" type (OID 18) in catalog queries is rejected by adapter-pg; read it as text. */
class CharAsTextClient extends pg.Client {
  override query(...args: unknown[]): never {
    const [config, values, callback] = args;
    // Keep the adapter's own parsers (it passes them per query); only remap OID 18.
    const own = typeof config === "object" ? (config as { types?: pg.CustomTypesConfig }).types : undefined;
    const types = {
      getTypeParser: (oid: number, format?: "text" | "binary") =>
        (own ?? pg.types).getTypeParser(oid === 18 ? 25 : oid, format as "text"),
    };
    const patch = (res: pg.QueryResult | undefined) => {
      for (const field of res?.fields ?? []) if (field.dataTypeID === 18) field.dataTypeID = 25;
      return res;
    };
    const withTypes =
      typeof config === "string" ? { text: config, types } : { ...(config as object), types };
    const cb = [values, callback].find((a) => typeof a === "function") as
      | ((err: Error | null, res?: pg.QueryResult) => void)
      | undefined;
    const vals = typeof values === "function" ? undefined : values;
    // pg's overloads cannot be named from a subclass; the base query is called loosely on purpose.
    const base = super.query.bind(this) as unknown as (...a: unknown[]) => Promise<pg.QueryResult> | undefined;
    if (cb) return base(withTypes, vals, (err: Error | null, res?: pg.QueryResult) => cb(err, patch(res))) as never;
    return (base(withTypes, vals) as Promise<pg.QueryResult>).then(patch) as never;
  }
}

/** Connection fields rather than a URL, so the adapter's `{ ...config, database }` really switches database. */
export function connectionFields(url: string): pg.PoolConfig {
  const c = parseConnectionString(url);
  return {
    host: c.host ?? "localhost",
    port: c.port ? Number(c.port) : 5432,
    user: c.user ?? undefined,
    password: c.password ?? undefined,
    database: c.database ?? undefined,
    ssl: c.ssl ? (c.ssl as pg.PoolConfig["ssl"]) : undefined,
    max: 2,
  };
}

/**
 * The adapter's own shadow database is dropped before its pool ends, which Postgres refuses.
 * Callers that need a shadow (diff) already hand us an empty scratch database: replay there.
 */
class ScratchAsShadow extends PrismaPg {
  readonly opened: { dispose: () => Promise<void> }[] = [];
  override async connect() {
    const adapter = await super.connect();
    this.opened.push(adapter);
    return adapter;
  }
  override connectToShadowDb() {
    return this.connect();
  }
}

async function withEngine<T>(url: string, work: (engine: Engine) => Promise<T>): Promise<T> {
  const bg = await loadWasm();
  // A config rather than a Pool: the adapter spreads it into the shadow database's pool, and a
  // Pool's own options hide the password from a spread.
  const pgFactory = new ScratchAsShadow({ ...connectionFields(url), Client: CharAsTextClient } as pg.PoolConfig, {
      // The engine keeps idle connections after free(); dropping a scratch database ends them.
      onPoolError: () => {},
  });
  const factory = bindMigrationAwareSqlAdapterFactory(pgFactory);
  const files = await schemaFiles();
  const engine = (await bg.SchemaEngine.new(
    { datamodels: files.map((f) => [f.path, f.content] as [string, string]) },
    () => {},
    factory,
  )) as Engine;
  try {
    return await work(engine);
  } finally {
    engine.free();
    await Promise.all(pgFactory.opened.map((adapter) => adapter.dispose().catch(() => {})));
  }
}

/** The migrations folder's names, oldest first. */
export async function migrationNames(): Promise<string[]> {
  const entries = await readdir(MIGRATIONS_DIR, { withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
}

export async function readMigrations(only?: ReadonlySet<string>): Promise<MigrationList> {
  const dirs = (await migrationNames()).filter((name) => !only || only.has(name));
  const lockPath = path.join(MIGRATIONS_DIR, "migration_lock.toml");
  return {
    baseDir: MIGRATIONS_DIR,
    lockfile: {
      path: "migration_lock.toml",
      content: await readFile(lockPath, "utf8").catch(() => null),
    },
    shadowDbInitScript: "",
    migrationDirectories: await Promise.all(
      dirs.map(async (dir) => {
        const file = path.join(MIGRATIONS_DIR, dir, "migration.sql");
        const content = await readFile(file, "utf8").then(
          (value) => ({ tag: "ok" as const, value }),
          () => ({ tag: "error" as const, value: `could not read ${file}` }),
        );
        return { path: dir, migrationFile: { path: "migration.sql", content } };
      }),
    ),
  };
}

const NO_FILTER = { externalTables: [], externalEnums: [] };

/**
 * Applies pending migrations; returns the names applied (empty when up to date). `only`: just those
 * (a restore builds the schema its backup was taken on, then its data, then the rest).
 */
export async function applyMigrations(url: string, only?: ReadonlySet<string>): Promise<string[]> {
  const migrationsList = await readMigrations(only);
  return withEngine(url, async (engine) => {
    const out = await engine.applyMigrations({ migrationsList, filters: NO_FILTER });
    return out.appliedMigrationNames;
  });
}

/**
 * SQL that takes the migrations folder to the schema. `scratchUrl` must name an empty
 * database the engine may replay the migrations into: never the working one.
 */
export async function diffMigrationsToSchema(scratchUrl: string): Promise<string> {
  const migrationsList = await readMigrations();
  const files = await schemaFiles();
  return withEngine(scratchUrl, async (engine) => {
    const result = await engine.diff({
      from: { tag: "migrations", ...migrationsList },
      to: { tag: "schemaDatamodel", files },
      script: true,
      exitCode: null,
      filters: NO_FILTER,
    });
    return result.stdout ?? "";
  });
}
