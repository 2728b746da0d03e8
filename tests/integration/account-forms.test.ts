// The account actions (lib/account/actions.ts) through their real form path: password, account
// status, two-step verification and sessions; allowed (one audit entry), denied and bad input (nothing written).
import { beforeAll, describe, expect, it } from "vitest";
import { changePassword, setAccountStatus } from "@/lib/account/commands";
import * as mfa from "@/lib/account/mfa/commands";
import { loadViewer } from "@/lib/access/queries";
import * as sessions from "@/lib/account/sessions/commands";
import { createSession } from "@/lib/account/sessions/mutations";
import { totpCode } from "@/lib/account/totp";
import { db } from "@/lib/db/client";
import { DEMO_EMAILS } from "@/prisma/seed/demo";
import { seedSmallTrust, type DemoKey } from "../support/fixtures";
import { runForm } from "../support/form";
import { expectOneAudit, expectRefused, invalid, notFoundResult } from "../support/writes";

let trust: Awaited<ReturnType<typeof seedSmallTrust>>;
beforeAll(async () => {
  trust = await seedSmallTrust();
});
const hashOf = async (key: DemoKey) => (await db().user.findUniqueOrThrow({ where: { id: (await trust.viewer(key)).userId } })).passwordHash;
const passwords = (current: string, next = "a-new-long-password", confirm = next) => ({ currentPassword: current, newPassword: next, confirmPassword: confirm });

describe("change password", () => {
  it("allowed: the owner, with their current password; one audit entry", async () => {
    const before = await hashOf("networkLeader");
    await expectOneAudit(async () => runForm(changePassword(null), await trust.viewer("networkLeader"), passwords(trust.password)), "user.passwordChange");
    expect(await hashOf("networkLeader")).not.toBe(before);
  });

  it("denied: a wrong current password changes nothing", async () => {
    const before = await hashOf("teacher");
    await expectRefused(async () => runForm(changePassword(null), await trust.viewer("teacher"), passwords("not-my-password")), invalid("currentPassword"));
    expect(await hashOf("teacher")).toBe(before);
  });

  it("bad input: a new password that does not match its confirmation", async () => {
    const before = await hashOf("teacher");
    const result = await expectRefused(async () => runForm(changePassword(null), await trust.viewer("teacher"), passwords(trust.password, "a-new-long-password", "another-long-password")), { ok: false });
    expect(Object.keys((result as { fieldErrors: object }).fieldErrors).length).toBeGreaterThan(0);
    expect(await hashOf("teacher")).toBe(before);
  });
});

describe("disable an account", () => {
  const form = async (key: DemoKey, status: string) => ({ userId: (await trust.viewer(key)).userId, status });

  it("allowed: the trust admin; one audit entry", async () => {
    await expectOneAudit(async () => runForm(setAccountStatus, await trust.viewer("admin"), await form("governor", "DISABLED")), "user.disable");
  });

  it("denied: a head (another role) gets not found and nothing changes", async () => {
    for (const key of ["head", "trustee"] as const) {
      await expectRefused(async () => runForm(setAccountStatus, await trust.viewer(key), await form("teacher", "DISABLED")), notFoundResult);
    }
  });

  it("bad input: an unknown status or a malformed person", async () => {
    const admin = await trust.viewer("admin");
    await expectRefused(async () => runForm(setAccountStatus, admin, await form("teacher", "GONE")), invalid("status"));
    await expectRefused(() => runForm(setAccountStatus, admin, { userId: "someone", status: "DISABLED" }), invalid("userId"));
  });
});

// Each test below acts as a member of staff of its own (not a demo account), so none shares a second factor or a session.
let taken = 0;
const someone = async () => {
  const demo: string[] = Object.values(DEMO_EMAILS);
  const user = trust.built.users.filter((u) => !demo.includes(u.email))[taken++]!;
  return (await loadViewer(user.id))!;
};
const SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
/** Their authenticator app is set up already, and no code of this minute has been used. */
async function withApp() {
  const viewer = await someone();
  await db().user.update({ where: { id: viewer.userId }, data: { mfaSecret: SECRET, mfaEnabledAt: new Date(), mfaLastStep: Math.floor(Date.now() / 30_000) - 10 } });
  return viewer;
}
const code = () => ({ code: totpCode(SECRET) });

