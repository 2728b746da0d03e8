// A form's result reaches the next page as a flash message (decision 008): shown once, never in the
// address, and gone after a reload, with JavaScript on (the action renders the next page itself) and
// off (the browser follows a 303 with the cookie).
import type { Page } from "@playwright/test";
import { storageState } from "./accounts";
import { expect, test } from "./test";

/** A draft with the form's own dates (today), as the quickest entry would be. */
async function saveDraft(page: Page, title: string) {
  await page.goto("/development/new");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Type of activity").selectOption("COURSE");
  await page.getByLabel("Hours").fill("1");
  await page.getByRole("button", { name: "Save as draft" }).click();
}

for (const javaScriptEnabled of [true, false]) {
  const mode = javaScriptEnabled ? "JavaScript on" : "JavaScript off";

  test.describe(`flash messages, ${mode}`, () => {
    test.use({ storageState: storageState("teacher"), javaScriptEnabled });

    test("a saved draft says so once, and its deletion too", async ({ page }) => {
      const title = `Flash draft (${mode}) ${Date.now()}`;
      await saveDraft(page, title);
      const heading = page.getByRole("heading", { level: 1, name: title });
      await expect(heading).toBeVisible();
      await expect(page.getByRole("status")).toHaveText("Saved as a draft.");
      expect(page.url()).toMatch(/\/development\/[0-9a-f-]{36}$/);

      await page.reload();
      await expect(heading).toBeVisible();
      await expect(page.getByText("Saved as a draft.")).toHaveCount(0);

      await page.locator("summary", { hasText: "Delete this activity" }).click();
      await page.getByRole("button", { name: "Yes, delete it" }).click();
      await expect(page.getByRole("status")).toHaveText("Activity deleted.");
      expect(page.url()).toMatch(/\/development$/);
      await page.reload();
      await expect(page.getByRole("heading", { level: 1, name: "My development" })).toBeVisible();
      await expect(page.getByText("Activity deleted.")).toHaveCount(0);
    });
  });
}
