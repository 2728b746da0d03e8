import { expect, test } from "./test";
import { DEMO_EMAILS, DEMO_PASSWORD, type DemoRole, storageState } from "./accounts";

// The header's sections (issue 15): tests/e2e/nav.spec.ts checks their pages, one row and the phone menu.
const NAVIGATION: Record<DemoRole, string[]> = {
  teacher: ["Home", "My development", "My school", "Communities"],
  seniorLeader: ["Home", "My development", "My school", "Communities", "Reviews"],
  head: ["Home", "My development", "My school", "Communities", "Reviews"],
  networkLeader: ["Home", "My development", "My school", "Communities"],
  governor: ["Home", "My school", "Reviews", "Governance"],
  trustee: ["Home", "Schools", "Reviews", "Governance"],
  admin: ["Home", "Schools", "Communities", "Reviews", "Governance", "Trust administration"],
  multiRole: ["Home", "My development", "Schools", "Communities", "Reviews", "Governance"],
};

for (const [role, items] of Object.entries(NAVIGATION) as [DemoRole, string[]][]) {
  test.describe(`${role}`, () => {
    test.use({ storageState: storageState(role) });
    test("sees its own navigation and a dashboard with no accessibility violations", async ({ page, axe }) => {
      await page.goto("/");
      const nav = page.getByRole("navigation", { name: "Main" });
      await expect(nav.getByRole("link")).toHaveText(items);
      await expect(page.getByRole("heading", { level: 1 })).toContainText("dashboard");
      await axe(page);
    });
  });
}

test.describe("signed out", () => {
  test("a wrong password shows an error, the same as an unknown email", async ({ page }) => {
    await page.goto("/signin");
    await page.getByLabel("Email address").fill(DEMO_EMAILS.teacher);
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    // Next's route announcer is an empty alert too: look for ours by its text.
    const alert = page.getByRole("alert").filter({ hasText: /\w/ });
    await expect(alert).toHaveText("The email address or password is not right.");
    await page.getByLabel("Email address").fill("nobody@northbridge.example");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(alert).toHaveText("The email address or password is not right.");
    await expect(page).toHaveURL(/\/signin/);
  });

  test("a page needs signing in", async ({ page, axe }) => {
    await page.goto("/schools");
    await expect(page).toHaveURL(/\/signin/);
    await axe(page);
  });
});

test.describe("teacher", () => {
  test.use({ storageState: storageState("teacher") });

  test("opening another school's page gets 404; their own school opens", async ({ page, browser }) => {
    // The trustee sees every school, so their list gives another school's address.
    const trustee = await browser.newContext({ storageState: storageState("trustee") });
    const trusteePage = await trustee.newPage();
    await trusteePage.goto("/schools");
    const hrefs = await trusteePage.getByRole("table").getByRole("link").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    await trustee.close();

    await page.goto("/schools");
    const own = await page.getByRole("table").getByRole("link").first().getAttribute("href");
    const other = hrefs.find((h) => h && h !== own);
    expect(other).toBeTruthy();

    const response = await page.goto(other as string);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();

    const ownResponse = await page.goto(own as string);
    expect(ownResponse?.status()).toBe(200);
    await expect(page.getByText("Headteacher")).toBeVisible();
  });

  test("the staff directory is not theirs to open", async ({ page }) => {
    const response = await page.goto("/staff");
    expect(response?.status()).toBe(404);
  });
});

test.describe("head", () => {
  test.use({ storageState: storageState("head") });

  test("the staff directory sorts, filters and pages on the server", async ({ page, axe }) => {
    await page.goto("/staff");
    await expect(page.getByRole("heading", { name: "Staff directory" })).toBeVisible();
    const rows = page.getByRole("table").getByRole("row");
    await expect(rows.nth(1)).toBeVisible();
    await page.getByLabel("Category").selectOption("SUPPORT");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/category=SUPPORT/);
    await expect(page.getByRole("table").getByRole("cell", { name: "Teacher", exact: true })).toHaveCount(0);
    await page.getByRole("link", { name: "Job title" }).click();
    await expect(page).toHaveURL(/sort=jobTitle/);
    await expect(page.getByRole("columnheader", { name: /Job title/ })).toHaveAttribute("aria-sort", "ascending");
    await axe(page);
  });
});

test.describe("multi-role person", () => {
  test.use({ storageState: storageState("multiRole") });
  test("switches context between their roles", async ({ page }) => {
    await page.goto("/");
    await page.locator("summary", { hasText: "Account menu for" }).click();
    const switcher = page.getByLabel("Acting as");
    await expect(switcher).toBeVisible();
    await switcher.selectOption({ label: (await switcher.locator("option", { hasText: "Local governor" }).textContent()) ?? "" });
    await page.getByRole("button", { name: "Switch" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Local governor dashboard");
  });
});

test("sign-out ends the session", async ({ page }) => {
  await page.goto("/signin");
  await page.getByLabel("Email address").fill(DEMO_EMAILS.teacher);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.locator("summary", { hasText: "Account menu for" }).click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/signin/);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("sign-out works and a copied session cookie no longer opens the portal", async ({ page, browser }) => {
    await page.goto("/signin");
    await page.getByLabel("Email address").fill(DEMO_EMAILS.teacher);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const copied = await page.context().cookies();
    await page.locator("summary", { hasText: "Account menu for" }).click();
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/signin/);
    const thief = await browser.newContext({ javaScriptEnabled: false });
    await thief.addCookies(copied);
    const other = await thief.newPage();
    await other.goto("/");
    await expect(other).toHaveURL(/\/signin/);
    await thief.close();
  });
});

test.describe("failed jobs (dead letters)", () => {
  test.use({ storageState: storageState("admin") });
  test("the trust admin's page lists them with no accessibility violations; anyone else gets not found", async ({ page, browser, axe }) => {
    await page.goto("/admin/jobs");
    await expect(page.getByRole("heading", { level: 1, name: "Failed jobs" })).toBeVisible();
    await expect(page.getByRole("table", { name: /Jobs that failed on every attempt/ })).toBeVisible();
    await axe(page);
    for (const role of ["teacher", "head", "trustee"] as const) {
      const other = await (await browser.newContext({ storageState: storageState(role) })).newPage();
      await other.goto("/admin/jobs");
      await expect(other.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
      await other.context().close();
    }
  });
});
