// One view at a time (decisions 036, 043): the views of a page as links chosen by `?show=`, the current
// one marked, the first view the page's plain address, and any page number dropped on changing view.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { queryHref } from "@/components/ui/Pager";
import { QueryTabs, tabOf } from "@/components/ui/QueryTabs";

const TABS = { reviews: "Reviews", assign: "Assign a reviewer" } as const;

describe("QueryTabs", () => {
  it("links to each view, marks the current one, and drops the page number", () => {
    const out = renderToStaticMarkup(createElement(QueryTabs<keyof typeof TABS>, { label: "Cycle views", tabs: TABS, current: "assign", hrefFor: queryHref("/reviews", { show: "assign", page: 3 }) }));
    expect(out).toContain('<nav aria-label="Cycle views"');
    expect(out).toMatch(/<a class="[^"]*" href="\/reviews">Reviews<\/a>/);
    expect(out).toMatch(/<a aria-current="page" class="[^"]*" href="\/reviews\?show=assign">Assign a reviewer<\/a>/);
  });

  it("reads the view from the URL, the first for anything else", () => {
    expect(tabOf(TABS, "assign")).toBe("assign");
    expect(tabOf(TABS, "nonsense")).toBe("reviews");
    expect(tabOf(TABS, ["assign"])).toBe("reviews");
    expect(tabOf(TABS, undefined)).toBe("reviews");
  });
});
