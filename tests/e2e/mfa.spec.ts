// Issue 7, items 4 and 8 in the browser: a headteacher the trust requires it of sets up two-step
// verification on first sign-in, signs out, signs in with a code and with a recovery code; a sign-in
// with JavaScript off; a trust admin ends someone's session.
import type { Page } from "@playwright/test";
import { totpCode } from "../../lib/account/totp";
import { DEMO_EMAILS, DEMO_PASSWORD, DEMO_SEED, DEMO_TOTP_SECRET } from "../../prisma/seed/demo";
import { buildTrust } from "../../prisma/seed/factories";
import { createRng } from "../../prisma/seed/random";
import { storageState } from "./accounts";
import { expect, test } from "./test";

/** Someone of the demo trust in `role` who is not one of the documented sign-ins (so has no second factor yet). */
function undocumented(role: "HEADTEACHER" | "SENIOR_LEADER"): string {
  const built = buildTrust(createRng(DEMO_SEED), { scale: 1 });
  const demo = new Set<string>(Object.values(DEMO_EMAILS));
  const holders = new Set(built.roleAssignments.filter((r) => r.role === role).map((r) => r.userId));
  const user = built.users.find((u) => holders.has(u.id) && !demo.has(u.email));
  if (!user) throw new Error(`The demo trust has no other ${role}`);
  return user.email;
}

async function passwordStep(page: Page, email: string) {
  await page.goto("/signin");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
}

async function signOut(page: Page) {
  await page.locator("summary", { hasText: "Account menu for" }).click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
}

test("a headteacher sets up two-step verification, then signs in with a code and with a recovery code", async ({ page, axe }) => {
  test.setTimeout(90_000);
  const email = undocumented("HEADTEACHER");

  await passwordStep(page, email);
  // The trust requires it of heads: nothing else opens until it is set up.
  await expect(page).toHaveURL(/\/signin\/two-step/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Set up two-step verification");
  await page.goto("/schools");
  await expect(page).toHaveURL(/\/signin\/two-step/);
  await axe(page);

  await page.getByRole("button", { name: "Set up an authenticator app" }).click();
  await expect(page.getByRole("img", { name: /QR code/ })).toBeVisible();
  const secret = ((await page.getByTestId("mfa-secret").textContent()) ?? "").replace(/\s/g, "");
  await axe(page);

  const wrong = totpCode(secret) === "000000" ? "111111" : "000000";
  await page.getByLabel("Code from your authenticator app").fill(wrong);
  await page.getByRole("button", { name: "Turn on two-step verification" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /\w/ }).first()).toContainText("That code is not right");

  const enrolCode = totpCode(secret);
  await page.getByLabel("Code from your authenticator app").fill(enrolCode);
  await page.getByRole("button", { name: "Turn on two-step verification" }).click();
  await expect(page.getByRole("heading", { name: "Your recovery codes" })).toBeVisible();
  const codes = await page.getByRole("list", { name: "Recovery codes" }).getByRole("listitem").allTextContents();
  expect(codes).toHaveLength(10);
  await axe(page);
  await page.getByRole("link", { name: /I have saved my recovery codes/ }).click();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  await signOut(page);

  // With a code from the app (the next one: the code used to set up cannot be used twice).
  await passwordStep(page, email);
  const code = page.getByLabel("Code from your authenticator app");
  await expect(code).toBeFocused();
  await axe(page);
  await code.fill(enrolCode);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /\w/ }).first()).toContainText("That code is not right");
  await code.fill(totpCode(secret, Date.now() + 30_000));
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  await signOut(page);

  // With a recovery code, which is then spent.
  await passwordStep(page, email);
  await page.getByLabel("Code from your authenticator app").fill(codes[0] ?? "");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  await page.locator("summary", { hasText: "Account menu for" }).click();
  await page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Sign-in and security" }).click();
  await expect(page.getByText("You have 9 unused recovery codes.")).toBeVisible();
  await axe(page);
});

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("the trust admin signs in with the password and the demo code", async ({ page }) => {
    await passwordStep(page, DEMO_EMAILS.admin);
    // auth.setup may have used this step's code a moment ago: the next step's code is the one to use.
    await page.getByLabel("Code from your authenticator app").fill(totpCode(DEMO_TOTP_SECRET, Date.now() + 30_000));
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  });

  test("a senior leader sets up two-step verification and sees the recovery codes", async ({ page }) => {
    await passwordStep(page, undocumented("SENIOR_LEADER"));
    await expect(page).toHaveURL(/\/signin\/two-step/);
    await page.getByRole("button", { name: "Set up an authenticator app" }).click();
    const secret = ((await page.getByTestId("mfa-secret").textContent()) ?? "").replace(/\s/g, "");
    await page.getByLabel("Code from your authenticator app").fill(totpCode(secret));
    await page.getByRole("button", { name: "Turn on two-step verification" }).click();
    await expect(page.getByRole("list", { name: "Recovery codes" }).getByRole("listitem")).toHaveCount(10);
    await page.getByRole("link", { name: /I have saved my recovery codes/ }).click();
    await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  });

  test("a wrong password is refused with a message", async ({ page }) => {
    await page.goto("/signin");
    await page.getByLabel("Email address").fill(DEMO_EMAILS.teacher);
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").filter({ hasText: /\w/ })).toHaveText("The email address or password is not right.");
  });
});

test.describe("trust admin", () => {
  test.use({ storageState: storageState("admin") });

  test("ends a network leader's session, which then stops working", async ({ page, browser, axe }) => {
    // A context of its own, signed out (new contexts would otherwise take this block's admin storage state).
    const leader = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const leaderPage = await leader.newPage();
    await passwordStep(leaderPage, DEMO_EMAILS.networkLeader);
    await expect(leaderPage.getByRole("navigation", { name: "Main" })).toBeVisible();

    await page.goto("/admin/sessions");
    await expect(page.getByRole("table")).toBeVisible();
    await axe(page);
    await page.getByLabel("Anyone's email address").fill(DEMO_EMAILS.networkLeader);
    await page.getByRole("button", { name: "Open" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Sessions of");
    await axe(page);
    // Newest first: the session just started.
    await page.getByRole("button", { name: "End session" }).first().click();
    await expect(page.getByRole("cell", { name: /^Ended by an administrator/ }).first()).toBeVisible();

    await leaderPage.goto("/schools");
    await expect(leaderPage).toHaveURL(/\/signin/);
    await leader.close();
  });
});
