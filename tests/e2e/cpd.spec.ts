// The CPD journey: a teacher logs an activity with evidence on a phone-sized screen and submits it;
// the head verifies it; the teacher sees it verified and counted in their hours. The teacher and
// head are this spec's own people (people.ts), so no other spec moves their figures.
import type { Page } from "@playwright/test";
import { storageState } from "./accounts";
import { personState } from "./people";
import { expect, test } from "./test";

const verifiedHours = async (page: Page) => {
  await page.goto("/development");
  const text = (await page.getByTestId("verified-hours").textContent()) ?? "";
  return Number(text.trim().split(" ")[0]);
};

test("a teacher logs and submits an activity, the head verifies it, and it counts in the teacher's hours", async ({ browser, axe }) => {
  // Two signed-in people and four accessibility scans: longer than one page's default budget.
  test.setTimeout(90_000);
  const title = `Oracy course ${Date.now()}`;
  const teacherContext = await browser.newContext({ storageState: personState("cpdTeacher"), viewport: { width: 375, height: 740 } });
  const teacher = await teacherContext.newPage();
  const before = await verifiedHours(teacher);

  await teacher.getByRole("link", { name: "Log an activity" }).click();
  await expect(teacher.getByRole("heading", { level: 1, name: "Log an activity" })).toBeVisible();
  await axe(teacher);
  // Nothing overflows sideways on a 375 px screen.
  expect(await teacher.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

  // A bad entry is caught next to its field, in the browser, with the same rules as the server.
  await teacher.getByLabel("Title").fill(title);
  await teacher.getByLabel("Type of activity").selectOption("COURSE");
  await teacher.getByLabel("Hours").fill("0");
  await teacher.getByRole("button", { name: "Submit for verification" }).click();
  await expect(teacher.getByRole("alert").filter({ hasText: "There is a problem" })).toBeVisible();
  await expect(teacher.getByText("The hours must be at least 1 minute (0.02 hours).").first()).toBeVisible();

  await teacher.getByLabel("Hours").fill("2.5");
  await teacher.getByLabel("Reflection (optional)").fill("I will use more structured talk in Year 9.");
  await teacher.getByLabel("Or upload a file").setInputFiles({ name: "certificate.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7\ncertificate") });
  await teacher.getByRole("button", { name: "Submit for verification" }).click();
  await expect(teacher.getByRole("status")).toHaveText("Saved and sent for verification.");
  await expect(teacher.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(teacher.getByText("Awaiting verification").first()).toBeVisible();

  const headContext = await browser.newContext({ storageState: personState("cpdHead") });
  const head = await headContext.newPage();
  // Newest first: the demo school's queue runs to several pages (coaching given, courses…).
  await head.goto("/verification?dir=desc");
  await axe(head);
  await head.getByRole("checkbox", { name: new RegExp(`Select ${title}`) }).check();
  await head.getByRole("button", { name: "Verify selected" }).click();
  await expect(head.getByRole("status")).toHaveText("Verified 1 activity.");
  await expect(head.getByRole("checkbox", { name: new RegExp(`Select ${title}`) })).toHaveCount(0);

  const after = await verifiedHours(teacher);
  expect(after - before).toBeCloseTo(2.5, 5);
  await teacher.getByRole("link", { name: title }).click();
  await expect(teacher.getByText("Verified", { exact: true }).first()).toBeVisible();
  await expect(teacher.getByText(/can no longer be changed/)).toBeVisible();
  await expect(teacher.getByRole("button", { name: "Submit for verification" })).toHaveCount(0);
  await axe(teacher);
  await teacherContext.close();
  await headContext.close();
});

test.describe("leaders' views", () => {
  test.use({ storageState: personState("cpdHead") });
  test("the school development view shows the table, the compliance matrix and a CSV of the table", async ({ page, axe }) => {
    await page.goto("/school-development");
    await expect(page.getByRole("heading", { level: 1, name: "School development" })).toBeVisible();
    await expect(page.getByRole("table", { name: "Staff development this academic year" })).toBeVisible();
    await expect(page.getByRole("table", { name: "Statutory training by member of staff" })).toBeVisible();
    await axe(page);
    const csv = await page.request.get(`/school-development/export?category=TEACHER`);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    await page.goto("/school-development?category=TEACHER");
    // The table is paged (15 a page); the CSV holds every row the filters match, as the count above the table says.
    const teachers = Number((await page.getByText(/^\d+ staff · \d+ on track/).innerText()).split(" ")[0]);
    await expect(page.getByRole("navigation", { name: "Pages", exact: true }).getByText(new RegExp(`^${teachers} results? · page 1 of`))).toBeVisible();
    expect((await csv.text()).trim().split("\n")).toHaveLength(teachers + 1);
  });

  test("the school development table and matrix are paged: page 2 shows the next staff, the school's counts stay", async ({ page, axe }) => {
    await page.goto("/school-development");
    const summary = await page.getByText(/^\d+ staff · \d+ on track/).innerText();
    const staff = Number(summary.split(" ")[0]);
    expect(staff).toBeGreaterThan(15);
    const table = page.getByRole("table", { name: "Staff development this academic year" });
    const matrix = page.getByRole("table", { name: /Statutory training by member of staff, page 1 of/ });
    const firstPage = await table.locator("tbody tr th, tbody tr td:first-child").allInnerTexts();
    expect(firstPage).toHaveLength(15);
    await expect(matrix.locator("tbody tr")).toHaveCount(15);
    const pager = page.getByRole("navigation", { name: "Pages", exact: true });
    await pager.getByRole("link", { name: "Next page" }).click();
    await expect(page).toHaveURL(/[?&]page=2/);
    await expect(pager.getByText(new RegExp(`^${staff} results · page 2 of ${Math.ceil(staff / 15)}$`))).toBeVisible();
    await expect(page.getByRole("table", { name: /Statutory training by member of staff, page 2 of/ })).toBeVisible();
    const secondPage = await table.locator("tbody tr th, tbody tr td:first-child").allInnerTexts();
    expect(secondPage.length).toBe(Math.min(15, staff - 15));
    expect(secondPage.filter((name) => firstPage.includes(name))).toEqual([]);
    // The counts are the whole school's, on every page.
    await expect(page.getByText(summary)).toBeVisible();
    await axe(page);
  });
});

test.describe("trust admin", () => {
  test.use({ storageState: storageState("admin") });
  test("the trust development view has figures per cluster and school, editors and the NPQ pipeline", async ({ page, axe }) => {
    await page.goto("/trust-development");
    await expect(page.getByRole("table", { name: "CPD figures by cluster" })).toBeVisible();
    await axe(page);
    await page.getByRole("link", { name: "Qualifications pipeline" }).click();
    await expect(page.getByRole("table", { name: /National professional qualifications/ })).toBeVisible();
    await axe(page);
    await page.getByRole("link", { name: "Targets and training requirements" }).click();
    await page.getByLabel("Applies to").selectOption("SUPPORT");
    await page.getByLabel("Hours per year").fill("22");
    await page.getByRole("button", { name: "Save target" }).click();
    await expect(page.getByRole("status")).toHaveText("Target saved.");
    await expect(page.getByText(/Support staff: 22 hours/)).toBeVisible();
    await axe(page);
  });
});
