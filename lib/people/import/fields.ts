// The staff import's columns (issue 11 §3): the portal's fields a school's MIS export is mapped onto,
// guessing the mapping from the header names MIS exports commonly use, and reading one cell of each
// kind (dd/mm/yyyy or yyyy-mm-dd dates, FTE, category and career stage by their everyday names). Pure:
// no database, unit-tested.
import { CareerStage, StaffCategory } from "@/lib/db/generated/enums";
import { isCalendarDay, isoDay, londonToday } from "@/lib/dates";
import { parseDecimal, stripNul } from "@/lib/validation/fields";
import { workEmail } from "@/lib/people/staff-schema";
import { FIELD_KEYS, FIELDS, type FieldKey, type Mapping } from "./columns";

export { FIELD_KEYS, FIELDS, type FieldKey, type Mapping };

/** Fields a new member of staff cannot be created without (an update leaves a blank one as it is). */
export const NEEDED_FOR_NEW: FieldKey[] = ["jobTitle", "category", "careerStage", "fte", "startDate"];

const norm = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, "");

/** The file's header as the mapping names it: trimmed, blanks named by position, repeats numbered. */
export function headerNames(cells: string[]): string[] {
  const seen = new Map<string, number>();
  return cells.map((raw, i) => {
    const name = stripNul(i === 0 ? raw.replace(/^\uFEFF/, "") : raw).trim() || `Column ${i + 1}`;
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return n === 1 ? name : `${name} (${n})`;
  });
}

/**
 * The mapping to offer: the school's saved choice where this file has that header, else a guess from
 * the header's name, each header used once. `fields` leaves out the school column for heads.
 */
export function proposeMapping(headers: string[], saved: Mapping = {}, fields: readonly FieldKey[] = FIELD_KEYS): Mapping {
  const out: Mapping = {};
  const used = new Set<string>();
  for (const f of fields) {
    const header = saved[f];
    if (header && headers.includes(header) && !used.has(header)) {
      out[f] = header;
      used.add(header);
    }
  }
  for (const f of fields) {
    if (out[f]) continue;
    const wanted = FIELDS[f].guesses.map(norm);
    // The earlier a name is in the guesses, the better it fits ("email (work)" before "email").
    for (const g of wanted) {
      const header = headers.find((h) => !used.has(h) && norm(h) === g);
      if (header) {
        out[f] = header;
        used.add(header);
        break;
      }
    }
  }
  return out;
}

/** "07/03/2019", "7/3/2019", "07-03-2019" or "2019-03-07" → "2019-03-07"; null when not a real day. */
export function parseDay(text: string): string | null {
  const t = text.trim();
  const uk = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  const day = uk ? `${uk[3]}-${uk[2]!.padStart(2, "0")}-${uk[1]!.padStart(2, "0")}` : /^\d{4}-\d{2}-\d{2}$/.test(t) ? t : null;
  return day && isCalendarDay(day) ? day : null;
}

const CATEGORY: Record<string, StaffCategory> = {
  teacher: "TEACHER", teachers: "TEACHER", teaching: "TEACHER", teachingstaff: "TEACHER", classteacher: "TEACHER",
  support: "SUPPORT", supportstaff: "SUPPORT", associatestaff: "SUPPORT", nonteaching: "SUPPORT", nonteachingstaff: "SUPPORT", teachingassistant: "SUPPORT",
  leadership: "LEADERSHIP", leader: "LEADERSHIP", slt: "LEADERSHIP", seniorleadership: "LEADERSHIP", seniorleadershipteam: "LEADERSHIP", leadershipteam: "LEADERSHIP",
};

const CAREER_STAGE: Record<string, CareerStage> = {
  ect: "ECT", earlycareerteacher: "ECT", nqt: "ECT", newlyqualifiedteacher: "ECT", ect1: "ECT", ect2: "ECT",
  earlycareer: "EARLY_CAREER", early: "EARLY_CAREER",
  established: "ESTABLISHED", experienced: "ESTABLISHED", qualified: "ESTABLISHED",
  middleleader: "MIDDLE_LEADER", middleleadership: "MIDDLE_LEADER", headofdepartment: "MIDDLE_LEADER",
  seniorleader: "SENIOR_LEADER", seniorleadership: "SENIOR_LEADER", deputyhead: "SENIOR_LEADER", assistanthead: "SENIOR_LEADER",
  headteacher: "HEADTEACHER", head: "HEADTEACHER", principal: "HEADTEACHER", executiveheadteacher: "HEADTEACHER",
};

