// Creates each journey's own people in the e2e portal's database and signs each in once through the
// real sign-in form (with a code from their authenticator where the trust asks for one), keeping the
// session for the specs (Playwright storage state).
import { expect, test as setup } from "@playwright/test";
import { totpCode } from "../../lib/account/totp";
import { createPerson, needsCode, PERSON_KEYS, PERSON_PASSWORD, PERSON_TOTP_SECRET, personEmail, personState } from "./people";

for (const key of PERSON_KEYS) {
  setup(`create and sign in ${key}`, async ({ page }) => {
    await createPerson(key);
    await page.goto("/signin");
    await page.getByLabel("Email address").fill(personEmail(key));
    await page.getByLabel("Password").fill(PERSON_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    if (needsCode(key)) {
      await page.getByLabel("Code from your authenticator app").fill(totpCode(PERSON_TOTP_SECRET));
      await page.getByRole("button", { name: "Continue" }).click();
    }
    await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
    await page.context().storageState({ path: personState(key) });
  });
}
