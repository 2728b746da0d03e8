// What a GIAS file would change (issue 11 §1): schools joining (open, new URNs under the trust),
// field-by-field updates, and the trust's schools no longer listed under it (leaving: archived on
// confirmation). Pure: the trust's rows and its schools in, the plan out; unit-tested.
import { mapRow, OPEN_STATUSES, type GiasRow, type SchoolFields } from "./mapping";

export type ExistingSchool = Omit<SchoolFields, "pupilsOnRoll" | "ofstedGrade"> & {
  id: string;
  pupilsOnRoll: number;
  ofstedGrade: string | null;
  ofstedFramework: string | null;
  archived: boolean;
};

export type Change = { field: string; from: string; to: string };
export type Plan = {
  joining: SchoolFields[];
  updates: { id: string; urn: number; name: string; changes: Change[]; set: Partial<SchoolFields> & { archivedAt?: null } }[];
  leaving: { id: string; urn: number; name: string }[];
  problems: { urn: string; name: string; problems: string[] }[];
  notOpen: { urn: string; name: string; status: string }[];
};

const LABEL: Partial<Record<keyof SchoolFields, string>> = {
  name: "Name", phase: "Phase", type: "Type", pupilsOnRoll: "Pupils on roll", postcode: "Postcode", latitude: "Latitude", longitude: "Longitude",
  ofstedGrade: "Ofsted grade", ofstedInspectedOn: "Ofsted inspection", hasSixthForm: "Sixth form", hasEarlyYears: "Nursery classes",
};
const show = (v: unknown) => (v === null || v === undefined || v === "" ? "(none)" : typeof v === "boolean" ? (v ? "Yes" : "No") : String(v));

/** The fields GIAS would change; an empty cell in the file never blanks what the portal holds. */
function diff(school: SchoolFields, current: ExistingSchool) {
  const set: Partial<SchoolFields> = {};
  const changes: Change[] = [];
  const fields: (keyof SchoolFields)[] = ["name", "phase", "type", "postcode", "hasSixthForm", "hasEarlyYears"];
  if (school.pupilsOnRoll !== null) fields.push("pupilsOnRoll");
  if (school.latitude !== null) fields.push("latitude", "longitude");
  // A 2025 report card is newer than the legacy grade GIAS carries: it is kept.
  if (school.ofstedGrade !== null && current.ofstedFramework !== "REPORT_CARD") fields.push("ofstedGrade", "ofstedInspectedOn");
  for (const f of fields) {
    if (show(school[f]) === show(current[f])) continue;
    Object.assign(set, { [f]: school[f] });
    changes.push({ field: LABEL[f] ?? f, from: show(current[f]), to: show(school[f]) });
  }
  return { set, changes };
}

/** `elsewhere`: URNs held by another trust in this installation (a school moving trusts is not handled here). */
export function buildPlan(rows: GiasRow[], existing: ExistingSchool[], elsewhere: Set<number>): Plan {
  const plan: Plan = { joining: [], updates: [], leaving: [], problems: [], notOpen: [] };
  const byUrn = new Map(existing.map((s) => [s.urn, s]));
  const listed = new Set<number>();
  for (const row of rows) {
    const status = row["EstablishmentStatus (name)"].trim();
    if (!OPEN_STATUSES.includes(status.toLowerCase())) {
      plan.notOpen.push({ urn: row.URN, name: row.EstablishmentName, status });
      continue;
    }
    listed.add(Number(row.URN));
    const mapped = mapRow(row);
    if ("problems" in mapped) {
      plan.problems.push({ urn: row.URN, name: row.EstablishmentName, problems: mapped.problems });
      continue;
    }
    const { school } = mapped;
    if (plan.joining.some((j) => j.urn === school.urn) || plan.updates.some((u) => u.urn === school.urn)) {
      plan.problems.push({ urn: row.URN, name: school.name, problems: ["the URN appears twice in the file"] });
      continue;
    }
    const current = byUrn.get(school.urn);
    if (!current) {
      if (elsewhere.has(school.urn)) plan.problems.push({ urn: row.URN, name: school.name, problems: ["another trust in this portal holds this URN"] });
      else plan.joining.push(school);
      continue;
    }
    const { set, changes } = diff(school, current);
    if (current.archived) changes.unshift({ field: "Listed under the trust", from: "No (archived)", to: "Yes" });
    if (changes.length) plan.updates.push({ id: current.id, urn: school.urn, name: current.name, changes, set: current.archived ? { ...set, archivedAt: null } : set });
  }
  for (const s of existing) if (!s.archived && !listed.has(s.urn)) plan.leaving.push({ id: s.id, urn: s.urn, name: s.name });
  return plan;
}

export const planIsEmpty = (p: Plan) => !p.joining.length && !p.updates.length && !p.leaving.length;
