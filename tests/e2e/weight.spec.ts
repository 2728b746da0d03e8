// Page weight (issue 22): the teacher's home loads under 170 kB of compressed JavaScript in a real
// browser and none of the chart library (it draws no chart), and the pages stay under 80 kB of HTML,
// measured as `npm run bench -- --only weight` measures them (scripts/bench/page-weight.ts), on the demo trust.
// Pages with forms load under 170 kB too: a form fetches its schema (and zod) when first focused (decision 045).
import pg from "pg";
import { DEMO_EMAILS, storageState } from "./accounts";
import { e2eDatabaseUrl } from "./server";
import { expect, test } from "./test";
import { HTML_BUDGET_KB, JS_BUDGET_KB, measurePageWeight, type PageWeight } from "../../scripts/bench/page-weight";

const scriptList = (weight: PageWeight) => weight.files.map((f) => `${f.path} ${f.kb.toFixed(1)} kB${f.later ? " (later)" : ""}`).join(", ");

/** The demo head's school (their performance development overview and succession plan are its pages). */
async function headSchoolId() {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    const { rows: [row] } = await client.query<{ schoolId: string }>(
      `SELECT s."schoolId" FROM "StaffMember" s JOIN "User" u ON u.id = s."userId" WHERE u.email = $1`,
      [DEMO_EMAILS.head],
    );
    if (!row) throw new Error("The demo head has no staff record.");
    return row.schoolId;
  } finally {
    await client.end();
  }
}

test.describe("teacher", () => {
  test.use({ storageState: storageState("teacher") });

  test("the home page's first load is under 170 kB of compressed JavaScript, with no chart code", async ({ page }) => {
    const weight = await measurePageWeight(page, "/");
    expect(weight.status).toBe(200);
    await expect(page.getByRole("heading", { name: "Staff dashboard", level: 1 })).toBeVisible();
    const files = weight.files.map((f) => `${f.path} ${f.kb.toFixed(1)} kB`).join(", ");
    expect(weight.jsKb + weight.laterJsKb, `compressed JavaScript of the teacher's home (${files})`).toBeLessThan(JS_BUDGET_KB);
    expect(weight.charts, "recharts loaded on a page with no chart").toBe(false);
    expect(weight.htmlKb, "HTML of the teacher's home").toBeLessThan(HTML_BUDGET_KB);
  });
});

test.describe("trustee", () => {
  test.use({ storageState: storageState("trustee") });

  // The governance dashboard shows one table at a time (decision 036); at scale 10 the bench measures it
  // (npm run bench -- --only weight, which names every page over the budget).
  test("the home page and each of the dashboard's tables are under 80 kB of HTML", async ({ page }) => {
    for (const path of ["/", "/governance?show=clusters", "/governance?show=detail&view=staff", "/reviews/board", "/schools"]) {
      const weight = await measurePageWeight(page, path);
      expect(weight.status, path).toBe(200);
      expect(weight.htmlKb, `HTML of ${path}`).toBeLessThan(HTML_BUDGET_KB);
    }
  });
});

test.describe("admin", () => {
  test.use({ storageState: storageState("admin") });

  test("pages with forms load under 170 kB of compressed JavaScript; a form fetches its checks when first focused", async ({ page }) => {
    for (const path of ["/staff/new", "/drop-ins", "/coaching", "/programme/new", "/voice/build"]) {
      const weight = await measurePageWeight(page, path);
      expect(weight.status, path).toBe(200);
      expect(weight.jsKb + weight.laterJsKb, `compressed JavaScript of ${path} (${scriptList(weight)})`).toBeLessThan(JS_BUDGET_KB);
    }
    // The last page's survey form: focusing it fetches the schema, which then checks the form in the
    // browser (nothing is posted).
    const title = page.locator("#build-survey").getByLabel("Title", { exact: true });
    // Focusing fetches the schema module and zod (a chunk or two): wait until every script it asked for
    // has arrived and none has been asked for since, then two frames for them to run.
    const fetched: Promise<unknown>[] = [];
    page.on("request", (r) => r.resourceType() === "script" && fetched.push(r.response().then((res) => res?.finished())));
    await title.focus();
    await expect.poll(() => fetched.length, { message: "focusing the form fetched its schema" }).toBeGreaterThan(0);
    let seen = -1;
    while (seen !== fetched.length) {
      seen = fetched.length;
      await Promise.all(fetched);
      await page.waitForTimeout(300);
    }
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const posts: string[] = [];
    page.on("request", (r) => r.method() === "POST" && posts.push(r.url()));
    await title.fill("");
    await page.getByRole("button", { name: "Save survey" }).click();
    await expect(page.locator("#build-survey-summary")).toContainText("check the highlighted fields");
    await expect(page.locator("#build-survey-title-error")).toContainText("Enter the survey's title.");
    expect(posts, "a form checked in the browser is not sent").toEqual([]);
  });
});

test.describe("head", () => {
  test.use({ storageState: storageState("head") });

  test("the school's performance development overview and succession plan load under 170 kB of compressed JavaScript", async ({ page }) => {
    const school = await headSchoolId();
    for (const path of [`/performance/schools/${school}`, `/succession/${school}`]) {
      const weight = await measurePageWeight(page, path);
      expect(weight.status, path).toBe(200);
      expect(weight.jsKb + weight.laterJsKb, `compressed JavaScript of ${path} (${scriptList(weight)})`).toBeLessThan(JS_BUDGET_KB);
    }
  });
});
