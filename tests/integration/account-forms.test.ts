// The account actions through their real form path: a password change and a trust admin disabling
// an account, allowed (one audit entry), denied and bad input (nothing written).
import { beforeAll, describe, expect, it } from "vitest";
import { changePassword, setAccountStatus } from "@/lib/auth/account/commands";
import { db } from "@/lib/db/client";
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
