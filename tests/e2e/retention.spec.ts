// Retention and erasure (issue 21 §2) in the browser: the trust admin opens the retention schedule,
// runs the erasure review (erases a leaver past their date, sees the one kept by a legal hold), then
// erases another person on request after the confirmation step. Axe on each page.
import { storageState } from "./accounts";
import { expect, test } from "./test";

test("the trust admin runs an erasure review and erases a person on request", async ({ browser, axe }) => {
  test.setTimeout(90_000);
  const admin = await (await browser.newContext({ storageState: storageState("admin") })).newPage();
  await admin.goto("/admin/retention");
  await expect(admin.getByRole("heading", { level: 1, name: "Retention schedule" })).toBeVisible();
  await expect(admin.getByRole("heading", { name: "Personnel and CPD records of leavers" })).toBeVisible();
  await axe(admin);

  await admin.getByRole("link", { name: /^Review list/ }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Erasure review" })).toBeVisible();
  await axe(admin);
  const holds = admin.getByRole("table", { name: "Legal holds in force" });
  await expect(holds.getByRole("row", { name: /Priya Vaswani.*Yes: kept by the hold/ })).toBeVisible();
  await admin.getByRole("button", { name: "Erase Gareth Pryce" }).click();
  await expect(admin.getByText(/Erased: the record now reads "Former staff member [0-9A-F]{4,}"/)).toBeVisible();
  await expect(admin.getByRole("button", { name: "Erase Gareth Pryce" })).toHaveCount(0);
  await expect(admin.getByRole("table", { name: "Recent erasures" }).getByRole("row")).toHaveCount(3);
  await axe(admin);

  await admin.goto("/admin/erasure");
  await admin.getByLabel("Name").fill("Martin Stead");
  await admin.getByRole("button", { name: "Find" }).click();
  await admin.getByRole("link", { name: "Martin Stead" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Erase Martin Stead's data" })).toBeVisible();
  await expect(admin.getByRole("table", { name: "Martin Stead's records and what erasure does to each" }).getByRole("row", { name: /CPD activities/ })).toBeVisible();
  await axe(admin);
  // The confirmation step: without the box ticked nothing happens.
  await admin.getByLabel("Reason for the erasure").fill("His request of 1 December under Article 17");
  await admin.getByRole("button", { name: "Erase Martin Stead's data" }).click();
  await expect(admin.getByRole("alert", { name: /There is a problem/ })).toBeVisible();
  await axe(admin);
  await admin.getByLabel(/I understand that Martin Stead's data is erased for good/).check();
  await admin.getByRole("button", { name: "Erase Martin Stead's data" }).click();
  await expect(admin.getByText(/Erased: the record now reads "Former staff member [0-9A-F]{4,}"/)).toBeVisible();
  await expect(admin.getByRole("heading", { level: 1, name: /^Former staff member [0-9A-F]{4,}$/ })).toBeVisible();
  await axe(admin);
});

test("a teacher reads the privacy page; the trust admin reads the data map", async ({ browser, axe }) => {
  const teacher = await (await browser.newContext({ storageState: storageState("teacher") })).newPage();
  await teacher.goto("/");
  await teacher.locator("summary", { hasText: "Account menu for" }).click();
  await teacher.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Privacy: what the portal holds" }).click();
  await expect(teacher.getByRole("heading", { level: 1, name: "Privacy: what the portal holds" })).toBeVisible();
  await expect(teacher.getByRole("heading", { name: "Your professional development" })).toBeVisible();
  await expect(teacher.getByText("Kept 6 years after the end of employment.", { exact: false }).first()).toBeVisible();
  await axe(teacher);
  const admin = await (await browser.newContext({ storageState: storageState("admin") })).newPage();
  await admin.goto("/admin/data-map?page=2");
  await expect(admin.getByRole("heading", { level: 1, name: "Data map" })).toBeVisible();
  await expect(admin.getByRole("row", { name: /Sign-in sessions.*90 days after the session ended/ })).toBeVisible();
  await axe(admin);
});
