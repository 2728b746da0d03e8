// proxy.ts hands a flash message (lib/commands/flash.ts) to the one request that carries its cookie,
// as a request header, and clears the cookie in that response; a header a client sends itself is dropped.
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { FLASH_COOKIE, FLASH_HEADER } from "@/lib/commands/flash-cookie";
import { proxy } from "@/proxy";

beforeAll(() => {
  // The proxy reads the app's settings (lib/env.ts); a local address and any long secret do here.
  vi.stubEnv("DATABASE_URL", "postgresql://localhost:5432/unit");
  vi.stubEnv("NEXTAUTH_SECRET", "unit-test-secret-of-enough-length");
});

const forwarded = (response: Response) => response.headers.get(`x-middleware-request-${FLASH_HEADER}`);

describe("the flash message in proxy.ts", () => {
  it("passes the cookie's message to the page as a header and deletes the cookie", async () => {
    const message = encodeURIComponent("Saved as a draft.");
    const request = new NextRequest("http://localhost/development/1", { headers: { cookie: `${FLASH_COOKIE}=${encodeURIComponent(message)}` } });
    const response = await proxy(request);
    expect(forwarded(response)).toBe(message);
    expect(response.headers.get("set-cookie")).toMatch(new RegExp(`${FLASH_COOKIE}=;.*(Max-Age=0|Expires=Thu, 01 Jan 1970)`));
  });

  it("forwards no message without the cookie, even when the client sends the header itself", async () => {
    const request = new NextRequest("http://localhost/development", { headers: { [FLASH_HEADER]: "Forged" } });
    const response = await proxy(request);
    expect(forwarded(response)).toBeNull();
    expect(response.headers.get("set-cookie")).toBeNull();
  });
});