describe("two-step verification", () => {
  it("start: allowed once (one audit entry); again once it is on is refused; it takes no fields to get wrong", async () => {
    await expectOneAudit(async () => runForm(mfa.startEnrolment, await someone(), {}), "mfa.start");
    await expectRefused(async () => runForm(mfa.startEnrolment, await withApp(), {}), { ok: false, message: "Two-step verification is already on." });
  });

  it("confirm: the pending app's code turns it on; a wrong code or a malformed one writes nothing", async () => {
    const viewer = await someone();
    expect(await runForm(mfa.startEnrolment, viewer, {})).toMatchObject({ ok: true });
    const secret = (await db().user.findUniqueOrThrow({ where: { id: viewer.userId } })).mfaPendingSecret!;
    const wrong = String((Number(totpCode(secret)) + 1) % 1_000_000).padStart(6, "0");
    await expectRefused(() => runForm(mfa.confirmEnrolment, viewer, { code: wrong }), invalid("code"));
    await expectRefused(() => runForm(mfa.confirmEnrolment, viewer, { code: "12ab" }), invalid("code"));
    await expectOneAudit(() => runForm(mfa.confirmEnrolment, viewer, { code: totpCode(secret) }), "mfa.enable");
  });

  it("new recovery codes: with a current code (one audit entry); without an app, or a malformed code, nothing", async () => {
    await expectRefused(async () => runForm(mfa.regenerateRecoveryCodes, await someone(), code()), { ok: false, message: "Two-step verification is not on." });
    const viewer = await withApp();
    await expectRefused(() => runForm(mfa.regenerateRecoveryCodes, viewer, { code: "" }), invalid("code"));
    await expectOneAudit(() => runForm(mfa.regenerateRecoveryCodes, viewer, code()), "mfa.recoveryCodes");
  });

  it("turn off: with a current code (one audit entry); a code already used, or a malformed one, changes nothing", async () => {
    const viewer = await withApp();
    await expectRefused(() => runForm(mfa.turnOffMfa, viewer, { code: "1234567" }), invalid("code"));
    await expectOneAudit(() => runForm(mfa.turnOffMfa, viewer, code()), "mfa.disable");
    const again = await withApp();
    await db().user.update({ where: { id: again.userId }, data: { mfaLastStep: Math.floor(Date.now() / 30_000) + 1 } });
    await expectRefused(() => runForm(mfa.turnOffMfa, again, code()), invalid("code"));
  });
});

describe("ending sessions", () => {
  const sessionOf = async () => {
    const viewer = await someone();
    return { userId: viewer.userId, sessionId: (await createSession({ userId: viewer.userId, method: "PASSWORD" })).id };
  };

  it("one session: the trust admin (one audit entry); a head cannot; a bad id", async () => {
    const target = await sessionOf();
    await expectRefused(async () => runForm(sessions.endSession, await trust.viewer("head"), target), notFoundResult);
    await expectRefused(async () => runForm(sessions.endSession, await trust.viewer("admin"), { ...target, sessionId: "last-one" }), invalid("sessionId"));
    await expectOneAudit(async () => runForm(sessions.endSession, await trust.viewer("admin"), target), "session.end");
  });

  it("all of a person's sessions: the trust admin (one audit entry); a teacher cannot; a bad id", async () => {
    const { userId } = await sessionOf();
    await expectRefused(async () => runForm(sessions.endAllSessions, await trust.viewer("teacher"), { userId }), notFoundResult);
    await expectRefused(async () => runForm(sessions.endAllSessions, await trust.viewer("admin"), { userId: "" }), invalid("userId"));
    await expectOneAudit(async () => runForm(sessions.endAllSessions, await trust.viewer("admin"), { userId }), "session.endAll");
  });
});
