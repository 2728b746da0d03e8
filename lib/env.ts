// Every environment variable the app reads, validated once at start-up (docs: .env.example).
import { z } from "zod";

const optional = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional();

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().min(1, "DATABASE_URL is not set: start the portal with npm start."),
  NEXTAUTH_SECRET: z.string().min(16, "NEXTAUTH_SECRET must be at least 16 characters (openssl rand -base64 32)."),
  NEXTAUTH_URL: optional,
  AZURE_AD_CLIENT_ID: optional,
  AZURE_AD_CLIENT_SECRET: optional,
  AZURE_AD_TENANT_ID: optional,
  GOOGLE_CLIENT_ID: optional,
  GOOGLE_CLIENT_SECRET: optional,
  /** Proxies in front of the portal that append to X-Forwarded-For; unset: the header is ignored. */
  TRUSTED_PROXY_HOPS: optional
    .refine((v) => v === undefined || (/^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= 10), "TRUSTED_PROXY_HOPS must be a whole number from 1 to 10; unset it when no proxy is in front of the portal.")
    .transform((v) => (v === undefined ? undefined : Number(v))),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

export function env(): Env {
  if (!cached) {
    const parsed = schema.safeParse(process.env);
    if (!parsed.success) {
      const lines = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
      throw new Error(`Invalid configuration:\n  ${lines.join("\n  ")}`);
    }
    cached = parsed.data;
  }
  return cached;
}

export const entraConfigured = (e: Env) => Boolean(e.AZURE_AD_CLIENT_ID && e.AZURE_AD_CLIENT_SECRET && e.AZURE_AD_TENANT_ID);
export const googleConfigured = (e: Env) => Boolean(e.GOOGLE_CLIENT_ID && e.GOOGLE_CLIENT_SECRET);
