// Issue 7, item 8: two-step verification (TOTP) for everyone, required of privileged roles when the
// trust turns it on; recovery codes; the sign-in's code step. Also item 6's callbackUrl.
import { decode } from "next-auth/jwt";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { confirmEnrolment, regenerateRecoveryCodes, startEnrolment, turnOffMfa } from "@/lib/account/mfa/commands";
import { mfaStatus } from "@/lib/account/mfa/queries";
import { CODE_LIMIT } from "@/lib/account/mutations";
import { authOptions } from "@/lib/account/options";
import { loadSession } from "@/lib/access/queries";
import { sessionCookieName } from "@/lib/account/session-cookie";
import { createSession } from "@/lib/account/sessions/mutations";
import { authenticate } from "@/lib/account/sign-in";
import { totpCode } from "@/lib/account/totp";
import type { Viewer } from "@/lib/access/policy";
import { DEMO_EMAILS } from "@/prisma/seed";
import { redirectOf, request, resetRequest } from "../support/next-request";
import { seedSmallTrust, type DemoKey } from "../support/fixtures";

vi.mock("next/headers", async () => (await import("../support/next-request")).nextHeadersMock());
const { signInAction } = await import("@/lib/account/sign-in-actions");

let trust: Awaited<ReturnType<typeof seedSmallTrust>>;
beforeAll(async () => {
  trust = await seedSmallTrust();
});

const userId = (key: DemoKey) => trust.built.users.find((u) => u.email === DEMO_EMAILS[key])!.id;
const step = (at = Date.now()) => Math.floor(at / 30_000);

/** Sets up an authenticator for `viewer` through the real commands; returns the secret and recovery codes. */
async function enrol(viewer: Viewer) {
  expect(await startEnrolment.run(viewer, {})).toMatchObject({ ok: true });
  const status = await mfaStatus(viewer);
  const secret = status.pending!.secret;
  const usedCode = totpCode(secret);
  const result = await confirmEnrolment.run(viewer, { code: usedCode });
  if (!result.ok) throw new Error(result.message);
  return { secret, usedCode, recoveryCodes: result.data.recoveryCodes };
}

function passwordForm(key: DemoKey) {
  const f = new FormData();
  f.set("email", DEMO_EMAILS[key]);
  f.set("password", trust.password);
  return f;
}
function codeForm(key: DemoKey, code: string) {
  const f = new FormData();
  f.set("step", "code");
  f.set("email", DEMO_EMAILS[key]);
  f.set("code", code);
  return f;
}

