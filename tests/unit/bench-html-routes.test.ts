// The HTML bench (npm run bench -- --only html) opens every route of the portal: a new page with an id
// in its path needs an example record there, or the bench would stop before measuring anything.
import { describe, expect, it } from "vitest";
import { portalRoutes, ROUTE_EXAMPLES } from "@/scripts/bench/html";

describe("the HTML bench's routes", () => {
  const routes = portalRoutes();

  it("finds the portal's pages, static and with ids", () => {
    expect(routes).toContain("/");
    expect(routes).toContain("/staff/[id]/edit");
    expect(routes).toContain("/communities/[id]/meetings/[meetingId]");
    expect(routes.some((r) => r.includes("_components") || r.includes("(portal)"))).toBe(false);
  });

  it("has an example record for every route with an id, and none for a route that no longer exists", () => {
    const examples = ROUTE_EXAMPLES.map((e) => e.route);
    expect(routes.filter((r) => r.includes("[") && !examples.includes(r))).toEqual([]);
    expect(examples.filter((r) => !routes.includes(r))).toEqual([]);
    expect(new Set(examples).size).toBe(examples.length);
  });
});
