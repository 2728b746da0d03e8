// TRUSTED_PROXY_HOPS is validated at start-up with the rest of the configuration (lib/env.ts).
import { afterEach, describe, expect, it, vi } from "vitest";

async function load(hops: string | undefined) {
  vi.resetModules();
  vi.stubEnv("DATABASE_URL", "postgresql://localhost/test");
  vi.stubEnv("NEXTAUTH_SECRET", "a-secret-of-sixteen-or-more");
  vi.stubEnv("TRUSTED_PROXY_HOPS", hops);
  return (await import("@/lib/env")).env;
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("TRUSTED_PROXY_HOPS", () => {
  it("is a number of hops, or unset", async () => {
    expect((await load("2"))().TRUSTED_PROXY_HOPS).toBe(2);
    expect((await load(""))().TRUSTED_PROXY_HOPS).toBeUndefined();
    expect((await load(undefined))().TRUSTED_PROXY_HOPS).toBeUndefined();
  });

  it("refuses anything else with a clear message", async () => {
    for (const bad of ["0", "-1", "one", "1.5", "11"]) {
      const env = await load(bad);
      expect(() => env()).toThrow(/TRUSTED_PROXY_HOPS must be a whole number from 1 to 10/);
    }
  });
});
