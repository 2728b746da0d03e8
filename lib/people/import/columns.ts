// The staff import's columns: the portal's fields a school's MIS export is mapped onto and the header
// names guessed for each. zod-free, so the mapping form lists them without loading the schemas (issue 22);
// lib/people/import/fields.ts re-exports them beside the readers.
export const FIELD_KEYS = ["firstName", "lastName", "email", "misStaffId", "jobTitle", "category", "careerStage", "fte", "startDate", "subjects", "school"] as const;
export type FieldKey = (typeof FIELD_KEYS)[number];
/** Portal field → the file's header chosen for it (unmapped fields are absent). */
export type Mapping = Partial<Record<FieldKey, string>>;

type FieldSpec = { label: string; required?: boolean; hint?: string; guesses: string[] };

export const FIELDS: Record<FieldKey, FieldSpec> = {
  firstName: { label: "First name", required: true, guesses: ["forename", "first name", "firstname", "preferred forename", "legal forename", "given name"] },
  lastName: { label: "Last name", required: true, guesses: ["surname", "last name", "lastname", "preferred surname", "legal surname", "family name"] },
  email: { label: "Work email", required: true, guesses: ["email (work)", "work email", "work email address", "email", "email address", "school email"] },
  misStaffId: { label: "MIS staff id", hint: "Matches a re-import to the same person even if their email changes.", guesses: ["staff code", "staff id", "staff no", "staff number", "employee number", "employee id", "payroll number", "staff reference"] },
  jobTitle: { label: "Job title", guesses: ["role", "job title", "post", "post title", "position", "job role"] },
  category: { label: "Category", hint: "Teacher, support staff or leadership.", guesses: ["category", "staff category", "staff type", "employment category", "teaching or support"] },
  careerStage: { label: "Career stage", guesses: ["career stage", "stage"] },
  fte: { label: "FTE", hint: "More than 0, at most 1.", guesses: ["fte", "full time equivalent", "fte (contract)", "contract fte"] },
  startDate: { label: "Start date", hint: "dd/mm/yyyy or yyyy-mm-dd.", guesses: ["start date", "employment start date", "date of joining", "date started", "contract start date", "start"] },
  subjects: { label: "Subjects", hint: "Separated by commas.", guesses: ["subjects", "subject", "main subject", "teaching subjects"] },
  school: { label: "School", hint: "A URN or name; rows without one go to the school chosen above.", guesses: ["school", "school name", "urn", "school urn", "establishment"] },
};
