import { describe, expect, it } from "vitest";
import { figuresPage, SCHOOLS_PER_PAGE, type FigureRow } from "@/components/pipeline/figures";

const school = (i: number, cluster: string): FigureRow => ({
  id: `s${i}`, name: `School ${String(i).padStart(2, "0")}`, cluster, npq: { NPQH: { STUDYING: 1 } }, lacking: 1, uncovered: 2,
  pool: { READY_NOW: 1, ONE_TO_TWO_YEARS: 0, THREE_PLUS_YEARS: 0, NOT_YET: 3 },
});
// A page and 5 more schools in cluster North, 5 in South: North spans both pages.
const north = SCHOOLS_PER_PAGE + 5;
const rows = [...Array.from({ length: north }, (_, i) => school(i, "North")), ...Array.from({ length: 5 }, (_, i) => school(north + i, "South"))];
const schoolsOf = (p: ReturnType<typeof figuresPage>) => p.rows.filter((r) => !r.id.startsWith("cluster-")).map((r) => r.id);
const totalOf = (p: ReturnType<typeof figuresPage>, c: string) => p.rows.find((r) => r.id === `cluster-${c}`);

describe("figuresPage", () => {
  it("pages the schools and keeps each cluster's total over all its schools", () => {
    const one = figuresPage(rows, 1);
    const two = figuresPage(rows, 2);
    expect(one.pageCount).toBe(2);
    expect(one.total).toBe(north + 5);
    expect(schoolsOf(one)).toHaveLength(SCHOOLS_PER_PAGE);
    expect(schoolsOf(two)).toHaveLength(10);
    expect(schoolsOf(one).filter((id) => schoolsOf(two).includes(id))).toEqual([]);
    // North's total is the same on both pages: all its schools, not the page's.
    expect(totalOf(one, "North")).toEqual(totalOf(two, "North"));
    expect(totalOf(one, "North")).toMatchObject({ name: `North: all ${north} schools`, lacking: north, uncovered: 2 * north, npq: { NPQH: { STUDYING: north } } });
    expect(totalOf(one, "South")).toBeUndefined();
    expect(totalOf(two, "South")).toMatchObject({ name: "South: all 5 schools", lacking: 5 });
    // A page past the end shows the last.
    expect(figuresPage(rows, 9).page).toBe(2);
  });
});
