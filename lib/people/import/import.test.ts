// The staff import's pure parts (issue 11 §3): reading the file, guessing the mapping, reading a row's
// cells, and the plan (adds, updates, matches by MIS id and by email, leavers, row errors).
import { describe, expect, it } from "vitest";
import { headerNames, parseCareerStage, parseCategory, parseDay, proposeMapping, readRow, type FieldKey } from "./fields";
import { MIS_HEADER, misRow, type MisRow } from "./mis-file";
import { buildStaffPlan, type ExistingStaff, type PlanInput } from "./plan";
import { readStaffFile } from "./read";

const bytes = (text: string) => new TextEncoder().encode(text);
const cp1252 = (text: string) => Uint8Array.from([...text].map((c) => ({ "é": 0xe9, "’": 0x92 })[c] ?? c.charCodeAt(0)));

describe("reading the file", () => {
  it("reads UTF-8 with a BOM, Windows-1252 and quoted commas", async () => {
    const utf8 = await readStaffFile("staff.csv", bytes(`\uFEFFForename,Surname,Notes\nZoë,Brontë,"Year 6, maths"\n`));
    expect(utf8).toEqual({ headers: ["Forename", "Surname", "Notes"], rows: [["Zoë", "Brontë", "Year 6, maths"]], encoding: "utf-8" });
    const win = await readStaffFile("staff.csv", cp1252("Forename,Surname\nRené,O’Neill\n"));
    expect(win).toMatchObject({ rows: [["René", "O’Neill"]], encoding: "windows-1252" });
  });

  it("refuses what is not a staff CSV, with a clear message", async () => {
    expect(await readStaffFile("staff.xlsx", bytes("a,b\n1,2\n"))).toEqual({ error: expect.stringContaining("CSV file") });
    expect(await readStaffFile("staff.csv", new Uint8Array())).toEqual({ error: "The file is empty." });
    expect(await readStaffFile("staff.csv", Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x14]))).toEqual({ error: expect.stringContaining("not a CSV file") });
    expect(await readStaffFile("staff.csv", bytes("Forename,Surname\n"))).toEqual({ error: "The file has a header but no rows." });
    expect(await readStaffFile("staff.csv", bytes("just one column\nx\n"))).toEqual({ error: expect.stringContaining("only one column") });
    expect(await readStaffFile("staff.csv", new Uint8Array(5 * 1024 * 1024 + 1).fill(0x41))).toEqual({ error: "The file must be 5 MB or smaller." });
  });

  it("names blank and repeated headers, and pads short rows", async () => {
    expect(headerNames(["\uFEFFEmail", "", "Email"])).toEqual(["Email", "Column 2", "Email (2)"]);
    expect(await readStaffFile("s.csv", bytes("A,B,C\n1\n"))).toMatchObject({ rows: [["1", "", ""]] });
  });
});

describe("the mapping", () => {
  it("guesses common MIS header names, each header once", () => {
    const guess = proposeMapping(["Staff Code", "Forename", "Surname", "Email (work)", "Email (home)", "Role", "FTE", "Start Date", "Payroll thing"]);
    expect(guess).toEqual({ misStaffId: "Staff Code", firstName: "Forename", lastName: "Surname", email: "Email (work)", jobTitle: "Role", fte: "FTE", startDate: "Start Date" });
    expect(proposeMapping(["Staff ID", "First Name", "Last Name", "Email"])).toMatchObject({ misStaffId: "Staff ID", firstName: "First Name", lastName: "Last Name", email: "Email" });
  });

  it("prefers the school's saved mapping where the file has that header, and leaves out fields not offered", () => {
    const headers = ["Known as", "Forename", "Surname", "Work address", "School"];
    expect(proposeMapping(headers, { firstName: "Known as", email: "Work address", jobTitle: "Gone" }, ["firstName", "lastName", "email", "jobTitle"])).toEqual({
      firstName: "Known as", lastName: "Surname", email: "Work address",
    });
  });
});

