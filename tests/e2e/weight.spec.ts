// Page weight (issue 22): the teacher's home loads under 170 kB of compressed JavaScript in a real
// browser and none of the chart library (it draws no chart), measured as `npm run bench -- --only weight`
// measures it (scripts/bench/page-weight.ts), on the demo trust.
import { storageState } from "./accounts";
import { expect, test } from "./test";
import { JS_BUDGET_KB, measurePageWeight } from "../../scripts/bench/page-weight";

test.describe("teacher", () => {
  test.use({ storageState: storageState("teacher") });

  test("the home page's first load is under 170 kB of compressed JavaScript, with no chart code", async ({ page }) => {
    const weight = await measurePageWeight(page, "/");
    expect(weight.status).toBe(200);
    await expect(page.getByRole("heading", { name: "Staff dashboard", level: 1 })).toBeVisible();
    const files = weight.files.map((f) => `${f.path} ${f.kb.toFixed(1)} kB`).join(", ");
    expect(weight.jsKb + weight.laterJsKb, `compressed JavaScript of the teacher's home (${files})`).toBeLessThan(JS_BUDGET_KB);
    expect(weight.charts, "recharts loaded on a page with no chart").toBe(false);
  });
});
