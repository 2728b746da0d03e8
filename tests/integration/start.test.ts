// `npm start` with bad configuration: one clear line and a non-zero exit, never a stack trace.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

function start(env: Record<string, string>) {
  const result = spawnSync("npx", ["tsx", "scripts/start.ts"], {
    // NODE_ENV emptied on purpose: the script decides "production" from the operator's setting.
    env: { ...process.env, DATABASE_URL: "", NEXTAUTH_SECRET: "", NODE_ENV: "", PORTAL_DATA_DIR: ".data/start-test", ...env } as unknown as NodeJS.ProcessEnv,
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
}

describe("npm start refuses bad configuration clearly", () => {
  it("a malformed DATABASE_URL", () => {
    const { status, out } = start({ DATABASE_URL: "postgres//oops", NEXTAUTH_SECRET: "x".repeat(32) });
    expect(status).toBe(1);
    expect(out).toContain("DATABASE_URL is not a valid URL");
    expect(out).not.toMatch(/\n\s+at /);
  });

  it("a DATABASE_URL of another kind of database", () => {
    const { status, out } = start({ DATABASE_URL: "mysql://root@127.0.0.1:3306/portal", NEXTAUTH_SECRET: "x".repeat(32) });
    expect(status).toBe(1);
    expect(out).toContain("DATABASE_URL must start with postgresql://");
  });

  it("an unreachable database", () => {
    const { status, out } = start({ DATABASE_URL: "postgresql://portal@127.0.0.1:1/portal", NEXTAUTH_SECRET: "x".repeat(32) });
    expect(status).toBe(1);
    expect(out).toContain("Cannot reach PostgreSQL at 127.0.0.1:1 (connection refused)");
    expect(out).not.toMatch(/\n\s+at /);
  });

  it("production without NEXTAUTH_SECRET", () => {
    const { status, out } = start({ NODE_ENV: "production", DATABASE_URL: "postgresql://portal@127.0.0.1:1/portal" });
    expect(status).toBe(1);
    expect(out).toContain("NEXTAUTH_SECRET is not set");
  });
});
