// The NPQ pipeline (decision 043): a page of schools, drawn from their counts, and the trust's total
// over every school as its last row.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { NpqPipeline } from "@/components/cpd/TrustFigures";

describe("NpqPipeline", () => {
  it("shows the page's schools, then the total over all, with the page in the caption", () => {
    const out = renderToStaticMarkup(createElement(NpqPipeline, {
      kinds: ["NPQH", "NPQSL"],
      rows: [{ school: "Ash School", counts: { NPQH: { held: 2, studying: 1 } } }],
      page: 2, pageCount: 4,
      total: { school: "Trust total (every school)", counts: { NPQH: { held: 9, studying: 3 }, NPQSL: { held: 0, studying: 5 } } },
    }));
    expect(out).toContain("(page 2 of 4)");
    expect(out).toMatch(/Ash School<\/th><td[^>]*>2 held, 1 studying<\/td><td[^>]*>—<\/td>/);
    expect(out).toMatch(/Trust total \(every school\)<\/th><td[^>]*>9 held, 3 studying<\/td><td[^>]*>0 held, 5 studying<\/td>/);
    expect(out.indexOf("Ash School")).toBeLessThan(out.indexOf("Trust total"));
  });
});
