import { beforeAll, describe, expect, it } from "vitest";
import { authenticate } from "@/lib/account/sign-in";
import { DEMO_EMAILS } from "@/prisma/seed";
import { seedSmallTrust } from "../support/fixtures";

let trust: Awaited<ReturnType<typeof seedSmallTrust>>;
beforeAll(async () => {
  trust = await seedSmallTrust();
});

const email = (key: keyof typeof DEMO_EMAILS) => DEMO_EMAILS[key];

describe("authenticate", () => {
  it("signs in with the right password, case-insensitively by email", async () => {
    const result = await authenticate(`  ${email("teacher").toUpperCase()} `, trust.password, "10.0.0.1");
    expect(result).toMatchObject({ ok: true });
    const user = await trust.prisma.user.findUnique({ where: { email: email("teacher") } });
    expect(user?.lastSignInAt).toBeInstanceOf(Date);
  });

  it("gives the same answer for an unknown email and a wrong password", async () => {
    expect(await authenticate("nobody@northbridge.example", "whatever", "10.0.0.2")).toEqual({ ok: false, error: "INVALID" });
    expect(await authenticate(email("head"), "wrong", "10.0.0.2")).toEqual({ ok: false, error: "INVALID" });
  });

  it("locks an account after 5 failures in 15 minutes, even for the right password, then frees it", async () => {
    for (let i = 0; i < 5; i++) expect(await authenticate(email("trustee"), "wrong", `10.0.1.${i}`)).toMatchObject({ error: "INVALID" });
    expect(await authenticate(email("trustee"), trust.password, "10.0.1.9")).toMatchObject({ ok: false, error: "LOCKED" });
    // The window passes (moved back rather than waited for).
    await trust.prisma.rateLimitBucket.updateMany({ where: { key: `signin:account:${email("trustee")}` }, data: { resetAt: new Date(Date.now() - 1000) } });
    expect(await authenticate(email("trustee"), trust.password, "10.0.1.9")).toMatchObject({ ok: true });
  });

  it("counts concurrent failures exactly (one statement per failure, as several app instances would)", async () => {
    await Promise.all(Array.from({ length: 12 }, () => authenticate(email("governor"), "wrong", "10.0.2.1")));
    const bucket = await trust.prisma.rateLimitBucket.findUnique({ where: { key: "signin:ip:10.0.2.1" } });
    expect(bucket?.count).toBe(12);
  });

  it("limits one IP address across accounts", async () => {
    const ip = "10.0.3.1";
    for (let i = 0; i < 30; i++) await authenticate(`person${i}@northbridge.example`, "wrong", ip);
    expect(await authenticate(email("admin"), trust.password, ip)).toMatchObject({ ok: false, error: "TOO_MANY_ATTEMPTS" });
    expect(await authenticate(email("admin"), trust.password, "10.0.3.2")).toMatchObject({ ok: true });
  });

  it("tells a disabled account so, but only once the password is right", async () => {
    await trust.prisma.user.update({ where: { email: email("seniorLeader") }, data: { status: "DISABLED" } });
    expect(await authenticate(email("seniorLeader"), "wrong", "10.0.4.1")).toEqual({ ok: false, error: "INVALID" });
    expect(await authenticate(email("seniorLeader"), trust.password, "10.0.4.1")).toEqual({ ok: false, error: "DISABLED" });
  });

  it("refuses an account an administrator locked", async () => {
    await trust.prisma.user.update({ where: { email: email("networkLeader") }, data: { lockedUntil: new Date(Date.now() + 3_600_000) } });
    expect(await authenticate(email("networkLeader"), trust.password, "10.0.5.1")).toMatchObject({ ok: false, error: "LOCKED" });
  });
});
