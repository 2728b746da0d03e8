// Issue 7, item 3: the per-address sign-in limit cannot be reset (or turned on a victim) by
// changing X-Forwarded-For. Runs the real sign-in server action with the request's headers.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { IP_LIMIT, UNATTRIBUTED_LIMIT } from "@/lib/account/mutations";
import { DEMO_EMAILS } from "@/prisma/seed";
import { resetRequest } from "../support/next-request";
import { seedSmallTrust } from "../support/fixtures";

const config = vi.hoisted(() => ({ hops: undefined as number | undefined }));
vi.mock("next/headers", async () => (await import("../support/next-request")).nextHeadersMock());
vi.mock("@/lib/env", async (original) => {
  const real = await original<typeof import("@/lib/env")>();
  return { ...real, env: () => ({ ...real.env(), TRUSTED_PROXY_HOPS: config.hops }) };
});

const { signInAction } = await import("@/lib/account/sign-in-actions");

let trust: Awaited<ReturnType<typeof seedSmallTrust>>;
beforeAll(async () => {
  trust = await seedSmallTrust();
});
beforeEach(async () => {
  await trust.prisma.rateLimitBucket.deleteMany({});
});

function form(email: string, password: string) {
  const f = new FormData();
  f.set("email", email);
  f.set("password", password);
  return f;
}

async function attempt(xff: string, email = "nobody@northbridge.example", password = "wrong") {
  resetRequest({ "x-forwarded-for": xff, "x-real-ip": xff.split(",")[0] ?? "" });
  return signInAction(null, form(email, password)).catch((e: { digest?: string }) => ({ redirected: e.digest }));
}

describe("no trusted proxy configured", () => {
  beforeEach(() => {
    config.hops = undefined;
  });

  it("ignores X-Forwarded-For: a new header value does not start a new budget", async () => {
    await attempt("203.0.113.1");
    await attempt("203.0.113.2");
    await attempt("198.51.100.7, 10.0.0.1");
    const buckets = await trust.prisma.rateLimitBucket.findMany({ where: { key: { startsWith: "signin:ip:" } } });
    expect(buckets).toEqual([expect.objectContaining({ key: "signin:ip:unattributed", count: 3 })]);
  });

  it("once the shared budget is spent, spoofing another address does not get past it", async () => {
    await trust.prisma.rateLimitBucket.create({
      data: { key: "signin:ip:unattributed", count: UNATTRIBUTED_LIMIT.max, resetAt: new Date(Date.now() + 600_000) },
    });
    const result = await attempt(`192.0.2.${Math.floor(Math.random() * 200)}`, DEMO_EMAILS.teacher, trust.password);
    expect(result).toMatchObject({ step: "password", message: expect.stringContaining("Too many failed sign-ins") });
  });
});

describe("one trusted proxy (TRUSTED_PROXY_HOPS=1)", () => {
  beforeEach(() => {
    config.hops = 1;
  });

  it("counts the address the proxy appended, whatever the client put before it", async () => {
    for (let i = 0; i < IP_LIMIT.max; i++) await attempt(`6.6.6.${i}, 203.0.113.50`, `person${i}@northbridge.example`);
    const blocked = await attempt("7.7.7.7, 203.0.113.50", DEMO_EMAILS.teacher, trust.password);
    expect(blocked).toMatchObject({ message: expect.stringContaining("Too many failed sign-ins") });
    // Someone else (another real address) is not locked out by it.
    const other = await attempt("203.0.113.50, 203.0.113.51", DEMO_EMAILS.teacher, trust.password);
    expect(other).toEqual({ redirected: expect.stringContaining("NEXT_REDIRECT") });
  });

  it("a client cannot spend a victim's budget by naming the victim's address", async () => {
    for (let i = 0; i < IP_LIMIT.max; i++) await attempt("198.51.100.9, 203.0.113.60", `person${i}@northbridge.example`);
    const victim = await attempt("198.51.100.9", DEMO_EMAILS.head, trust.password);
    // The victim, through the proxy, is 198.51.100.9: not the attacker's bucket (203.0.113.60).
    expect(victim).not.toMatchObject({ message: expect.stringContaining("Too many failed sign-ins") });
  });
});
