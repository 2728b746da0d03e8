// The portal's navigation for every role (issue 15 §1): the header's sections in one row at 1280 px,
// a "Menu" disclosure at 375 px (with and without JavaScript) that holds every page the old flat header
// offered, the current section and page marked, axe clean; and a critical friend with no other role
// reaching the reviews they owe from a "Reviews" entry.
import type { Browser, Page } from "@playwright/test";
import { type DemoRole, storageState } from "./accounts";
import { createCriticalFriend, CRITICAL_FRIEND_PASSWORD } from "./critical-friend";
import { expect, test } from "./test";

type Expected = { sections: string[]; /** Every destination of the old flat header (before issue 15). */ old: string[]; /** A section page, and the sub-page marked there. */ visit?: [string, string, string] };

const ROLE_NAV: Record<DemoRole, Expected> = {
  teacher: {
    sections: ["Home", "My development", "My school", "Communities"],
    old: ["/", "/development", "/schools", "/inductions", "/communities", "/resources", "/expertise", "/account/security"],
    visit: ["/resources", "Communities", "Resources"],
  },
  seniorLeader: {
    sections: ["Home", "My development", "My school", "Communities", "Reviews"],
    old: ["/", "/development", "/schools", "/staff", "/verification", "/school-development", "/inductions", "/communities", "/resources", "/expertise", "/reviews", "/account/security"],
    visit: ["/verification", "My school", "Verification"],
  },
  head: {
    sections: ["Home", "My development", "My school", "Communities", "Reviews"],
    old: ["/", "/development", "/schools", "/staff", "/verification", "/school-development", "/inductions", "/communities", "/resources", "/expertise", "/reviews", "/accounts", "/account/security"],
    visit: ["/accounts", "My school", "Accounts and roles"],
  },
  networkLeader: {
    sections: ["Home", "My development", "My school", "Communities"],
    old: ["/", "/development", "/schools", "/communities", "/resources", "/expertise", "/account/security"],
    visit: ["/expertise", "Communities", "Expertise"],
  },
  governor: { sections: ["Home", "My school", "Reviews", "Governance"], old: ["/", "/schools", "/reviews", "/governance/training", "/account/security"] },
  trustee: {
    sections: ["Home", "Schools", "Reviews", "Governance"],
    old: ["/", "/schools", "/reviews", "/governance", "/governance/training", "/account/security"],
    visit: ["/governance/training", "Governance", "Governance training"],
  },
  admin: {
    sections: ["Home", "Schools", "Communities", "Reviews", "Governance", "Trust administration"],
    old: [
      "/", "/schools", "/staff", "/verification", "/school-development", "/inductions", "/communities", "/resources", "/expertise", "/trust-development", "/admin/audit",
      "/admin/sessions", "/reviews", "/governance", "/governance/training", "/accounts", "/admin/clusters", "/admin/imports", "/admin/outbox", "/account/security",
    ],
    visit: ["/admin/outbox", "Trust administration", "Outbox"],
  },
  multiRole: {
    sections: ["Home", "My development", "Schools", "Communities", "Reviews", "Governance"],
    old: ["/", "/development", "/schools", "/communities", "/resources", "/expertise", "/reviews", "/governance/training", "/account/security"],
    visit: ["/communities", "Communities", "Communities"],
  },
};

const mainNav = (page: Page) => page.getByRole("navigation", { name: "Main" });
const menuButton = (page: Page) => page.locator("summary", { hasText: /^Menu/ });
const accountButton = (page: Page) => page.locator("summary", { hasText: "Account menu for" });

/** At 1280 px: the sections as the header's links, all on one row with the title and the account menu. */
async function assertOneRow(page: Page, sections: string[]) {
  const links = mainNav(page).getByRole("link");
  await expect(links).toHaveText(sections);
  const tops = await links.evaluateAll((els) => els.map((el) => (el as HTMLElement).getBoundingClientRect().top));
  expect(new Set(tops).size, "every section link on one row").toBe(1);
  const row = await page.getByTestId("header-row").boundingBox();
  const account = await accountButton(page).boundingBox();
  const title = await page.getByRole("link", { name: "Staff development portal" }).boundingBox();
  // One row: 44 px targets and the row's padding, and the title and account menu level with the links.
  expect(row!.height).toBeLessThan(60);
  expect(Math.abs(account!.y - tops[0]!)).toBeLessThan(10);
  expect(Math.abs(title!.y - tops[0]!)).toBeLessThan(10);
}

/** At 375 px: the "Menu" button opens every page of every section, the old header's destinations among them. */
async function assertPhoneMenu(page: Page, expected: Expected) {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("/");
  await expect(mainNav(page)).toBeHidden();
  await menuButton(page).click();
  await expect(mainNav(page)).toBeVisible();
  const hrefs = await mainNav(page).getByRole("link").evaluateAll((els) => els.map((el) => new URL((el as HTMLAnchorElement).href).pathname));
  await accountButton(page).click();
  const account = await page.getByRole("navigation", { name: "Account" }).getByRole("link").evaluateAll((els) => els.map((el) => new URL((el as HTMLAnchorElement).href).pathname));
  expect([...hrefs, ...account]).toEqual(expect.arrayContaining(expected.old));
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
}

