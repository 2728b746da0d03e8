// A small trust built by the seed's own factories, and viewers for its demo accounts.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { hashPassword } from "@/lib/account/password";
import { loadViewer } from "@/lib/access/queries";
import type { Viewer } from "@/lib/access/policy";
import { db } from "@/lib/db/client";
import { buildTrust, createRng, DEMO_EMAILS, insertTrust } from "@/prisma/seed";

export type DemoKey = keyof typeof DEMO_EMAILS;
/** Every demo account, for tests that try an action as each role. */
export const DEMO_KEYS = Object.keys(DEMO_EMAILS) as DemoKey[];

let passwordHash: Promise<string> | undefined;

/** Inserts a trust of 2 clusters × 2 schools with few staff; every demo account exists in it. */
export async function seedSmallTrust(seed = 7) {
  passwordHash ??= hashPassword("test-password-1");
  const built = buildTrust(createRng(seed), { scale: 1, clusters: 2, schoolsPerCluster: 2, staffPerSchool: 14, passwordHash: await passwordHash });
  await insertTrust(db(), built);
  const viewer = async (key: DemoKey): Promise<Viewer> => {
    const user = built.users.find((u) => u.email === DEMO_EMAILS[key]);
    const v = user ? await loadViewer(user.id) : null;
    if (!v) throw new Error(`No demo account ${key} in the test trust`);
    return v;
  };
  /** A viewer for every demo account. */
  const viewers = async () => Object.fromEntries(await Promise.all(DEMO_KEYS.map(async (k) => [k, await viewer(k)]))) as Record<DemoKey, Viewer>;
  return { built, prisma: db(), viewer, viewers, password: "test-password-1" };
}

/** seedSmallTrust() and its viewers, with a file outbox (PORTAL_DATA_DIR) of the calling test file's own;
 *  lib/env.ts reads it on first use, so call this before anything sends mail. */
export async function smallTrustWithOutbox(name: string) {
  process.env.PORTAL_DATA_DIR = mkdtempSync(path.join(tmpdir(), `portal-${name}-`));
  const trust = await seedSmallTrust();
  return { trust, v: await trust.viewers() };
}
