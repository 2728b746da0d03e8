// The trust admin's school filter (decision 043): beyond 30 schools a name to type, resolved on the
// server; a name fitting several schools offers them as links, and a list is kept for a few schools.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SCHOOL_LIST_MAX, SchoolField, SchoolMatches, findSchool } from "@/components/org/SchoolFinder";
import { queryHref } from "@/components/ui/Pager";

const schools = Array.from({ length: 120 }, (_, i) => ({ id: `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`, name: i === 7 ? "Oak Academy" : i === 8 ? "Oak Academy Juniors" : `School ${i}` }));
const html = (el: Parameters<typeof renderToStaticMarkup>[0]) => renderToStaticMarkup(el);

describe("findSchool", () => {
  it("keeps the school of the URL when nothing is typed", () => {
    expect(findSchool(schools, undefined, schools[3]!.id)).toEqual({ school: schools[3], typed: "", matches: [] });
    expect(findSchool(schools, "  ", undefined).school).toBeUndefined();
  });

  it("chooses the one school a name fits, or the one it names exactly", () => {
    expect(findSchool(schools, "school 42", undefined).school).toEqual(schools[42]);
    expect(findSchool(schools, "oak academy", undefined).school).toEqual(schools[7]);
  });

  it("chooses none when the name fits several or none, and lists what it fits", () => {
    const several = findSchool(schools, "chool 1", schools[0]!.id);
    expect(several.school).toBeUndefined();
    expect(several.matches.map((s) => s.name)).toContain("School 10");
    expect(findSchool(schools, "Nowhere", undefined)).toEqual({ school: undefined, typed: "Nowhere", matches: [] });
  });
});

describe("SchoolField", () => {
  it("is a list of the schools up to the limit, a labelled name box beyond it", () => {
    const few = html(createElement(SchoolField, { id: "school", schools: schools.slice(0, SCHOOL_LIST_MAX), typed: "", emptyLabel: "All schools" }));
    expect(few).toContain('<select id="school" name="school"');
    expect(few.match(/<option/g)).toHaveLength(SCHOOL_LIST_MAX + 1);
    const many = html(createElement(SchoolField, { id: "school", schools, current: schools[7], typed: "", emptyLabel: "All schools" }));
    expect(many).not.toContain("<option");
    expect(many).toContain('<label for="school"');
    expect(many).toContain('name="schoolq" value="Oak Academy"');
  });
});

describe("SchoolMatches", () => {
  const hrefFor = queryHref("/inductions", { status: "BEHIND" });
  it("links to each school a name fits, keeping the other filters", () => {
    const out = html(createElement(SchoolMatches, { found: findSchool(schools, "Oak", undefined), hrefFor, otherwise: "showing every school's" }));
    expect(out).toContain("2 schools’ names have “Oak” in them");
    expect(out).toContain(`href="/inductions?status=BEHIND&amp;school=${schools[7]!.id}"`);
  });
  it("says when no school fits, and nothing when one does", () => {
    expect(html(createElement(SchoolMatches, { found: findSchool(schools, "Nowhere", undefined), hrefFor, otherwise: "showing every school's" }))).toContain("No school’s name has “Nowhere” in it");
    expect(html(createElement(SchoolMatches, { found: findSchool(schools, "School 42", undefined), hrefFor, otherwise: "x" }))).toBe("");
  });
});
