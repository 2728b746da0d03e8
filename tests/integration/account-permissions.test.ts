// Own-account commands and accepting an invitation ask the permission registry (account:*:own, issue 15 §4)
// about the account row they change: an account disabled while a request was under way (a viewer from
// before it was disabled) changes nothing, and an invitation's link works for its own account only.
import { beforeAll, describe, expect, it } from "vitest";
import { acceptInvitation, EXPIRED, inviteUser } from "@/lib/accounts/invitations";
import { invitationViewer } from "@/lib/accounts/queries";
import { changePassword, setAccountStatus } from "@/lib/account/commands";
import * as mfa from "@/lib/account/mfa/commands";
import type { Viewer } from "@/lib/access/policy";
import { totpCode } from "@/lib/account/totp";
import { db } from "@/lib/db/client";
import { outboxAfterJobs } from "../support/jobs";
import { DEMO_TOTP_SECRET } from "@/prisma/seed/demo";
import { type DemoKey, type seedSmallTrust, smallTrustWithOutbox } from "../support/fixtures";
import { runForm } from "../support/form";
import { expectOneAudit, expectRefused, notFoundResult } from "../support/writes";

let trust: Awaited<ReturnType<typeof seedSmallTrust>>;
let v: Record<DemoKey, Viewer>;
beforeAll(async () => ({ trust, v } = await smallTrustWithOutbox("account-permissions")));

const passwords = (current: string, next = "a-new-long-password") => ({ currentPassword: current, newPassword: next, confirmPassword: next });
const account = (userId: string) => db().user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true, mfaSecret: true, mfaPendingSecret: true, mfaEnabledAt: true, status: true } });

describe("own-account commands", () => {
  it("an active account changes its own password", async () => {
    await expectOneAudit(() => runForm(changePassword(null), v.networkLeader, passwords(trust.password)), "user.passwordChange");
  });

  it("a disabled account, with a viewer from before it was disabled, changes neither its password nor its second factor", async () => {
    const stale = v.teacher;
    // The teacher has an authenticator app, so every second-factor command has a right code to refuse.
    await db().user.update({ where: { id: stale.userId }, data: { mfaSecret: DEMO_TOTP_SECRET, mfaEnabledAt: new Date() } });
    expect(await runForm(setAccountStatus, v.admin, { userId: stale.userId, status: "DISABLED" })).toMatchObject({ ok: true });
    const before = await account(stale.userId);
    expect(before.status).toBe("DISABLED");

    await expectRefused(() => runForm(changePassword(null), stale, passwords(trust.password)), notFoundResult);
    await expectRefused(() => runForm(mfa.startEnrolment, stale, {}), notFoundResult);
    await expectRefused(() => runForm(mfa.confirmEnrolment, stale, { code: totpCode(DEMO_TOTP_SECRET) }), notFoundResult);
    await expectRefused(() => runForm(mfa.regenerateRecoveryCodes, stale, { code: totpCode(DEMO_TOTP_SECRET) }), notFoundResult);
    await expectRefused(() => runForm(mfa.turnOffMfa, stale, { code: totpCode(DEMO_TOTP_SECRET) }), notFoundResult);
    expect(await account(stale.userId)).toEqual(before);
  });

  it("a viewer whose trust is not the account's finds nothing", async () => {
    const elsewhere = { ...v.seniorLeader, trustId: "00000000-0000-4000-8000-00000000000f" };
    const before = await account(elsewhere.userId);
    await expectRefused(() => runForm(changePassword(null), elsewhere, passwords(trust.password)), notFoundResult);
    await expectRefused(() => runForm(mfa.startEnrolment, elsewhere, {}), notFoundResult);
    expect(await account(elsewhere.userId)).toEqual(before);
  });
});

describe("accepting an invitation", () => {
  const linkIn = (text: string) => /\/invite\/([A-Za-z0-9_-]+)/.exec(text)?.[1] ?? "";
  async function invite(email: string) {
    expect(await runForm(inviteUser, v.admin, { name: "Nia Governor", email, role: "TRUSTEE" })).toMatchObject({ ok: true });
    const mail = (await outboxAfterJobs(v.admin)).messages.find((m) => m.to.includes(email));
    const token = linkIn(mail?.text ?? "");
    const invited = await invitationViewer(token);
    if (!invited) throw new Error("no live invitation");
    return { token, invited };
  }
  const choose = (token: string) => ({ token, newPassword: "governing-body-2026", confirmPassword: "governing-body-2026" });

  it("someone else (signed in or holding another link) cannot set the password of the link's account", async () => {
    const { token, invited } = await invite("nia.one@example.org");
    const other = await invite("nia.two@example.org");
    for (const wrong of [v.governor, v.admin, other.invited]) {
      await expectRefused(() => runForm(acceptInvitation, wrong, choose(token)), { ok: false, message: EXPIRED });
    }
    expect((await account(invited.userId)).passwordHash).toBeNull();
    await expectOneAudit(() => runForm(acceptInvitation, invited, choose(token)), "user.setPassword");
  });

  it("an account disabled after its link was opened is refused", async () => {
    const { token, invited } = await invite("nia.three@example.org");
    expect(await runForm(setAccountStatus, v.admin, { userId: invited.userId, status: "DISABLED" })).toMatchObject({ ok: true });
    await expectRefused(() => runForm(acceptInvitation, invited, choose(token)), { ok: false, message: EXPIRED });
    expect((await account(invited.userId)).passwordHash).toBeNull();
  });
});
