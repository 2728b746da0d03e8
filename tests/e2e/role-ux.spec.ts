// Smaller things each role meets on a first visit: the head opens a member of staff's portfolio from
// the school development table, finds the home page's count in the queue, filters the queue by
// academic year and verifies a whole page with "select all"; a teacher's "Delete" asks first.
import { storageState } from "./accounts";
import { expect, test } from "./test";
import { academicYear } from "@/lib/dates";

test.describe("a head's first visit", () => {
  test.use({ storageState: storageState("head") });

  test("opens a member of staff's development portfolio from the school development table", async ({ page, axe }) => {
    await page.goto("/school-development");
    const table = page.getByRole("table", { name: "Staff development this academic year" });
    const link = table.locator("tbody tr").first().getByRole("link").first();
    const [last, first] = ((await link.textContent()) ?? "").trim().split(", ");
    await link.click();
    await expect(page).toHaveURL(/\/staff\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("heading", { level: 1, name: `${first} ${last}` })).toBeVisible();
    await expect(page.getByRole("heading", { name: /Hours this academic year/ })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Statutory training" })).toBeVisible();
    await axe(page);
  });

  test("the home page's count is the queue's; the queue filters by year, and select all verifies the page", async ({ page, axe }) => {
    test.setTimeout(60_000);
    await page.goto("/");
    const verify = page.getByRole("link", { name: /^Verify \d+ submitted activit/ });
    const waiting = Number(((await verify.textContent()) ?? "").match(/\d+/)?.[0]);
    await verify.click();
    await expect(page.getByRole("heading", { level: 1, name: "Verification" })).toBeVisible();
    await expect(page.getByText(new RegExp(`^${waiting} results? · page 1 of`))).toBeVisible();
    await axe(page);

    // An earlier academic year (the teacher's journey in cpd.spec submits into this one).
    const current = academicYear().label;
    const options = await page.getByLabel("Academic year").locator("option").allTextContents();
    const earlier = options.find((o) => /^\d{4}\/\d{2} /.test(o) && !o.startsWith(current));
    expect(earlier, `an earlier year with activities waiting among ${options.join(", ")}`).toBeTruthy();
    const count = Number(earlier!.match(/\((\d+) waiting\)/)?.[1]);
    await page.getByLabel("Academic year").selectOption({ label: earlier! });
    await page.getByRole("button", { name: "Show" }).click();
    await expect(page).toHaveURL(/year=\d{4}/);
    await expect(page.getByText(new RegExp(`^${count} results? · page 1 of`))).toBeVisible();

    const rows = page.getByRole("checkbox", { name: /^Select .+ by / });
    const onPage = await rows.count();
    await page.getByRole("checkbox", { name: /^Select all/ }).check();
    for (const box of await rows.all()) await expect(box).toBeChecked();
    await page.getByRole("button", { name: "Verify selected" }).click();
    await expect(page.getByRole("status")).toHaveText(onPage === 1 ? "Verified 1 activity." : `Verified ${onPage} activities.`);
    await expect(page.getByRole("checkbox", { name: /^Select .+ by / })).toHaveCount(Math.min(50, count - onPage));
    await axe(page);
  });

  test("a CSV export of another school is the portal's 404 page", async ({ page }) => {
    await page.goto("/school-development/export?school=00000000-0000-4000-8000-000000000000");
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  });
});

test.describe("a teacher's first visit", () => {
  test.use({ storageState: storageState("teacher") });

  test("Delete asks to confirm before it deletes", async ({ page, axe }) => {
    const title = `Draft to delete ${Date.now()}`;
    await page.goto("/development/new");
    await page.getByLabel("Title").fill(title);
    await page.getByLabel("Type of activity").selectOption("COURSE");
    await page.getByLabel("Hours").fill("1");
    await page.getByRole("button", { name: "Save as draft" }).click();
    await expect(page.getByRole("status")).toHaveText("Saved as a draft.");

    await expect(page.getByRole("button", { name: "Yes, delete it" })).toBeHidden();
    await page.locator("summary", { hasText: "Delete this activity" }).click();
    await expect(page.getByText("This cannot be undone.")).toBeVisible();
    await axe(page);
    await page.getByRole("button", { name: "Yes, delete it" }).click();
    await expect(page.getByRole("status")).toHaveText("Activity deleted.");
    await expect(page.getByRole("link", { name: title })).toHaveCount(0);
  });
});
