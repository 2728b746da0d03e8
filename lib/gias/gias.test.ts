import { describe, expect, it } from "vitest";
import { chunked, GIAS_HEADER, giasCsv, giasSchool, windows1252 } from "@/tests/support/gias";
import { gridToLatLong, mapOfsted, mapPhase, mapType, parseUkDate, REQUIRED_COLUMNS } from "./mapping";
import { buildPlan, type ExistingSchool } from "./plan";
import { readGias } from "./read";

const TRUST = "TR01234";

describe("GIAS names to the portal's", () => {
  it.each([
    ["Academy converter", "ACADEMY_CONVERTER"],
    ["Academy sponsor led", "ACADEMY_SPONSOR_LED"],
    ["Free schools", "FREE_SCHOOL"],
    ["Academy special converter", "SPECIAL_ACADEMY"],
    ["Free schools special", "SPECIAL_ACADEMY"],
    ["Academy alternative provision sponsor led", "ALTERNATIVE_PROVISION"],
    ["Academy 16-19 converter", "SIXTEEN_TO_NINETEEN"],
    ["University technical college", "UNIVERSITY_TECHNICAL_COLLEGE"],
    ["Studio schools", "STUDIO_SCHOOL"],
    ["Community school", null],
  ])("maps the type %s by its words (special schools and alternative provision included) to %s", (gias, type) => {
    expect(mapType(gias)).toBe(type);
  });
  it.each([
    ["Not applicable", "SPECIAL_ACADEMY", "SPECIAL"],
    ["Middle deemed primary", "ACADEMY_CONVERTER", "PRIMARY"],
    ["Middle deemed secondary", "ACADEMY_CONVERTER", "SECONDARY"],
    ["16 plus", "SIXTEEN_TO_NINETEEN", "SECONDARY"],
    ["All-through", "FREE_SCHOOL", "ALL_THROUGH"],
    ["Not applicable", "ACADEMY_CONVERTER", null],
  ] as const)("maps the phase %s of a %s to %s (a special school's 'Not applicable' is special)", (gias, type, phase) => {
    expect(mapPhase(gias, type)).toBe(phase);
  });
  it("maps Ofsted grades and UK dates", () => {
    expect(mapOfsted("Requires improvement")).toBe("REQUIRES_IMPROVEMENT");
    expect(mapOfsted("")).toBeNull();
    expect(parseUkDate("07/03/2019")).toBe("2019-03-07");
    expect(parseUkDate("30/02/2019")).toBeNull();
  });
  it("turns British National Grid into latitude and longitude (central Newcastle, within 100 m)", () => {
    const point = gridToLatLong("424900", "564500")!;
    // 0.001° is about 110 m of latitude and 65 m of longitude here.
    expect(Math.abs(Number(point.latitude) - 54.9745)).toBeLessThan(0.001);
    expect(Math.abs(Number(point.longitude) - -1.6131)).toBeLessThan(0.0015);
    expect(gridToLatLong("", "564500")).toBeNull();
  });
});

describe("reading a GIAS file", () => {
  const rows = [
    giasSchool(100001, TRUST, { EstablishmentName: "St Mary’s Church of England Primary School, Gateshead", "Trusts (name)": "NORTHBRIDGE" }),
    giasSchool(100002, TRUST, { EstablishmentName: "Ecole Française d'Élan", "TypeOfEstablishment (name)": "Free schools" }),
    giasSchool(100003, "TR99999", { EstablishmentName: "Another Trust's School" }),
    giasSchool(100004, TRUST, { EstablishmentName: "Closed Academy", "EstablishmentStatus (name)": "Closed", CloseDate: "31/08/2020" }),
    giasSchool(100005, TRUST, { EstablishmentName: "Riverside Special School", "TypeOfEstablishment (name)": "Academy special converter", "PhaseOfEducation (name)": "Not applicable" }),
    giasSchool(100006, TRUST, { EstablishmentName: "Oddity", "TypeOfEstablishment (name)": "Welsh establishment" }),
  ];

  it("keeps the trust's rows of a Windows-1252 file with the whole header, accents, apostrophes and quoted commas intact", async () => {
    expect(GIAS_HEADER).toHaveLength(140);
    const read = await readGias(chunked(windows1252(giasCsv(rows)), 1000), TRUST);
    expect(read).toMatchObject({ rowsRead: 6, missing: [], encoding: "windows-1252" });
    expect(read.trustRows.map((r) => r.EstablishmentName)).toEqual([
      "St Mary’s Church of England Primary School, Gateshead", "Ecole Française d'Élan", "Closed Academy", "Riverside Special School", "Oddity",
    ]);
  });

  it("reads UTF-8 with a byte-order mark, split mid-character, with columns reordered", async () => {
    const header = [...GIAS_HEADER].reverse();
    const bytes = new TextEncoder().encode(`\uFEFF${giasCsv(rows, header)}`);
    const read = await readGias(chunked(bytes, 7), TRUST);
    expect(read.encoding).toBe("utf-8");
    expect(read.trustRows[1]!.EstablishmentName).toBe("Ecole Française d'Élan");
  });

  it("names a missing required column", async () => {
    const header = GIAS_HEADER.filter((h) => h !== "Trusts (code)" && h !== "Easting");
    const read = await readGias(chunked(new TextEncoder().encode(giasCsv(rows, header))), TRUST);
    expect(read.missing).toEqual(["Trusts (code)", "Easting"]);
    expect(REQUIRED_COLUMNS).toContain("Trusts (code)");
  });

  it("plans joining, updates field by field, leaving; a closed school is not the trust's, an unmappable type is a problem", async () => {
    const read = await readGias(chunked(new TextEncoder().encode(giasCsv(rows))), TRUST);
    const existing: ExistingSchool[] = [
      { id: "s1", urn: 100001, name: "St Mary's Primary", phase: "PRIMARY", type: "ACADEMY_CONVERTER", pupilsOnRoll: 180, postcode: "NE1 4ST", latitude: null, longitude: null, ofstedGrade: "GOOD", ofstedFramework: "FOUR_GRADE", ofstedInspectedOn: "2019-03-07", hasSixthForm: false, hasEarlyYears: false, archived: false },
      { id: "s9", urn: 109999, name: "Gone Academy", phase: "PRIMARY", type: "ACADEMY_CONVERTER", pupilsOnRoll: 100, postcode: "NE2 1AA", latitude: null, longitude: null, ofstedGrade: null, ofstedFramework: null, ofstedInspectedOn: null, hasSixthForm: false, hasEarlyYears: false, archived: false },
    ];
    const plan = buildPlan(read.trustRows, existing, new Set());
    expect(plan.joining.map((s) => [s.urn, s.phase, s.type])).toEqual([[100002, "PRIMARY", "FREE_SCHOOL"], [100005, "SPECIAL", "SPECIAL_ACADEMY"]]);
    expect(plan.updates).toHaveLength(1);
    expect(plan.updates[0]!.changes.map((c) => c.field)).toEqual(["Name", "Pupils on roll", "Latitude", "Longitude"]);
    expect(plan.updates[0]!.set).toMatchObject({ name: "St Mary’s Church of England Primary School, Gateshead", pupilsOnRoll: 210 });
    expect(plan.leaving).toEqual([{ id: "s9", urn: 109999, name: "Gone Academy" }]);
    expect(plan.notOpen).toEqual([{ urn: "100004", name: "Closed Academy", status: "Closed" }]);
    expect(plan.problems).toEqual([{ urn: "100006", name: "Oddity", problems: ["type 'Welsh establishment' is not one the portal knows"] }]);
  });
});
