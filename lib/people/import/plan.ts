// What a staff file would change (issue 11 §3): rows to add, rows that update a record field by field,
// rows already matching, leavers skipped, and row errors. Pure (the file, the mapping and the records
// it could touch in; the plan out), so the preview and the apply build it the same way; unit-tested.
//
// Matching: by MIS staff id within the row's school first, then by work email across the trust. An
// email of someone at another school of the trust is a row error (an import never moves a person); a
// leaver is skipped (an import does not bring someone back); duplicates within the file are errors.
import type { CareerStage, StaffCategory } from "@/lib/db/generated/enums";
import { formatDate } from "@/lib/dates";
import { FIELDS, NEEDED_FOR_NEW, readRow, type FieldKey, type Mapping, type RowValues } from "./fields";

export type ImportSchool = { id: string; name: string; urn: number };
export type ExistingStaff = {
  id: string; schoolId: string; schoolName: string; userId: string | null;
  firstName: string; lastName: string; email: string; misStaffId: string | null;
  jobTitle: string; category: StaffCategory; careerStage: CareerStage; fte: string; startDate: string; subjects: string[];
  leaveDate: string | null;
};
/** An account holding an email the file gives: one of the trust's without a staff record may become theirs. */
export type ExistingUser = { id: string; email: string; linkable: boolean };

export type NewStaff = {
  firstName: string; lastName: string; email: string; misStaffId: string | null; jobTitle: string;
  category: StaffCategory; careerStage: CareerStage; fte: number; startDate: string; subjects: string[];
};
export type Change = { field: string; from: string; to: string };
export type StaffPlan = {
  adds: { row: number; schoolId: string; schoolName: string; userId: string | null; values: NewStaff }[];
  updates: { row: number; id: string; name: string; schoolName: string; userId: string | null; changes: Change[]; set: Partial<NewStaff> }[];
  unchanged: number;
  skipped: { row: number; name: string; reason: string }[];
  errors: { row: number; message: string }[];
};

export type PlanInput = {
  headers: string[];
  rows: string[][];
  mapping: Mapping;
  target: ImportSchool;
  /** Schools a row's school column may name (the importer's); unused unless the column is mapped. */
  schools: ImportSchool[];
  existing: ExistingStaff[];
  users: ExistingUser[];
};

/** Spreadsheet numbering: the header is row 1. */
const rowNumber = (index: number) => index + 2;
const COMPARED: (keyof NewStaff)[] = ["firstName", "lastName", "email", "misStaffId", "jobTitle", "category", "careerStage", "fte", "startDate", "subjects"];
const show = (f: keyof NewStaff, v: unknown): string =>
  v === null || v === undefined || (Array.isArray(v) && !v.length) ? "(none)" : Array.isArray(v) ? v.join(", ") : f === "fte" ? String(Number(v)) : String(v);

function findSchool(text: string, schools: ImportSchool[]): ImportSchool | undefined {
  const t = text.trim().toLowerCase();
  return schools.find((s) => String(s.urn) === t || s.name.toLowerCase() === t);
}

function changesOf(values: RowValues, current: ExistingStaff) {
  const set: Partial<NewStaff> = {};
  const changes: Change[] = [];
  for (const f of COMPARED) {
    const to = values[f];
    if (to === undefined || show(f, to) === show(f, current[f])) continue;
    Object.assign(set, { [f]: to });
    changes.push({ field: FIELDS[f].label, from: show(f, current[f]), to: show(f, to) });
  }
  return { set, changes };
}

export function buildStaffPlan(input: PlanInput): StaffPlan {
  const plan: StaffPlan = { adds: [], updates: [], unchanged: 0, skipped: [], errors: [] };
  const col = Object.fromEntries(Object.entries(input.mapping).map(([f, h]) => [f, input.headers.indexOf(h)])) as Partial<Record<FieldKey, number>>;
  const mapped = (Object.keys(col) as FieldKey[]).filter((f) => col[f]! >= 0);
  const byEmail = new Map(input.existing.map((s) => [s.email, s]));
  const byMis = new Map(input.existing.filter((s) => s.misStaffId).map((s) => [`${s.schoolId}|${s.misStaffId}`, s]));
  const users = new Map(input.users.map((u) => [u.email, u]));
  const emailRows = new Map<string, number>();
  const misRows = new Map<string, number>();

  input.rows.forEach((cells, index) => {
    const row = rowNumber(index);
    const { values, problems } = readRow((f) => cells[col[f]!] ?? "", mapped);
    const fail = (...more: string[]) => plan.errors.push({ row, message: [...problems, ...more].join("; ") });
    let school = input.target;
    if (values.school) {
      const named = findSchool(values.school, input.schools);
      if (!named) problems.push(`unknown school '${values.school}' (give the URN or name of a school you manage)`);
      else school = named;
    }
    const email = values.email;
    const mis = values.misStaffId;
    if (email) {
      const first = emailRows.get(email);
      if (first) problems.push(`the work email ${email} is also in row ${first}`);
      else emailRows.set(email, row);
    }
    if (mis) {
      const key = `${school.id}|${mis}`;
      const first = misRows.get(key);
      if (first) problems.push(`the MIS staff id ${mis} is also in row ${first}`);
      else misRows.set(key, row);
    }
    if (problems.length || !email) return fail();

    const viaMis = mis ? byMis.get(`${school.id}|${mis}`) : undefined;
    const viaEmail = byEmail.get(email);
    if (viaMis && viaEmail && viaMis.id !== viaEmail.id) {
      return fail(`the MIS staff id ${mis} is ${viaMis.firstName} ${viaMis.lastName}'s, but ${email} is ${viaEmail.firstName} ${viaEmail.lastName}'s`);
    }
    const match = viaMis ?? viaEmail;
    if (match?.leaveDate) {
      plan.skipped.push({ row, name: `${match.firstName} ${match.lastName}`, reason: `left ${match.schoolName} on ${formatDate(match.leaveDate)}: an import does not bring a leaver back` });
      return;
    }
    if (match && match.schoolId !== school.id) return fail(`${email} is already on the staff of ${match.schoolName}`);
    const user = users.get(email);
    if (match) {
      if (email !== match.email && user && user.id !== match.userId) return fail(`someone else already has an account with ${email}`);
      const { set, changes } = changesOf(values, match);
      if (!changes.length) plan.unchanged += 1;
      else plan.updates.push({ row, id: match.id, name: `${match.firstName} ${match.lastName}`, schoolName: match.schoolName, userId: match.userId, changes, set });
      return;
    }
    const missing = NEEDED_FOR_NEW.filter((f) => values[f] === undefined).map((f) => FIELDS[f].label.toLowerCase());
    if (missing.length) return fail(`a new member of staff needs ${missing.join(", ")}`);
    if (user && !user.linkable) return fail(`someone already has an account with ${email}`);
    const { firstName, lastName, jobTitle, category, careerStage, fte, startDate } = values as Required<RowValues>;
    plan.adds.push({
      row, schoolId: school.id, schoolName: school.name, userId: user?.id ?? null,
      values: { firstName, lastName, email, misStaffId: mis ?? null, jobTitle, category, careerStage, fte, startDate, subjects: values.subjects ?? [] },
    });
  });
  return plan;
}

export const planCounts = (p: StaffPlan) => ({ added: p.adds.length, updated: p.updates.length, unchanged: p.unchanged, skipped: p.skipped.length, errors: p.errors.length });
