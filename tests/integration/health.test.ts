// The health endpoint answers 503 while the database is down and recovers by itself.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { freePort, startEmbedded } from "@/lib/db/embedded";
import { GET } from "@/app/api/health/route";

const dir = mkdtempSync(path.join(tmpdir(), "portal-health-"));
const port = await freePort();
let server = await startEmbedded(path.join(dir, "data"), () => {}, port);
// This file's app client talks to a server it can stop and start.
process.env.DATABASE_URL = server.url("postgres");

afterAll(async () => {
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
});

it("answers 200 while the database is up, 503 while it is down, and 200 again once it is back", async () => {
  let res = await GET();
  expect(res.status).toBe(200);
  expect(await res.json()).toMatchObject({ status: "ok", database: "up" });

  await server.stop();
  res = await GET();
  expect(res.status).toBe(503);
  expect(await res.json()).toMatchObject({ database: "down" });

  server = await startEmbedded(path.join(dir, "data"), () => {}, port);
  res = await GET();
  expect(res.status).toBe(200);
});