describe("reading a row", () => {
  it("reads dates both ways, FTE, and category and career stage by their everyday names", () => {
    expect(parseDay("7/3/2019")).toBe("2019-03-07");
    expect(parseDay("2019-03-07")).toBe("2019-03-07");
    expect(parseDay("31/02/2019")).toBeNull();
    expect(parseDay("March 2019")).toBeNull();
    expect([parseCategory("Support staff"), parseCategory("teacher"), parseCategory("SLT"), parseCategory("LEADERSHIP"), parseCategory("cook")]).toEqual(["SUPPORT", "TEACHER", "LEADERSHIP", "LEADERSHIP", null]);
    expect([parseCareerStage("NQT"), parseCareerStage("Early career"), parseCareerStage("middle_leader"), parseCareerStage("Principal"), parseCareerStage("?")]).toEqual(["ECT", "EARLY_CAREER", "MIDDLE_LEADER", "HEADTEACHER", null]);
  });

  it("lists each problem: missing email, bad FTE, bad date, unknown category", () => {
    const cells: Record<string, string> = { firstName: "Ann", lastName: "Lee", email: "", fte: "1.2", startDate: "31/13/2020", category: "Cook" };
    const { problems } = readRow((f) => cells[f] ?? "", Object.keys(cells) as FieldKey[]);
    expect(problems).toEqual([
      "the FTE '1.2' must be a number more than 0 and at most 1",
      "the start date '31/13/2020' is not a date (use dd/mm/yyyy)",
      "unknown category 'Cook' (use teacher, support staff or leadership)",
      "the work email is missing",
    ]);
    const ok = readRow((f) => ({ firstName: " Ann ", lastName: "Lee", email: "Ann.Lee@School.EXAMPLE", fte: "0.5" })[f as string] ?? "", ["firstName", "lastName", "email", "fte"]);
    expect(ok).toEqual({ values: { firstName: "Ann", lastName: "Lee", email: "ann.lee@school.example", fte: 0.5 }, problems: [] });
  });
});

const SCHOOL = { id: "s1", name: "Ash Primary", urn: 100001 };
const OTHER = { id: "s2", name: "Beech Academy", urn: 100002 };
const staff = (over: Partial<ExistingStaff>): ExistingStaff => ({
  id: "x", schoolId: SCHOOL.id, schoolName: SCHOOL.name, userId: "u", firstName: "Forename1", lastName: "O'Surname1", email: "staff1@ash.example",
  misStaffId: null, jobTitle: "Class teacher", category: "TEACHER", careerStage: "ESTABLISHED", fte: "1", startDate: "2011-09-02", subjects: ["Mathematics", "Science"], leaveDate: null, ...over,
});

function plan(rows: MisRow[], over: Partial<PlanInput> = {}) {
  const headers = [...MIS_HEADER, "School"];
  return buildStaffPlan({
    headers, rows: rows.map((r) => headers.map((h) => r[h] ?? "")), mapping: proposeMapping(headers), target: SCHOOL, schools: [SCHOOL, OTHER], existing: [], users: [], ...over,
  });
}
const row = (i: number, over: MisRow = {}) => misRow(i, "ash.example", over);

