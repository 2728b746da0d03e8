// Generated GIAS establishment files for tests and the benchmark: the real header (all 140 columns, as
// DfE publishes it), made-up schools, written as CSV in UTF-8 or Windows-1252.
import { readFileSync } from "node:fs";
import path from "node:path";
import Papa from "papaparse";

export const GIAS_HEADER = readFileSync(path.join(import.meta.dirname, "gias-establishment-header.csv"), "utf8").trim().split(",");

export type GiasFields = Record<string, string>;

/** An open academy converter primary of `trustCode`, with every column present (most empty). */
export function giasSchool(urn: number, trustCode: string, over: GiasFields = {}): GiasFields {
  return {
    URN: String(urn),
    EstablishmentName: `School ${urn}`,
    "TypeOfEstablishment (name)": "Academy converter",
    "EstablishmentStatus (name)": "Open",
    "PhaseOfEducation (name)": "Primary",
    StatutoryLowAge: "4",
    StatutoryHighAge: "11",
    "OfficialSixthForm (name)": "Does not have a sixth form",
    "NurseryProvision (name)": "No Nursery Classes",
    NumberOfPupils: "210",
    SchoolCapacity: "210",
    OpenDate: "01/09/2015",
    "Trusts (code)": trustCode,
    "Trusts (name)": "NORTHBRIDGE LEARNING TRUST",
    Postcode: "NE1 4ST",
    Town: "Newcastle upon Tyne",
    HeadFirstName: "Ann",
    HeadLastName: "Head",
    "OfstedRating (name)": "Good",
    OfstedLastInsp: "07/03/2019",
    Easting: "424700",
    Northing: "564200",
    UPRN: "2.00E+11",
    ...over,
  };
}

/** The CSV text: the header, then each school's cells in the header's order (quoted where needed). */
export function giasCsv(schools: GiasFields[], header = GIAS_HEADER): string {
  return Papa.unparse({ fields: header, data: schools.map((s) => header.map((h) => s[h] ?? "")) }, { newline: "\r\n" });
}

/** Windows-1252 bytes (the national file's encoding): Latin-1 letters as themselves, curly quotes and dashes at 0x80–0x9F. */
const CP1252: Record<string, number> = { "€": 0x80, "‚": 0x82, "„": 0x84, "…": 0x85, "‘": 0x91, "’": 0x92, "“": 0x93, "”": 0x94, "–": 0x96, "—": 0x97 };
export function windows1252(text: string): Uint8Array {
  return Uint8Array.from([...text].map((c) => CP1252[c] ?? (c.charCodeAt(0) < 256 ? c.charCodeAt(0) : 0x3f)));
}

/** The bytes in chunks of `size`, as a request body arrives. */
export async function* chunked(bytes: Uint8Array, size = 64 * 1024): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}
