// A staff list as a school's MIS exports it (the header names of a typical SIMS/Arbor staff report),
// generated for the unit and integration tests and the benchmark, so all three read the same shape.
import Papa from "papaparse";

export const MIS_HEADER = ["Staff Code", "Title", "Forename", "Surname", "Email (work)", "Role", "Staff Category", "Career Stage", "FTE", "Start Date", "Subjects"] as const;
export type MisRow = Partial<Record<(typeof MIS_HEADER)[number] | string, string>>;

/** The file's text: the given header (MIS_HEADER by default), then the rows, quoted where needed. */
export function misCsv(rows: MisRow[], header: readonly string[] = MIS_HEADER): string {
  return Papa.unparse({ fields: [...header], data: rows.map((r) => header.map((h) => r[h] ?? "")) });
}

/** Row `i` of a made-up school staff list, its emails at `domain`. */
export function misRow(i: number, domain: string, over: MisRow = {}): MisRow {
  const teacher = i % 3 !== 0;
  return {
    "Staff Code": `S${String(i).padStart(5, "0")}`,
    Title: i % 2 ? "Ms" : "Mr",
    Forename: `Forename${i}`,
    Surname: `O'Surname${i}`,
    "Email (work)": `staff${i}@${domain}`,
    Role: teacher ? "Class teacher" : "Teaching assistant",
    "Staff Category": teacher ? "Teacher" : "Support staff",
    "Career Stage": teacher ? "Established" : "Early career",
    FTE: i % 4 ? "1" : "0.6",
    "Start Date": `0${(i % 9) + 1}/09/20${String(10 + (i % 15)).padStart(2, "0")}`,
    Subjects: teacher ? "Mathematics, Science" : "",
    ...over,
  };
}
