// Issue 7, item 4: a session cookie stops working once its session ends: sign-out, a password
// change, disabling the account, or a trust admin ending it.
import { decode } from "next-auth/jwt";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { changePassword, setAccountStatus } from "@/lib/account/commands";
import { authOptions } from "@/lib/account/options";
import { loadSession } from "@/lib/access/queries";
import { sessionCookieName } from "@/lib/account/session-cookie";
import { endAllSessions, endSession } from "@/lib/account/sessions/commands";
import { createSession } from "@/lib/account/sessions/mutations";
import { signedInPeople, userSessions } from "@/lib/account/sessions/queries";
import { DEMO_EMAILS } from "@/prisma/seed";
import { redirectOf, request, resetRequest } from "../support/next-request";
import { seedSmallTrust, type DemoKey } from "../support/fixtures";
import { notFound } from "../support/writes";

vi.mock("next/headers", async () => (await import("../support/next-request")).nextHeadersMock());
const { signInAction } = await import("@/lib/account/sign-in-actions");

let trust: Awaited<ReturnType<typeof seedSmallTrust>>;
beforeAll(async () => {
  trust = await seedSmallTrust();
});

const userId = (key: DemoKey) => trust.built.users.find((u) => u.email === DEMO_EMAILS[key])!.id;

/** Signs in through the real server action; returns the session cookie's user and session ids. */
async function signIn(key: DemoKey, password = trust.password) {
  resetRequest();
  const f = new FormData();
  f.set("email", DEMO_EMAILS[key]);
  f.set("password", password);
  f.set("callbackUrl", "/schools");
  expect(await redirectOf(signInAction(null, f))).toBe("/schools");
  const token = await decode({ token: request.cookies.get(sessionCookieName()), secret: process.env.NEXTAUTH_SECRET as string });
  return { uid: token?.uid as string, sid: token?.sid as string };
}

