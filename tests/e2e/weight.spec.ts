// Page weight (issue 22): the teacher's home loads under 170 kB of compressed JavaScript in a real
// browser and none of the chart library (it draws no chart), and the pages stay under 80 kB of HTML,
// measured as `npm run bench -- --only weight` measures them (scripts/bench/page-weight.ts), on the demo trust.
import { storageState } from "./accounts";
import { expect, test } from "./test";
import { HTML_BUDGET_KB, JS_BUDGET_KB, measurePageWeight } from "../../scripts/bench/page-weight";

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
