// proxy.ts on its own: headers, the refusals, and the 503 page while the database is known to be down.
import net from "node:net";
import { NextRequest } from "next/server";
import { afterEach, expect, it } from "vitest";
import { proxy } from "@/proxy";

const outage = globalThis as unknown as { __portalDatabaseDownSince?: number };
const request = (path: string, init: ConstructorParameters<typeof NextRequest>[1] = {}) => new NextRequest(`http://portal.test${path}`, init);

/** A local port with nothing listening on it. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

// The app's configuration is read once (lib/env.ts): one database address, down, then listening.
const port = await closedPort();
process.env.DATABASE_URL = `postgresql://portal@127.0.0.1:${port}/portal`;
process.env.NEXTAUTH_SECRET ??= "unit-tests-secret-0123456789";

afterEach(() => {
  delete outage.__portalDatabaseDownSince;
});

it("passes a page on with a nonce in the request's CSP and the security headers on the answer", async () => {
  const res = await proxy(request("/signin"));
  const csp = res.headers.get("content-security-policy") ?? "";
  expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(res.headers.get("x-frame-options")).toBe("DENY");
  expect(res.headers.get("x-middleware-next")).toBe("1");
});

it("refuses a body over 40 MB with 413 and a cross-site page POST with 403", async () => {
  const big = await proxy(request("/development/new", { method: "POST", headers: { "content-length": String(41 * 1024 * 1024) } }));
  expect(big.status).toBe(413);
  const cross = await proxy(request("/development/new", { method: "POST", headers: { origin: "https://elsewhere.test", host: "portal.test" } }));
  expect(cross.status).toBe(403);
  const same = await proxy(request("/development/new", { method: "POST", headers: { origin: "http://portal.test", host: "portal.test" } }));
  expect(same.headers.get("x-middleware-next")).toBe("1");
});

it("while a query has found the database unreachable and it still refuses connections, pages get 503", async () => {
  outage.__portalDatabaseDownSince = Date.now();
  const res = await proxy(request("/school-development"));
  expect(res.status).toBe(503);
  expect(res.headers.get("retry-after")).toBe("5");
  expect(await res.text()).toContain("The portal cannot reach its database just now");
  // API routes answer for themselves (/api/health gives its own 503).
  expect((await proxy(request("/api/health"))).headers.get("x-middleware-next")).toBe("1");
});

it("once the database accepts connections again, the flag is cleared and pages pass", async () => {
  const server = net.createServer((socket) => socket.destroy());
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  outage.__portalDatabaseDownSince = Date.now();
  const res = await proxy(request("/school-development"));
  expect(res.headers.get("x-middleware-next")).toBe("1");
  expect(outage.__portalDatabaseDownSince).toBeUndefined();
  await new Promise((resolve) => server.close(resolve));
});
