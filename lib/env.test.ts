// Configuration is read through lib/env.ts only: a malformed setting fails at once, by name.
import { afterEach, describe, expect, it, vi } from "vitest";

async function load(vars: Record<string, string | undefined>) {
  vi.resetModules();
  vi.stubEnv("DATABASE_URL", "postgresql://localhost/test");
  vi.stubEnv("NEXTAUTH_SECRET", "a-secret-of-sixteen-or-more");
  vi.stubEnv("DATABASE_POOL_SIZE", undefined);
  vi.stubEnv("PORTAL_DATA_DIR", undefined);
  vi.stubEnv("PORT", undefined);
  for (const [name, value] of Object.entries(vars)) vi.stubEnv(name, value);
  return import("@/lib/env");
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("DATABASE_POOL_SIZE", () => {
  it("is 10 when unset or blank, else the number given", async () => {
    expect((await load({})).env().DATABASE_POOL_SIZE).toBe(10);
    expect((await load({ DATABASE_POOL_SIZE: " " })).databaseEnv().DATABASE_POOL_SIZE).toBe(10);
    expect((await load({ DATABASE_POOL_SIZE: "25" })).databaseEnv().DATABASE_POOL_SIZE).toBe(25);
  });

  it("refuses a typo or an out-of-range size with a clear message, never a NaN pool", async () => {
    for (const bad of ["1O", "ten", "0", "101", "2.5", "-3"]) {
      const { env, databaseEnv, scriptEnv } = await load({ DATABASE_POOL_SIZE: bad });
      const message = /DATABASE_POOL_SIZE: DATABASE_POOL_SIZE must be a whole number from 1 to 100/;
      expect(() => env()).toThrow(message);
      expect(() => databaseEnv()).toThrow(message);
      expect(() => scriptEnv()).toThrow(message);
    }
  });
});

describe("WEB_PROCESSES", () => {
  it("is one per core, at most 4, when unset or blank; else the number given", async () => {
    const { availableParallelism } = await import("node:os");
    const perCore = Math.min(availableParallelism(), 4);
    expect((await load({ WEB_PROCESSES: undefined })).scriptEnv().WEB_PROCESSES).toBe(perCore);
    expect((await load({ WEB_PROCESSES: " " })).scriptEnv().WEB_PROCESSES).toBe(perCore);
    expect((await load({ WEB_PROCESSES: "1" })).scriptEnv().WEB_PROCESSES).toBe(1);
    expect((await load({ WEB_PROCESSES: "8" })).scriptEnv().WEB_PROCESSES).toBe(8);
  });

  it("refuses anything but a whole number from 1 to 32, by name", async () => {
    for (const bad of ["0", "33", "two", "1.5"]) {
      const { scriptEnv } = await load({ WEB_PROCESSES: bad });
      expect(() => scriptEnv()).toThrow(/WEB_PROCESSES: WEB_PROCESSES must be a whole number from 1 to 32/);
    }
  });
});

describe("the scripts' configuration", () => {
  it("needs no DATABASE_URL (the embedded server) and no secret, unlike the app", async () => {
    const { env, scriptEnv } = await load({ DATABASE_URL: undefined, NEXTAUTH_SECRET: undefined });
    const config = scriptEnv();
    expect([config.DATABASE_URL, config.NEXTAUTH_SECRET, config.PORTAL_DATA_DIR, config.PORT]).toEqual([undefined, undefined, ".data", 3000]);
    expect(() => env()).toThrow(/DATABASE_URL is not set[\s\S]*NEXTAUTH_SECRET must be at least 16 characters/);
  });

  it("reads a blank NODE_ENV or DATABASE_URL as unset, as the browser tests' npm start passes them", async () => {
    const config = (await load({ NODE_ENV: "", DATABASE_URL: "" })).scriptEnv();
    expect([config.NODE_ENV, config.DATABASE_URL]).toEqual(["development", undefined]);
  });

  it("sees a DATABASE_URL set after start-up (the embedded server's)", async () => {
    const { scriptEnv } = await load({ DATABASE_URL: undefined });
    expect(scriptEnv().DATABASE_URL).toBeUndefined();
    vi.stubEnv("DATABASE_URL", "postgresql://localhost:5499/portal");
    expect(scriptEnv().DATABASE_URL).toBe("postgresql://localhost:5499/portal");
  });

  it("takes PORTAL_DATA_DIR and a PORT, and refuses a malformed PORT", async () => {
    expect((await load({ PORTAL_DATA_DIR: ".data/e2e", PORT: "3100" })).scriptEnv()).toMatchObject({ PORTAL_DATA_DIR: ".data/e2e", PORT: 3100 });
    await expect(load({ PORT: "http" }).then((m) => m.scriptEnv())).rejects.toThrow(/PORT must be a whole number from 1 to 65535/);
  });
});

describe("PORTAL_ACCESS_LOG", () => {
  it("is on unless set to off (measurement only), and a typo is refused by name rather than read as off", async () => {
    expect((await load({})).env().PORTAL_ACCESS_LOG).toBe("on");
    expect((await load({ PORTAL_ACCESS_LOG: "off" })).env().PORTAL_ACCESS_LOG).toBe("off");
    const { env } = await load({ PORTAL_ACCESS_LOG: "false" });
    expect(() => env()).toThrow(/PORTAL_ACCESS_LOG must be on or off/);
  });
});