describe("the plan", () => {
  it("adds new staff with their values read, to the school chosen or the one a row names", () => {
    const p = plan([row(1), row(2, { School: "100002" }), row(3, { School: "beech academy" })]);
    expect(p.errors).toEqual([]);
    expect(p.adds.map((a) => [a.row, a.schoolId, a.values.email])).toEqual([[2, "s1", "staff1@ash.example"], [3, "s2", "staff2@ash.example"], [4, "s2", "staff3@ash.example"]]);
    expect(p.adds[0]!.values).toEqual({
      firstName: "Forename1", lastName: "O'Surname1", email: "staff1@ash.example", misStaffId: "S00001", jobTitle: "Class teacher",
      category: "TEACHER", careerStage: "ESTABLISHED", fte: 1, startDate: "2011-09-02", subjects: ["Mathematics", "Science"],
    });
  });

  it("row errors: missing email, duplicates in the file, unknown school, bad FTE or date, a new person without a job title", () => {
    const p = plan([
      row(1, { "Email (work)": "" }),
      row(2),
      row(3, { "Email (work)": "STAFF2@ash.example" }),
      row(4, { "Staff Code": "S00002" }),
      row(5, { School: "Nowhere High" }),
      row(6, { FTE: "0" }),
      row(7, { "Start Date": "2020-02-30" }),
      row(8, { Role: "" }),
    ]);
    expect(p.adds.map((a) => a.row)).toEqual([3]);
    expect(p.errors).toEqual([
      { row: 2, message: "the work email is missing" },
      { row: 4, message: "the work email staff2@ash.example is also in row 3" },
      { row: 5, message: "the MIS staff id S00002 is also in row 3" },
      { row: 6, message: "unknown school 'Nowhere High' (give the URN or name of a school you manage)" },
      { row: 7, message: "the FTE '0' must be a number more than 0 and at most 1" },
      { row: 8, message: "the start date '2020-02-30' is not a date (use dd/mm/yyyy)" },
      { row: 9, message: "a new member of staff needs job title" },
    ]);
  });

  it("matches by MIS id first, then by email; shows the changes field by field; counts the unchanged", () => {
    const byMis = staff({ id: "a", misStaffId: "S00001", email: "old1@ash.example" });
    const byEmail = staff({ id: "b", firstName: "Forename2", lastName: "O'Surname2", email: "staff2@ash.example", fte: "0.6", startDate: "2012-09-03" });
    const same = staff({ id: "c", misStaffId: "S00004", firstName: "Forename4", lastName: "O'Surname4", email: "staff4@ash.example", jobTitle: "Class teacher", fte: "0.600", startDate: "2014-09-05" });
    const p = plan([row(1), row(2), row(4)], { existing: [byMis, byEmail, same], users: [{ id: "u", email: "staff1@ash.example", linkable: false }] });
    expect(p.errors).toEqual([]);
    expect(p.adds).toEqual([]);
    expect(p.unchanged).toBe(1);
    expect(p.updates.map((u) => [u.id, u.changes])).toEqual([
      ["a", [{ field: "Work email", from: "old1@ash.example", to: "staff1@ash.example" }]],
      ["b", [{ field: "MIS staff id", from: "(none)", to: "S00002" }, { field: "FTE", from: "0.6", to: "1" }]],
    ]);
    expect(p.updates[1]!.set).toEqual({ misStaffId: "S00002", fte: 1 });
  });

  it("refuses a person of another school, a clash of MIS id and email, and an email another account holds; skips leavers", () => {
    const p = plan([row(1), row(2), row(3), row(5)], {
      existing: [
        staff({ id: "a", schoolId: OTHER.id, schoolName: OTHER.name, email: "staff1@ash.example" }),
        staff({ id: "b", misStaffId: "S00002", firstName: "Pat", lastName: "Kay", email: "pat@ash.example" }),
        staff({ id: "c", firstName: "Sam", lastName: "Roe", email: "staff2@ash.example" }),
        staff({ id: "d", email: "staff3@ash.example", leaveDate: "2024-08-31" }),
      ],
      users: [{ id: "v", email: "staff5@ash.example", linkable: false }],
    });
    expect(p.errors).toEqual([
      { row: 2, message: "staff1@ash.example is already on the staff of Beech Academy" },
      { row: 3, message: "the MIS staff id S00002 is Pat Kay's, but staff2@ash.example is Sam Roe's" },
      { row: 5, message: "someone already has an account with staff5@ash.example" },
    ]);
    expect(p.skipped).toEqual([{ row: 4, name: "Forename1 O'Surname1", reason: "left Ash Primary on 31 Aug 2024: an import does not bring a leaver back" }]);
  });

  it("links a new record to an account of the trust without a staff record", () => {
    const p = plan([row(1)], { users: [{ id: "gov", email: "staff1@ash.example", linkable: true }] });
    expect(p.adds.map((a) => a.userId)).toEqual(["gov"]);
  });
});
