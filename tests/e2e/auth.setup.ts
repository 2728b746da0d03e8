// Signs each demo role in once through the real sign-in form and keeps its session for the other tests.
// The demo trust requires two-step verification of its privileged roles: those sign-ins also enter
// the current code for the documented demo secret, as a person would from their authenticator app.
import { expect, test as setup } from "@playwright/test";
import { totpCode } from "../../lib/account/totp";
import { DEMO_MFA_EMAILS, DEMO_TOTP_SECRET } from "../../prisma/seed/demo";
import { DEMO_EMAILS, DEMO_PASSWORD, ROLES, storageState } from "./accounts";

for (const role of ROLES) {
  setup(`sign in as ${role}`, async ({ page }) => {
    await page.goto("/signin");
    await page.getByLabel("Email address").fill(DEMO_EMAILS[role]);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    if (DEMO_MFA_EMAILS.includes(DEMO_EMAILS[role])) {
      await page.getByLabel("Code from your authenticator app").fill(totpCode(DEMO_TOTP_SECRET));
      await page.getByRole("button", { name: "Continue" }).click();
    }
    await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
    await page.context().storageState({ path: storageState(role) });
  });
}
