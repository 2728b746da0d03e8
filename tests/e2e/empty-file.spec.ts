// Every form with a file input, sent with the file left empty (the path most people take), with
// JavaScript on and off; and an empty file someone did choose is refused in words.
import type { Page } from "@playwright/test";
import { londonIsoDay } from "../support/days";
import { personState } from "./people";
import { expect, test } from "./test";

const daysAgo = (days: number) => londonIsoDay(-days);

async function logActivity(page: Page, title: string, button: "Save as draft" | "Submit for verification") {
  await page.goto("/development/new");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Type of activity").selectOption("COURSE");
  await page.getByLabel("Strand").selectOption("PROFESSIONAL_LEARNING");
  await page.getByLabel("Start date").fill(daysAgo(3));
  await page.getByLabel("End date").fill(daysAgo(3));
  await page.getByLabel("Hours").fill("1.5");
  await page.getByRole("button", { name: button }).click();
}

for (const javaScriptEnabled of [true, false]) {
  const mode = javaScriptEnabled ? "JavaScript on" : "JavaScript off";

  test.describe(`teacher, ${mode}`, () => {
    test.use({ storageState: personState("fileTeacher"), javaScriptEnabled });

    test("logs an activity without evidence, as a draft and for verification", async ({ page }) => {
      const draft = `Draft without evidence (${mode}) ${Date.now()}`;
      await logActivity(page, draft, "Save as draft");
      await expect(page.getByRole("heading", { level: 1, name: draft })).toBeVisible();
      await expect(page.getByRole("status")).toHaveText("Saved as a draft.");

      const submitted = `Submitted without evidence (${mode}) ${Date.now()}`;
      await logActivity(page, submitted, "Submit for verification");
      await expect(page.getByRole("heading", { level: 1, name: submitted })).toBeVisible();
      await expect(page.getByRole("status")).toHaveText("Saved and sent for verification.");
    });

    test("records training without a certificate", async ({ page }) => {
      await page.goto("/development/training/new");
      const training = page.getByLabel("Training");
      const first = await training.locator("option").nth(1).getAttribute("value");
      await training.selectOption(first ?? "");
      await page.getByLabel("Date you completed it").fill(daysAgo(10));
      await page.getByRole("button", { name: "Record training" }).click();
      await expect(page.getByRole("status")).toHaveText("Training recorded.");
    });

    test("an empty file that was chosen is refused in words, and the choices made stay", async ({ page }) => {
      await page.goto("/development/new");
      await page.getByLabel("Title").fill(`Empty file (${mode})`);
      await page.getByLabel("Type of activity").selectOption("INSET");
      await page.getByLabel("Strand").selectOption("LEADERSHIP_DEVELOPMENT");
      await page.getByLabel("Start date").fill(daysAgo(2));
      await page.getByLabel("End date").fill(daysAgo(2));
      await page.getByLabel("Hours").fill("2");
      await page.getByLabel("Or upload a file").setInputFiles({ name: "notes.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(0) });
      await page.getByRole("button", { name: "Save as draft" }).click();
      await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toBeVisible();
      await expect(page.getByText("The file is empty.").first()).toBeVisible();
      await expect(page.getByLabel("Type of activity")).toHaveValue("INSET");
      await expect(page.getByLabel("Strand")).toHaveValue("LEADERSHIP_DEVELOPMENT");
      await expect(page.getByLabel("Title")).toHaveValue(`Empty file (${mode})`);
    });
  });

  test.describe(`network leader, ${mode}`, () => {
    test.use({ storageState: personState("fileLeader"), javaScriptEnabled });

    test("adds a link resource with no file", async ({ page }) => {
      await page.goto("/communities");
      await page.getByRole("link", { name: "English Subject Community" }).click();
      const form = page.locator("#resource");
      const title = `Fluency reading list (${mode}) ${Date.now()}`;
      await form.getByLabel("Title").fill(title);
      await form.getByLabel("Kind").selectOption({ index: 1 });
      await form.getByLabel("Web address").fill("https://example.org/fluency");
      await form.getByRole("button", { name: "Add resource" }).click();
      await expect(form.getByRole("status")).toBeVisible();
      await expect(page.getByRole("link", { name: title })).toBeVisible();
    });
  });
}

test.describe("a refusal from the server, JavaScript on", () => {
  test.use({ storageState: personState("fileTeacher") });

  test("keeps the chosen type and strand, focuses the summary and drops the stale saved message", async ({ page, axe }) => {
    const title = `Server refusal ${Date.now()}`;
    await logActivity(page, title, "Save as draft");
    await expect(page.getByRole("status")).toHaveText("Saved as a draft.");
    // A second day's worth of hours on a one-day activity passes nothing in the browser that the server
    // would not also refuse, so send a file whose contents do not match its name: only the server can tell.
    await page.getByLabel("Type of activity").selectOption("MENTORING");
    await page.getByLabel("Or upload a file").setInputFiles({ name: "fake.pdf", mimeType: "application/pdf", buffer: Buffer.from("not a pdf") });
    await page.getByRole("button", { name: "Save as draft" }).click();
    const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
    await expect(summary).toBeFocused();
    await expect(page.getByText("Saved as a draft.")).toHaveCount(0);
    await expect(page.getByLabel("Type of activity")).toHaveValue("MENTORING");
    await axe(page);
  });
});
