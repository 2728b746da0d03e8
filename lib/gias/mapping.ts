// From a row of DfE's "Get Information about Schools" establishment file to the portal's school
// (issue 11 §1). Pure, unit-tested: names to enums by their words, dd/mm/yyyy dates, British National
// Grid to latitude/longitude with proj4 (EPSG:27700 → WGS84).
import proj4 from "proj4";
import { isCalendarDay } from "@/lib/dates";
import type { OfstedGrade, SchoolPhase, SchoolType } from "@/lib/db/generated/enums";

/** The columns read; any other column is ignored, and order does not matter. */
export const REQUIRED_COLUMNS = [
  "URN", "EstablishmentName", "TypeOfEstablishment (name)", "EstablishmentStatus (name)", "PhaseOfEducation (name)",
  "OfficialSixthForm (name)", "NurseryProvision (name)", "NumberOfPupils", "Trusts (code)", "Postcode",
  "OfstedRating (name)", "OfstedLastInsp", "Easting", "Northing",
] as const;
export type Column = (typeof REQUIRED_COLUMNS)[number];
export type GiasRow = Record<Column, string>;

/** The fields of a school the register sets. */
export type SchoolFields = {
  urn: number;
  name: string;
  phase: SchoolPhase;
  type: SchoolType;
  pupilsOnRoll: number | null;
  postcode: string;
  latitude: string | null;
  longitude: string | null;
  ofstedGrade: OfstedGrade | null;
  ofstedInspectedOn: string | null;
  hasSixthForm: boolean;
  hasEarlyYears: boolean;
};

/** Statuses of a school the trust runs; "Closed" and "Proposed to open" are not (yet) its schools. */
export const OPEN_STATUSES = ["open", "open, but proposed to close", "open but proposed to close"];

/** By the words in the name, so new wordings of the same kinds still map (data/README.md). */
export function mapType(name: string): SchoolType | null {
  const n = name.toLowerCase();
  if (n.includes("alternative provision") || n.includes("pupil referral")) return "ALTERNATIVE_PROVISION";
  if (n.includes("special")) return "SPECIAL_ACADEMY";
  if (n.includes("16") && n.includes("19")) return "SIXTEEN_TO_NINETEEN";
  if (n.includes("university technical")) return "UNIVERSITY_TECHNICAL_COLLEGE";
  if (n.includes("studio")) return "STUDIO_SCHOOL";
  if (n.includes("free school")) return "FREE_SCHOOL";
  if (n.includes("sponsor")) return "ACADEMY_SPONSOR_LED";
  if (n.includes("converter")) return "ACADEMY_CONVERTER";
  return null;
}

/** The phase; special schools and alternative provision usually say "Not applicable", so their type decides. */
export function mapPhase(phaseName: string, type: SchoolType | null): SchoolPhase | null {
  if (type === "SPECIAL_ACADEMY") return "SPECIAL";
  if (type === "ALTERNATIVE_PROVISION") return "ALTERNATIVE_PROVISION";
  const p = phaseName.toLowerCase().trim();
  if (p === "nursery") return "NURSERY";
  if (p.includes("primary")) return "PRIMARY";
  if (p.includes("secondary") || p === "16 plus") return "SECONDARY";
  if (p === "all-through" || p === "all through") return "ALL_THROUGH";
  return null;
}

export function mapOfsted(name: string): OfstedGrade | null {
  const n = name.toLowerCase().trim();
  if (n === "outstanding") return "OUTSTANDING";
  if (n === "good") return "GOOD";
  if (n.startsWith("requires improvement") || n === "satisfactory") return "REQUIRES_IMPROVEMENT";
  if (n.startsWith("inadequate") || n.includes("special measures") || n.includes("serious weakness")) return "INADEQUATE";
  return null;
}

/** "07/03/2019" → "2019-03-07"; null when empty or not a real day. */
export function parseUkDate(text: string): string | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  if (!m) return null;
  const day = `${m[3]}-${m[2]!.padStart(2, "0")}-${m[1]!.padStart(2, "0")}`;
  return isCalendarDay(day) ? day : null;
}

/** British National Grid with the OSGB36 datum shift (the Helmert parameters EPSG publishes for 27700). */
const BNG = "+proj=tmerc +lat_0=49 +lon_0=-2 +k=0.9996012717 +x_0=400000 +y_0=-100000 +ellps=airy +towgs84=446.448,-125.157,542.06,0.15,0.247,0.842,-20.489 +units=m +no_defs";
const toWgs84 = proj4(BNG, "WGS84");

/** Easting/northing in metres → latitude/longitude to six decimals (about 10 cm); null when either is missing. */
export function gridToLatLong(easting: string, northing: string): { latitude: string; longitude: string } | null {
  const e = Number(easting.trim());
  const n = Number(northing.trim());
  if (!easting.trim() || !northing.trim() || !Number.isFinite(e) || !Number.isFinite(n) || e <= 0 || n <= 0) return null;
  const [longitude, latitude] = toWgs84.forward([e, n]);
  return { latitude: latitude!.toFixed(6), longitude: longitude!.toFixed(6) };
}

const wholeNumber = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : null);

/** A row as the school it describes, or the reasons it cannot be read. */
export function mapRow(row: GiasRow): { school: SchoolFields } | { problems: string[] } {
  const problems: string[] = [];
  const urn = wholeNumber(row.URN);
  if (!urn) problems.push(`URN '${row.URN}' is not a number`);
  const type = mapType(row["TypeOfEstablishment (name)"]);
  if (!type) problems.push(`type '${row["TypeOfEstablishment (name)"]}' is not one the portal knows`);
  const phase = mapPhase(row["PhaseOfEducation (name)"], type);
  if (!phase && type) problems.push(`phase '${row["PhaseOfEducation (name)"]}' is not one the portal knows`);
  const name = row.EstablishmentName.trim();
  if (!name) problems.push("the name is empty");
  if (problems.length || !urn || !type || !phase) return { problems };
  const grid = gridToLatLong(row.Easting, row.Northing);
  const grade = mapOfsted(row["OfstedRating (name)"]);
  return {
    school: {
      urn,
      name,
      phase,
      type,
      pupilsOnRoll: wholeNumber(row.NumberOfPupils),
      postcode: row.Postcode.trim().toUpperCase(),
      latitude: grid?.latitude ?? null,
      longitude: grid?.longitude ?? null,
      ofstedGrade: grade,
      ofstedInspectedOn: grade ? parseUkDate(row.OfstedLastInsp) : null,
      hasSixthForm: row["OfficialSixthForm (name)"].trim().toLowerCase() === "has a sixth form",
      hasEarlyYears: row["NurseryProvision (name)"].trim().toLowerCase() === "has nursery classes",
    },
  };
}