async function noScriptMenu(browser: Browser, state: string, expected: Expected) {
  const context = await browser.newContext({ storageState: state, javaScriptEnabled: false, viewport: { width: 375, height: 800 } });
  const page = await context.newPage();
  await page.goto("/");
  await expect(mainNav(page)).toBeHidden();
  await menuButton(page).focus();
  await page.keyboard.press("Enter");
  await expect(mainNav(page)).toBeVisible();
  await expect(mainNav(page).getByRole("link").first()).toHaveText("Home");
  const hrefs = await mainNav(page).getByRole("link").evaluateAll((els) => els.map((el) => new URL((el as HTMLAnchorElement).href).pathname));
  expect([...hrefs, "/account/security"]).toEqual(expect.arrayContaining(expected.old));
  await context.close();
}

for (const [role, expected] of Object.entries(ROLE_NAV) as [DemoRole, Expected][]) {
  test.describe(`${role}'s navigation`, () => {
    test.use({ storageState: storageState(role) });

    test("one row of sections at 1280 px, the current one marked; a Menu at 375 px, with and without JavaScript", async ({ page, browser, axe }) => {
      test.setTimeout(60_000);
      await page.goto("/");
      await assertOneRow(page, expected.sections);
      await expect(mainNav(page).getByRole("link", { name: "Home" })).toHaveAttribute("aria-current", "page");
      await expect(page.getByRole("link", { name: "Skip to main content" })).toHaveAttribute("href", "#main");
      await axe(page);
      if (expected.visit) {
        const [path, section, sub] = expected.visit;
        await page.goto(path);
        await expect(mainNav(page).getByRole("link", { name: section, exact: true })).toHaveAttribute("aria-current", /^(true|page)$/);
        await expect(page.getByRole("navigation", { name: `${section} pages` }).getByRole("link", { name: sub, exact: true })).toHaveAttribute("aria-current", "page");
        await axe(page);
      }
      await assertPhoneMenu(page, expected);
      await axe(page);
      await noScriptMenu(browser, storageState(role), expected);
    });
  });
}

test.describe("a critical friend with no other role", () => {
  test("reaches the review they owe from a Reviews entry", async ({ page, axe }) => {
    const friend = await createCriticalFriend();
    await page.goto("/signin");
    await page.getByLabel("Email address").fill(friend.email);
    await page.getByLabel("Password").fill(CRITICAL_FRIEND_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await assertOneRow(page, ["Home", "Reviews"]);
    await mainNav(page).getByRole("link", { name: "Reviews" }).click();
    await expect(page.getByRole("heading", { level: 1, name: /^Reviews/ })).toBeVisible();
    await expect(mainNav(page).getByRole("link", { name: "Reviews" })).toHaveAttribute("aria-current", "page");
    await page.getByRole("link", { name: new RegExp(`^${friend.schoolName}: `) }).click();
    await expect(page.getByRole("heading", { level: 1, name: new RegExp(`^${friend.schoolName}: `) })).toBeVisible();
    const crumbs = page.getByRole("navigation", { name: "Breadcrumb" });
    await expect(crumbs.getByRole("link", { name: "Reviews" })).toHaveAttribute("href", "/reviews");
    await expect(crumbs.locator("[aria-current=page]")).toHaveText(new RegExp(`^${friend.schoolName}: `));
    await axe(page);
  });
});

test.describe("a keyboard user", () => {
  test.use({ storageState: storageState("admin") });

  test("reaches a section's page in a few key presses, and Escape closes the menu", async ({ page }) => {
    await page.goto("/");
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "Skip to main content" })).toBeFocused();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await expect(mainNav(page).getByRole("link", { name: "Home" })).toBeFocused();
    await accountButton(page).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(page.getByRole("button", { name: "Sign out" })).toBeHidden();
    await expect(accountButton(page)).toBeFocused();
  });
});

test.describe("a menu opened before the page's scripts have arrived", () => {
  test.use({ storageState: storageState("teacher") });

  test("stays open when they arrive, and closes when the page changes", async ({ page }) => {
    // Hold the page's scripts back, open the account menu, then let them through: hydration must not shut it.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route((url) => url.pathname.startsWith("/_next/static/") && url.pathname.endsWith(".js"), async (route) => {
      await held;
      await route.continue();
    });
    // The scripts held back, the page has not finished loading: wait for the menu's button, not the load.
    await page.goto("/", { waitUntil: "commit" });
    await accountButton(page).click();
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
    release();
    await page.waitForLoadState("load");
    // Hydrated: React has attached itself to the menu's element.
    await expect
      .poll(() => page.locator("details", { has: accountButton(page) }).evaluate((el) => Object.keys(el).some((k) => k.startsWith("__react"))))
      .toBe(true);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
    await page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Sign-in and security" }).click();
    await expect(page).toHaveURL(/\/account\/security/);
    await expect(page.getByRole("button", { name: "Sign out" })).toBeHidden();
  });
});