/** An enum from its own name ("SUPPORT", "early_career") or an everyday one ("Support staff", "NQT"). */
function fromWords<T extends string>(values: Record<string, T>, synonyms: Record<string, T>, text: string): T | null {
  const n = norm(text);
  return Object.values(values).find((v) => norm(v) === n) ?? synonyms[n] ?? null;
}
export const parseCategory = (text: string) => fromWords(StaffCategory, CATEGORY, text);
export const parseCareerStage = (text: string) => fromWords(CareerStage, CAREER_STAGE, text);

/** The record's values a row gives; a blank cell (or an unmapped column) is absent. */
export type RowValues = {
  firstName?: string; lastName?: string; email?: string; misStaffId?: string; jobTitle?: string;
  category?: StaffCategory; careerStage?: CareerStage; fte?: number; startDate?: string; subjects?: string[]; school?: string;
};

const MAX_TEXT: Partial<Record<FieldKey, number>> = { firstName: 60, lastName: 60, jobTitle: 100, misStaffId: 50, school: 200 };

/** One row's cells read through the mapping: its values and the problems with them (as the preview lists them). */
export function readRow(cell: (f: FieldKey) => string, mapped: readonly FieldKey[]): { values: RowValues; problems: string[] } {
  const values: RowValues = {};
  const problems: string[] = [];
  const latest = isoDay(new Date(londonToday().getTime() + 366 * 86_400_000));
  for (const f of mapped) {
    const text = stripNul(cell(f)).trim();
    if (!text) continue;
    const label = FIELDS[f].label.toLowerCase();
    switch (f) {
      case "email": {
        const e = workEmail.safeParse(text);
        if (e.success) values.email = e.data;
        else problems.push(`the work email '${text}' is not an email address`);
        break;
      }
      case "category": {
        const c = parseCategory(text);
        if (c) values.category = c;
        else problems.push(`unknown category '${text}' (use teacher, support staff or leadership)`);
        break;
      }
      case "careerStage": {
        const c = parseCareerStage(text);
        if (c) values.careerStage = c;
        else problems.push(`unknown career stage '${text}' (use ECT, early career, established, middle leader, senior leader or headteacher)`);
        break;
      }
      case "fte": {
        const n = parseDecimal(text);
        if (!Number.isFinite(n) || n <= 0 || n > 1) problems.push(`the FTE '${text}' must be a number more than 0 and at most 1`);
        else if (Math.abs(n * 1000 - Math.round(n * 1000)) > 1e-9) problems.push(`the FTE '${text}' has more than three decimal places`);
        else values.fte = n;
        break;
      }
      case "startDate": {
        const d = parseDay(text);
        if (!d) problems.push(`the start date '${text}' is not a date (use dd/mm/yyyy)`);
        else if (d < "1970-01-01" || d > latest) problems.push(`the start date '${text}' is out of range`);
        else values.startDate = d;
        break;
      }
      case "subjects": {
        const list = [...new Set(text.split(/[,;]/).map((s) => s.trim()).filter(Boolean))];
        if (list.length > 10 || list.some((s) => s.length > 60)) problems.push("list at most 10 subjects of at most 60 characters each");
        else values.subjects = list;
        break;
      }
      default: {
        const max = MAX_TEXT[f] ?? 200;
        if (text.length > max) problems.push(`the ${label} must be ${max} characters or fewer`);
        else values[f] = text;
      }
    }
  }
  if (!values.email && !problems.some((p) => p.startsWith("the work email"))) problems.push("the work email is missing");
  if (!values.firstName) problems.push("the first name is missing");
  if (!values.lastName) problems.push("the last name is missing");
  return { values, problems };
}