describe("setting up an authenticator app", () => {
  it("needs a right first code, then stores the secret and 10 hashed single-use recovery codes", async () => {
    const viewer = await trust.viewer("teacher");
    expect(await startEnrolment.run(viewer, {})).toMatchObject({ ok: true });
    const pending = (await mfaStatus(viewer)).pending!;
    expect(pending.uri).toMatch(/^otpauth:\/\/totp\//);
    expect(await confirmEnrolment.run(viewer, { code: "000000" === totpCode(pending.secret) ? "111111" : "000000" })).toMatchObject({
      ok: false,
      fieldErrors: { code: [expect.any(String)] },
    });
    expect(await confirmEnrolment.run(viewer, { code: "12ab" })).toMatchObject({ ok: false, fieldErrors: { code: [expect.any(String)] } });

    const result = await confirmEnrolment.run(viewer, { code: totpCode(pending.secret) });
    expect(result).toMatchObject({ ok: true, data: { recoveryCodes: expect.any(Array) } });
    const codes = result.ok ? result.data.recoveryCodes : [];
    expect(codes).toHaveLength(10);
    const rows = await trust.prisma.mfaRecoveryCode.findMany({ where: { userId: viewer.userId } });
    expect(rows).toHaveLength(10);
    for (const row of rows) {
      expect(row.codeHash).toMatch(/^\$argon2id\$/);
      expect(codes).not.toContain(row.codeHash);
    }
    const user = await trust.prisma.user.findUniqueOrThrow({ where: { id: viewer.userId } });
    expect(user).toMatchObject({ mfaSecret: pending.secret, mfaPendingSecret: null, mfaEnabledAt: expect.any(Date) });
    expect(await trust.prisma.auditLog.count({ where: { action: "mfa.enable", entityId: viewer.userId } })).toBe(1);
  });
});

describe("signing in with a second factor", () => {
  it("asks for a code after the right password, and only then makes a session", async () => {
    const viewer = await trust.viewer("networkLeader");
    const { secret, usedCode } = await enrol(viewer);
    expect(await authenticate(DEMO_EMAILS.networkLeader, trust.password, null)).toMatchObject({ ok: true, mfa: true });

    resetRequest();
    const state = await signInAction(null, passwordForm("networkLeader"));
    expect(state).toEqual({ step: "code", message: null, email: DEMO_EMAILS.networkLeader });
    expect(request.cookies.has(sessionCookieName())).toBe(false);
    expect(await trust.prisma.session.count({ where: { userId: viewer.userId } })).toBe(0);

    // The code just used to enrol is spent; the next step's code is taken (clocks drift by one step).
    expect(await signInAction(state, codeForm("networkLeader", usedCode))).toMatchObject({ step: "code", message: expect.stringContaining("not right") });
    expect(await redirectOf(signInAction(state, codeForm("networkLeader", totpCode(secret, Date.now() + 30_000))))).toBe("/");
    const token = await decode({ token: request.cookies.get(sessionCookieName()), secret: process.env.NEXTAUTH_SECRET as string });
    expect(await loadSession(viewer.userId, token?.sid as string)).toMatchObject({ viewer: { userId: viewer.userId } });
    expect(request.cookies.has("portal-sign-in-challenge")).toBe(false);
  });

  it("never reaches the code step without the password step (no challenge cookie)", async () => {
    resetRequest();
    const { secret } = await enrol(await trust.viewer("governor"));
    const state = await signInAction(null, codeForm("governor", totpCode(secret, Date.now() + 30_000)));
    expect(state).toMatchObject({ step: "password", message: expect.stringContaining("took too long") });
    expect(request.cookies.has(sessionCookieName())).toBe(false);
  });

  it("takes a recovery code once", async () => {
    const { recoveryCodes } = await enrol(await trust.viewer("multiRole"));
    const code = recoveryCodes[3]!;
    resetRequest();
    const state = await signInAction(null, passwordForm("multiRole"));
    expect(await redirectOf(signInAction(state, codeForm("multiRole", code.toUpperCase())))).toBe("/");

    resetRequest();
    const again = await signInAction(null, passwordForm("multiRole"));
    expect(await signInAction(again, codeForm("multiRole", code))).toMatchObject({ step: "code", message: expect.stringContaining("not right") });
    expect(await trust.prisma.mfaRecoveryCode.count({ where: { userId: userId("multiRole"), usedAt: { not: null } } })).toBe(1);
  });

  it(`stops after ${CODE_LIMIT.max} wrong codes: the sign-in must start again later`, async () => {
    const viewer = await trust.viewer("trustee");
    const { secret } = await enrol(viewer);
    resetRequest();
    const state = await signInAction(null, passwordForm("trustee"));
    const right = totpCode(secret, Date.now() + 30_000);
    const wrong = right === "123456" ? "654321" : "123456";
    for (let i = 0; i < CODE_LIMIT.max; i++) await signInAction(state, codeForm("trustee", wrong));
    expect(await signInAction(state, codeForm("trustee", right))).toMatchObject({ step: "password", message: expect.stringContaining("Too many wrong codes") });
  });

  it("new recovery codes replace the old; turning off needs a current code", async () => {
    const viewer = await trust.viewer("seniorLeader");
    const { secret, recoveryCodes } = await enrol(viewer);
    const fresh = await regenerateRecoveryCodes.run(viewer, { code: totpCode(secret, Date.now() + 30_000) });
    expect(fresh).toMatchObject({ ok: true });
    const newCodes = fresh.ok ? fresh.data.recoveryCodes : [];
    expect(newCodes).not.toContain(recoveryCodes[0]);
    expect(await turnOffMfa.run(viewer, { code: "000000" })).toMatchObject({ ok: false });
    // The trust does not require it yet, so it may be turned off (with a code not used before).
    expect(await turnOffMfa.run(viewer, { code: totpCode(secret, Date.now() - 30_000) })).toMatchObject({ ok: false });
    await trust.prisma.user.update({ where: { id: viewer.userId }, data: { mfaLastStep: step() - 2 } });
    expect(await turnOffMfa.run(viewer, { code: totpCode(secret) })).toMatchObject({ ok: true });
    expect(await trust.prisma.mfaRecoveryCode.count({ where: { userId: viewer.userId } })).toBe(0);
  });
});

describe("the trust's requireMfa setting", () => {
  it("sends a privileged person without a second factor to set one up first; others and SSO sign-ins are not", async () => {
    await trust.prisma.trust.update({ where: { id: trust.built.trust.id }, data: { requireMfa: true } });
    const head = await createSession({ userId: userId("head"), method: "PASSWORD" });
    const headSso = await createSession({ userId: userId("head"), method: "SSO" });
    const teacher = await createSession({ userId: userId("teacher"), method: "PASSWORD" });
    const adminUser = userId("admin");
    const admin = await createSession({ userId: adminUser, method: "PASSWORD" });
    expect(await loadSession(userId("head"), head.id)).toMatchObject({ mfaEnrolmentRequired: true });
    expect(await loadSession(userId("head"), headSso.id)).toMatchObject({ mfaEnrolmentRequired: false });
    expect(await loadSession(userId("teacher"), teacher.id)).toMatchObject({ mfaEnrolmentRequired: false });
    expect(await loadSession(adminUser, admin.id)).toMatchObject({ mfaEnrolmentRequired: true });

    // Once set up, the head reaches the portal; and may not turn it off while required.
    const headViewer = await trust.viewer("head");
    const { secret } = await enrol(headViewer);
    expect(await loadSession(userId("head"), head.id)).toMatchObject({ mfaEnrolmentRequired: false });
    const off = await turnOffMfa.run(headViewer, { code: totpCode(secret, Date.now() + 30_000) });
    expect(off).toMatchObject({ ok: false, message: expect.stringContaining("requires two-step verification") });
    await trust.prisma.trust.update({ where: { id: trust.built.trust.id }, data: { requireMfa: false } });
  });
});

describe("callbackUrl (issue 7, item 6)", () => {
  const redirect = authOptions().callbacks!.redirect!;
  it("a malformed callbackUrl falls back to the portal instead of failing", async () => {
    expect(await redirect({ url: "http://localhost:3000.evil.example/", baseUrl: "http://localhost:3000" })).toBe("http://localhost:3000");
    expect(await redirect({ url: "https://evil.example/", baseUrl: "http://localhost:3000" })).toBe("http://localhost:3000");
    expect(await redirect({ url: "/schools", baseUrl: "http://localhost:3000" })).toBe("http://localhost:3000/schools");
  });

  it("the sign-in form goes only to a path on the portal", async () => {
    resetRequest();
    const f = passwordForm("teacher");
    f.set("callbackUrl", "http://localhost:3000.evil.example/");
    await trust.prisma.user.update({ where: { id: userId("teacher") }, data: { mfaSecret: null, mfaEnabledAt: null } });
    expect(await redirectOf(signInAction(null, f))).toBe("/");
  });
});
