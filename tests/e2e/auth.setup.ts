// Signs each demo role in once through the real sign-in form and keeps its session for the other tests.
import { expect, test as setup } from "@playwright/test";
import { DEMO_EMAILS, DEMO_PASSWORD, ROLES, storageState } from "./accounts";

for (const role of ROLES) {
  setup(`sign in as ${role}`, async ({ page }) => {
    await page.goto("/signin");
    await page.getByLabel("Email address").fill(DEMO_EMAILS[role]);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
    await page.context().storageState({ path: storageState(role) });
  });
}
