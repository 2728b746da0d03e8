// A network leader schedules a meeting, takes the register and closes it; the attendee then
// sees the meeting's hours in their CPD (the community page's figure, the meeting page, and
// "My development" once that page exists).
import type { Page } from "@playwright/test";
import { storageState } from "./accounts";
import { personState } from "./people";
import { expect, test } from "./test";

/** A datetime-local value at 16:00 London time, `days` from today (never today, so never near midnight's edge). */
function inDaysAt4pm(days: number) {
  const parts = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", year: "numeric", month: "2-digit", day: "2-digit" })
    .formatToParts(new Date(Date.now() + days * 86_400_000));
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")}T16:00`;
}

const cpdFigure = (page: Page) => page.getByText("Your CPD from this community", { exact: true }).locator("xpath=following-sibling::dd[1]");

test.describe("network leader", () => {
  test.use({ storageState: personState("communityLeader") });

  test("schedules a meeting, whose register waits for its day; takes today's register and the attendee sees the hours", async ({ page, browser, axe }) => {
    // Two signed-in people and a dozen page loads: longer than the default 30 s when the machine is busy.
    test.setTimeout(90_000);
    // The attendee: this spec's own member of the English community, which its own leader leads.
    const teacherContext = await browser.newContext({ storageState: personState("communityMember") });
    const teacher = await teacherContext.newPage();
    await teacher.goto("/communities");
    const teacherName = (await teacher.getByTestId("signed-in-as").textContent())?.trim() ?? "";
    await teacher.getByRole("link", { name: "English Subject Community" }).click();
    const before = parseFloat((await cpdFigure(teacher).textContent()) ?? "0");

    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Network leader dashboard");
    await expect(page.getByRole("heading", { name: "Members by school" })).toBeVisible();
    // The seeded drop-in started earlier today: the home page offers its register.
    await expect(page.getByRole("heading", { name: "Next meeting" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Take the register" })).toBeVisible();
    await axe(page);
    await page.getByRole("link", { name: "Open English Subject Community" }).click();

    const title = `Moderation workshop ${Date.now()}`;
    const form = page.locator("#schedule");
    await form.getByLabel("Title").fill(title);
    await form.getByLabel("Starts (UK time)").fill(inDaysAt4pm(2));
    await form.getByLabel("Length in minutes").fill("75");
    await form.getByLabel("Place (optional)").fill("Castleford Academy, Library");
    await form.getByRole("button", { name: "Schedule meeting" }).click();
    await expect(form.getByRole("status")).toHaveText("Meeting scheduled.");
    await axe(page);
    await page.getByRole("link", { name: title, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(page.getByText("The register opens on the day of the meeting.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Close register and log CPD" })).toHaveCount(0);

    await page.goto("/");
    await page.getByRole("link", { name: "Take the register" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Reading fluency drop-in");
    await expect(page.getByTestId("register-count")).toHaveText(/^0 of \d+ marked present$/);
    await page.getByRole("checkbox", { name: new RegExp(`^${teacherName},`) }).check();
    await expect(page.getByTestId("register-count")).toHaveText(/^1 of \d+ marked present$/);
    await page.getByRole("button", { name: "Close register and log CPD" }).click();
    await expect(page.getByRole("status")).toHaveText("Register saved.");
    await expect(page.getByText("The register is closed")).toBeVisible();
    await expect(page.getByRole("button", { name: "Save changes to the register" })).toBeVisible();
    await axe(page);

    // Closing it again (saving the closed register) must not add a second record.
    await page.getByRole("button", { name: "Save changes to the register" }).click();
    await expect(page.getByRole("status")).toHaveText("Register saved.");

    await teacher.reload();
    // Hours show as formatHours does (lib/dates.ts): up to two decimals, no thousands separator.
    await expect(cpdFigure(teacher)).toHaveText(`${(before + 1.25).toLocaleString("en-GB", { maximumFractionDigits: 2, useGrouping: false })} h`);
    await teacher.getByRole("link", { name: "Reading fluency drop-in", exact: true }).click();
    await expect(teacher.getByText("Attended · 1 h 15 min of CPD logged")).toBeVisible();
    await teacher.goto("/development");
    await expect(teacher.getByText("English Subject Community: Reading fluency drop-in").first()).toBeVisible();
    await teacherContext.close();
  });

  test("records last week's meeting afterwards: its register closes at once and the attendee's hours wait for their school", async ({ page, browser, axe }) => {
    test.setTimeout(90_000);
    const teacherContext = await browser.newContext({ storageState: personState("communityLateMember") });
    const teacher = await teacherContext.newPage();
    await teacher.goto("/communities");
    const teacherName = (await teacher.getByTestId("signed-in-as").textContent())?.trim() ?? "";

    await page.goto("/");
    await page.getByRole("link", { name: "Open English Subject Community" }).click();
    const title = `Moderation catch-up ${Date.now()}`;
    const form = page.locator("#schedule");
    await expect(form.getByLabel("Starts (UK time)")).toHaveAccessibleDescription(/recorded up to 14 days later/);
    await form.getByLabel("Title").fill(title);
    await form.getByLabel("Starts (UK time)").fill(inDaysAt4pm(-20));
    await form.getByRole("button", { name: "Schedule meeting" }).click();
    await expect(form.getByText("A meeting can be recorded up to 14 days after it started: choose a later start.").first()).toBeVisible();
    await form.getByLabel("Starts (UK time)").fill(inDaysAt4pm(-3));
    await form.getByRole("button", { name: "Schedule meeting" }).click();
    await expect(form.getByRole("status")).toHaveText("Meeting scheduled.");

    await page.getByRole("link", { name: title, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(page.getByText("This meeting was recorded after it was held")).toBeVisible();
    await page.getByRole("checkbox", { name: new RegExp(`^${teacherName},`) }).check();
    await page.getByRole("button", { name: "Close register and log CPD" }).click();
    await expect(page.getByRole("status")).toHaveText("Register saved.");
    await expect(page.getByText("The register is closed")).toBeVisible();
    await axe(page);

    await teacher.goto(page.url());
    await expect(teacher.getByText("Attended · 1 h of CPD logged, waiting for your school to verify")).toBeVisible();
    await teacherContext.close();
  });

  test("manages members a page at a time and finds a member by name to remove them", async ({ page, axe }) => {
    await page.goto("/communities");
    await page.getByRole("link", { name: "English Subject Community" }).click();
    await page.getByRole("link", { name: "Manage members" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Manage members: English Subject Community");
    const heading = page.getByRole("heading", { name: /^Members \((\d+)\)$/ });
    const total = Number((await heading.textContent())?.match(/\d+/)?.[0]);
    // At most 20 on a page; the count in the heading is over all of them.
    await expect(page.getByRole("list", { name: /^Members/ }).getByRole("listitem")).toHaveCount(Math.min(total, 20));
    await page.getByLabel("Staff name").fill("Journeyattendee");
    await page.getByRole("button", { name: "Find staff" }).click();
    const found = page.getByRole("region", { name: /^Staff matching/ }).getByRole("listitem").filter({ hasText: "Amos Journeyattendee" });
    await expect(found).toContainText("already a member");
    await expect(found.getByRole("button", { name: "Remove Amos Journeyattendee" })).toBeVisible();
    await axe(page);
  });

  test("cannot open another community's member management", async ({ page }) => {
    await page.goto("/communities");
    await page.getByRole("link", { name: "Trust Mathematics Community" }).click();
    await expect(page.getByRole("link", { name: "Manage members" })).toHaveCount(0);
    const response = await page.goto(`${page.url()}/manage`);
    expect(response?.status()).toBe(404);
  });
});

test.describe("staff", () => {
  test.use({ storageState: personState("communityMember") });
  test("search the resource library and the expertise directory", async ({ page, axe }) => {
    await page.goto("/resources");
    await page.getByLabel("Search words").fill("phonics");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/q=phonics/);
    await expect(page.getByText(/\d+ results?/)).toBeVisible();
    await axe(page);
    await page.getByRole("navigation", { name: "Communities pages" }).getByRole("link", { name: "Expertise" }).click();
    await page.getByLabel("Subject or skill").fill("phonics");
    await page.getByLabel("Willing to support other schools").check();
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/willing=1/);
    await axe(page);
  });
});

test.describe("governor", () => {
  test.use({ storageState: storageState("governor") });
  test("has no communities: not found", async ({ page }) => {
    expect((await page.goto("/communities"))?.status()).toBe(404);
    expect((await page.goto("/resources"))?.status()).toBe(404);
  });
});
