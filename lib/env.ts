// Every environment variable the portal reads, validated with zod (docs: .env.example). Two views of
// one set of rules: `env()` for the app, strict and read once at start-up (instrumentation.ts);
// `scriptEnv()` for npm start, the db scripts, the seed and the benchmark, which run before a
// database or a secret exists (no DATABASE_URL means "start the embedded server").
// Not `server-only`: the scripts import it through tsx, outside Next.js.
import { availableParallelism } from "node:os";
import { z } from "zod";

/** Unset and blank are the same: an empty line in a .env file must not count as a setting. */
const optional = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional();

/** A whole number in [min, max], or `fallback` when unset; anything else fails with `message`. */
const wholeNumber = <F extends number | undefined>(min: number, max: number, fallback: F, message: string) =>
  optional
    .refine((v) => v === undefined || (/^\d+$/.test(v) && Number(v) >= min && Number(v) <= max), message)
    .transform((v): number | F => (v === undefined ? fallback : Number(v)));

const shared = {
  // Blank counts as unset here too (the browser tests start npm start with NODE_ENV="").
  NODE_ENV: z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), z.enum(["development", "production", "test"]).default("development")),
  /** Unset: the scripts start the embedded PostgreSQL under PORTAL_DATA_DIR and pass its URL on. */
  DATABASE_URL: optional,
  DATABASE_POOL_SIZE: wholeNumber(1, 100, 10, "DATABASE_POOL_SIZE must be a whole number from 1 to 100 (connections per server process); unset it for 10."),
  /** Local state: the embedded database and the generated development secret. Tests keep theirs apart. */
  PORTAL_DATA_DIR: optional.transform((v) => v ?? ".data"),
  NEXTAUTH_SECRET: optional,
  NEXTAUTH_URL: optional,
};

const scriptSchema = z.object({
  ...shared,
  PORT: wholeNumber(1, 65_535, 3000, "PORT must be a whole number from 1 to 65535."),
  /** npm start runs the job worker beside the web server unless this is "off" (then run `npm run worker` somewhere). */
  PORTAL_WORKER: optional.refine((v) => v === undefined || v === "on" || v === "off", "PORTAL_WORKER must be on or off.").transform((v) => v ?? "on"),
  /** npm start's web server processes, sharing its port; unset: one per core, at most 4 (scripts/serve.mjs). */
  WEB_PROCESSES: wholeNumber(1, 32, Math.min(availableParallelism(), 4), "WEB_PROCESSES must be a whole number from 1 to 32; unset it for one per core (at most 4)."),
});

const NO_DATABASE = "DATABASE_URL is not set: start the portal with npm start.";
const SHORT_SECRET = "NEXTAUTH_SECRET must be at least 16 characters (openssl rand -base64 32).";

const appSchema = z.object({
  ...shared,
  DATABASE_URL: z.string({ error: NO_DATABASE }).trim().min(1, NO_DATABASE),
  NEXTAUTH_SECRET: z.string({ error: SHORT_SECRET }).min(16, SHORT_SECRET),
  AZURE_AD_CLIENT_ID: optional,
  AZURE_AD_CLIENT_SECRET: optional,
  AZURE_AD_TENANT_ID: optional,
  GOOGLE_CLIENT_ID: optional,
  GOOGLE_CLIENT_SECRET: optional,
  /** Proxies in front of the portal that append to X-Forwarded-For; unset: the header is ignored. */
  TRUSTED_PROXY_HOPS: wholeNumber(1, 10, undefined, "TRUSTED_PROXY_HOPS must be a whole number from 1 to 10; unset it when no proxy is in front of the portal."),
  /** Outgoing mail (invitations), e.g. smtp://user:pass@smtp.example.org:587; unset: .eml files under PORTAL_DATA_DIR/mail, listed at /admin/outbox. */
  SMTP_URL: optional.refine((v) => v === undefined || /^smtps?:\/\/[^\s]+$/.test(v), "SMTP_URL must look like smtp://user:password@host:587 (or smtps://); unset it to write mail to files."),
  /** Nightly backups go here (the last 7 kept); npm start sets it to PORTAL_DATA_DIR/backups on the embedded database; unset: none (a managed database is backed up its own way). */
  BACKUP_DIR: optional,
  /** The From address of outgoing mail. */
  MAIL_FROM: optional,
  /** "off" sends notifications' email whatever the hour (the browser tests' server); unset: quiet hours 19:00–07:00 and weekends. */
  NOTIFY_QUIET_HOURS: optional.refine((v) => v === undefined || v === "on" || v === "off", "NOTIFY_QUIET_HOURS must be on or off.").transform((v) => v ?? "on"),
  /** Measurement only: "off" stops writing the access log, so npm run bench can show a page's time without it. A trust must never run with it off. */
  PORTAL_ACCESS_LOG: optional.refine((v) => v === undefined || v === "on" || v === "off", "PORTAL_ACCESS_LOG must be on or off (off only for measurement).").transform((v) => v ?? "on"),
});

export type Env = z.infer<typeof appSchema>;
export type ScriptEnv = z.infer<typeof scriptSchema>;

function parse<T extends z.ZodType>(schema: T): z.infer<T> {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid configuration:\n  ${lines.join("\n  ")}`);
  }
  return parsed.data;
}

let cached: Env | undefined;

/** The app's configuration, read once: the app never changes its own environment. */
export function env(): Env {
  cached ??= parse(appSchema);
  return cached;
}

/**
 * The scripts' configuration, read afresh on each call: a script sets DATABASE_URL itself once it
 * has started the embedded server (and the database client reads it then).
 */
export const scriptEnv = (): ScriptEnv => parse(scriptSchema);

/** What the database client needs, and no more: the app, the scripts and the tests all open it. */
export const databaseEnv = () => parse(scriptSchema.pick({ DATABASE_URL: true, DATABASE_POOL_SIZE: true }));

export const entraConfigured = (e: Env) => Boolean(e.AZURE_AD_CLIENT_ID && e.AZURE_AD_CLIENT_SECRET && e.AZURE_AD_TENANT_ID);
export const googleConfigured = (e: Env) => Boolean(e.GOOGLE_CLIENT_ID && e.GOOGLE_CLIENT_SECRET);