describe("a session row behind every cookie", () => {
  it("signing in writes a live session (device and when) that the cookie names", async () => {
    const { uid, sid } = await signIn("teacher");
    expect(uid).toBe(userId("teacher"));
    const row = await trust.prisma.session.findUniqueOrThrow({ where: { id: sid } });
    expect(row).toMatchObject({ userId: uid, method: "PASSWORD", revokedAt: null, userAgent: expect.stringContaining("Chrome") });
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBe(8 * 3_600_000);
    expect(await loadSession(uid, sid)).toMatchObject({ viewer: { userId: uid }, sessionId: sid });
  });

  it("a cookie copied before sign-out no longer works after it", async () => {
    const { uid, sid } = await signIn("teacher");
    await authOptions().events!.signOut!({ token: { uid, sid }, session: null as never });
    expect(await loadSession(uid, sid)).toBeNull();
    expect(await trust.prisma.session.findUniqueOrThrow({ where: { id: sid } })).toMatchObject({ endedBy: "SIGN_OUT" });
  });

  it("an expired session or one of another user is not honoured", async () => {
    const { uid, sid } = await signIn("networkLeader");
    expect(await loadSession(userId("teacher"), sid)).toBeNull();
    expect(await loadSession(uid, "not-a-session-id")).toBeNull();
    await trust.prisma.session.update({ where: { id: sid }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await loadSession(uid, sid)).toBeNull();
  });

  it("a password change ends every other session and keeps the one that made it", async () => {
    const first = await signIn("governor");
    const second = await signIn("governor");
    const viewer = (await loadSession(second.uid, second.sid))!.viewer;
    const result = await changePassword(second.sid).run(viewer, { currentPassword: trust.password, newPassword: "a-new-long-password", confirmPassword: "a-new-long-password" });
    expect(result).toMatchObject({ ok: true, data: { ended: 1 } });
    expect(await loadSession(first.uid, first.sid)).toBeNull();
    expect(await loadSession(second.uid, second.sid)).not.toBeNull();
    const wrong = await changePassword(second.sid).run(viewer, { currentPassword: "nope", newPassword: "another-long-one", confirmPassword: "another-long-one" });
    expect(wrong).toMatchObject({ ok: false, fieldErrors: { currentPassword: [expect.any(String)] } });
  });

  it("disabling an account ends its sessions at once; re-enabling does not bring them back", async () => {
    const { uid, sid } = await signIn("multiRole");
    const admin = await trust.viewer("admin");
    expect(await setAccountStatus.run(admin, { userId: uid, status: "DISABLED" })).toMatchObject({ ok: true, data: { ended: 1 } });
    expect(await loadSession(uid, sid)).toBeNull();
    expect(await setAccountStatus.run(admin, { userId: uid, status: "ACTIVE" })).toMatchObject({ ok: true, data: { ended: 0 } });
    expect(await loadSession(uid, sid)).toBeNull();
    const audit = await trust.prisma.auditLog.findFirst({ where: { action: "user.disable", entityId: uid } });
    expect(audit?.actorUserId).toBe(admin.userId);
  });
});

describe("a trust admin sees and ends a person's sessions", () => {
  it("lists them and ends one, with an audit entry", async () => {
    const a = await signIn("seniorLeader");
    const b = await signIn("seniorLeader");
    const admin = await trust.viewer("admin");
    const { sessions } = await userSessions(admin, a.uid);
    expect(sessions.filter((s) => s.live).map((s) => s.id)).toEqual(expect.arrayContaining([a.sid, b.sid]));
    expect((await signedInPeople(admin, "")).map((p) => p.id)).toContain(a.uid);

    expect(await endSession.run(admin, { userId: a.uid, sessionId: a.sid })).toMatchObject({ ok: true });
    expect(await loadSession(a.uid, a.sid)).toBeNull();
    expect(await loadSession(b.uid, b.sid)).not.toBeNull();
    const entry = await trust.prisma.auditLog.findFirst({ where: { action: "session.end", entityId: a.sid } });
    expect(entry).toMatchObject({ actorUserId: admin.userId, entity: "Session" });

    expect(await endAllSessions.run(admin, { userId: b.uid })).toMatchObject({ ok: true, data: { ended: 1 } });
    expect(await loadSession(b.uid, b.sid)).toBeNull();
  });

  it("a session of another trust's user is not found", async () => {
    const admin = await trust.viewer("admin");
    const otherTrust = await trust.prisma.trust.create({ data: { name: "Another Trust" } });
    const stranger = await trust.prisma.user.create({ data: { trustId: otherTrust.id, email: "someone@another.example", name: "Someone Else" } });
    const s = await createSession({ userId: stranger.id, method: "PASSWORD" });
    expect(await endSession.run(admin, { userId: stranger.id, sessionId: s.id })).toMatchObject({ ok: false, message: "That record was not found." });
    await expect(userSessions(admin, stranger.id)).rejects.toEqual(notFound);
    expect(await loadSession(stranger.id, s.id)).not.toBeNull();
  });
});

describe("sessions access, per role", () => {
  const roles: DemoKey[] = ["teacher", "seniorLeader", "head", "networkLeader", "governor", "trustee", "admin", "multiRole"];
  for (const key of roles) {
    it(`${key}: ${key === "admin" ? "may" : "may not"} see or end others' sessions`, async () => {
      const viewer = await trust.viewer(key);
      const target = await createSession({ userId: userId("teacher"), method: "PASSWORD" });
      if (key === "admin") {
        await expect(userSessions(viewer, userId("teacher"))).resolves.toMatchObject({ user: { id: userId("teacher") } });
        await expect(signedInPeople(viewer)).resolves.toEqual(expect.any(Array));
        expect(await endSession.run(viewer, { userId: userId("teacher"), sessionId: target.id })).toMatchObject({ ok: true });
        return;
      }
      await expect(userSessions(viewer, userId("teacher"))).rejects.toEqual(notFound);
      await expect(signedInPeople(viewer)).rejects.toEqual(notFound);
      expect(await endSession.run(viewer, { userId: userId("teacher"), sessionId: target.id })).toMatchObject({ ok: false });
      expect(await endAllSessions.run(viewer, { userId: userId("teacher") })).toMatchObject({ ok: false });
      expect(await setAccountStatus.run(viewer, { userId: userId("teacher"), status: "DISABLED" })).toMatchObject({ ok: false });
      expect(await trust.prisma.session.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({ revokedAt: null });
    });
  }
});
