// The trust admin edits a metric definition's thresholds (issue 15 §4): a threshold against the
// direction is refused at the field; a saved change re-rates the stored values on the dashboard.
// A trustee reads a metric across every school as one sorted table with full names (not a bar chart
// whose labels overlap). The metric edited is one no other spec reads (suspensions per 100 pupils).
import type { Page } from "@playwright/test";
import pg from "pg";
import { storageState } from "./accounts";
import { e2eDatabaseUrl } from "./server";
import { expect, test } from "./test";

/** Each school's value of a metric in its latest period, from the e2e database. */
async function latestValues(key: string): Promise<{ name: string; value: number }[]> {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string; value: number }>(
      `SELECT s.name, v.value::float8 AS value FROM "MetricValue" v JOIN "MetricDefinition" m ON m.id = v."metricId" JOIN "School" s ON s.id = v."schoolId"
       WHERE m.key = $1 AND v."periodKey" = (SELECT max("periodKey") FROM "MetricValue" WHERE "metricId" = m.id)`,
      [key],
    );
    return rows;
  } finally {
    await client.end();
  }
}

const acrossTable = (page: Page, label: string) => page.getByRole("table", { name: new RegExp(`^${label} by school, .*best first`) });

test("the trust admin edits a metric's thresholds: refused against the direction, then the values re-rate", async ({ browser, axe }) => {
  test.setTimeout(90_000);
  const admin = await (await browser.newContext({ storageState: storageState("admin") })).newPage();
  await admin.goto("/governance");
  await admin.getByRole("main").getByRole("link", { name: "Metric definitions" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Metric definitions" })).toBeVisible();
  await axe(admin);
  await admin.getByRole("link", { name: "Edit Suspensions per 100 pupils" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Edit Suspensions per 100 pupils" })).toBeVisible();
  await axe(admin);
  // Lower is better: a red threshold below the green one is refused at its field, and nothing is saved.
  await admin.getByLabel("Green (on track) at").fill("8");
  await admin.getByLabel("Red (below threshold) beyond").fill("3");
  await admin.getByRole("button", { name: "Save definition" }).click();
  await expect(admin.getByText("Lower is better, so the red threshold must be at or above the green one.").first()).toBeVisible();
  await axe(admin);
  // Every stored value is at most 100: green up to 100 puts every school on track.
  await admin.getByLabel("Green (on track) at").fill("100");
  await admin.getByLabel("Red (below threshold) beyond").fill("100");
  await admin.getByRole("button", { name: "Save definition" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Metric definitions" })).toBeVisible();
  await expect(admin.getByText(/Suspensions per 100 pupils saved/)).toBeVisible();

  await admin.goto("/governance?show=detail&metric=suspensions_per_100");
  const statuses = await acrossTable(admin, "Suspensions per 100 pupils").locator("tbody tr td:last-child").allInnerTexts();
  expect(statuses.length).toBeGreaterThan(0);
  expect(new Set(statuses)).toEqual(new Set(["On track"]));
});

test("a trustee reads a metric across schools as a sorted table with full school names", async ({ browser, axe }) => {
  const trustee = await (await browser.newContext({ storageState: storageState("trustee") })).newPage();
  // Persistent absence (lower is better, so least first): a metric no other spec changes.
  await trustee.goto("/governance?show=detail&metric=persistent_absence");
  const table = acrossTable(trustee, "Persistent absence");
  await expect(table).toBeVisible();
  const expected = (await latestValues("persistent_absence")).sort((a, b) => a.value - b.value || a.name.localeCompare(b.name, "en-GB"));
  expect(expected.length).toBeGreaterThan(5);
  const names = await table.locator("tbody th[scope=row]").allInnerTexts();
  expect(names).toEqual(expected.map((e) => e.name));
  const values = (await table.locator("tbody tr td:nth-child(3)").allInnerTexts()).map((v) => Number.parseFloat(v));
  expect(values).toEqual([...values].sort((a, b) => a - b));
  await expect(table.locator("tbody tr").first()).toContainText(/On track|Watch|Below threshold/);
  await axe(trustee);
});

test("the trustee's dashboard shows one table at a time, chosen by a tab", async ({ browser, axe }) => {
  const trustee = await (await browser.newContext({ storageState: storageState("trustee") })).newPage();
  await trustee.goto("/");
  const tabs = trustee.getByRole("navigation", { name: "Dashboard tables" });
  await expect(trustee.getByRole("table", { name: /^Pupils and outcomes by school, latest period/ })).toBeVisible();
  await expect(tabs.getByRole("link", { name: "Schools" })).toHaveAttribute("aria-current", "page");
  await expect(trustee.getByRole("table", { name: /average by cluster/ })).toHaveCount(0);
  await tabs.getByRole("link", { name: "Clusters" }).click();
  await expect(trustee.getByRole("table", { name: "Pupils and outcomes: average by cluster, latest period" })).toBeVisible();
  await expect(tabs.getByRole("link", { name: "Clusters" })).toHaveAttribute("aria-current", "page");
  await expect(trustee.getByRole("table", { name: /^Pupils and outcomes by school/ })).toHaveCount(0);
  await axe(trustee);
  await tabs.getByRole("link", { name: "One metric in detail" }).click();
  await expect(trustee.getByRole("heading", { level: 2, name: / in detail$/ })).toBeVisible();
  await expect(trustee.getByRole("table", { name: /by school, .*best first/ })).toBeVisible();
  await axe(trustee);
});
