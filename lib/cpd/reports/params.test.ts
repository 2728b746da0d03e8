import { describe, expect, it } from "vitest";
import { queueParams, queueQuery, withPageSelection } from "./params";

const a = "11111111-1111-4111-8111-111111111111";
const b = "22222222-2222-4222-8222-222222222222";

describe("the verification queue's URL", () => {
  it("defaults to every year, oldest submission first, and ignores bad values", () => {
    expect(queueParams.parse({})).toEqual({ sort: "submitted", dir: "asc", page: 1 });
    expect(queueParams.parse({ year: "1999", sort: "evil", dir: "up", page: "-2", school: "x" })).toEqual({ sort: "submitted", dir: "asc", page: 1 });
    expect(queueParams.parse({ year: "2025", sort: "hours", dir: "desc" })).toMatchObject({ year: 2025, sort: "hours", dir: "desc" });
  });

  it("writes back only what differs from the defaults", () => {
    expect(queueQuery(queueParams.parse({}))).toBe("");
    expect(queueQuery({ year: 2025, sort: "staff", dir: "asc", page: 2 })).toBe("year=2025&sort=staff&page=2");
  });
});

describe("select all on this page, without JavaScript", () => {
  const form = (entries: [string, string][]) => {
    const f = new FormData();
    for (const [k, v] of entries) f.append(k, v);
    return f;
  };

  it("acts on every id of the page when the box is ticked", () => {
    const out = withPageSelection(form([["all", "on"], ["page[]", a], ["page[]", b], ["ids[]", a], ["decision", "verify"]]));
    expect(out.getAll("ids[]")).toEqual([a, b]);
    expect(out.get("decision")).toBe("verify");
    expect(out.get("all")).toBeNull();
  });

  it("acts on the ticked rows only when it is not", () => {
    const f = form([["page[]", a], ["page[]", b], ["ids[]", b], ["decision", "verify"]]);
    expect(withPageSelection(f).getAll("ids[]")).toEqual([b]);
  });
});
