// Statutory training (requirements, designations, completions with some expired and expiring),
// qualifications (QTS, NPQs in progress and held, Masters) and ECT induction with reviews (./inductions.ts).
import type { Prisma } from "../../lib/db/generated/client";
import type { Designation, QualificationKind, QualificationStatus } from "../../lib/db/generated/enums";
import { TRAINING_REQUIREMENTS } from "./cpd-catalogue";
import { buildInductions } from "./inductions";
import { addDays, utcDate } from "./dates";
import type { Rng } from "./random";
import type { BuiltTrust, StaffRow } from "./types";

type Row<T> = T & { id: string };
export type CpdPeopleRows = {
  requirements: Row<Prisma.TrainingRequirementCreateManyInput>[];
  designations: Prisma.StaffDesignationCreateManyInput[];
  completions: Row<Prisma.TrainingCompletionCreateManyInput>[];
  qualifications: Row<Prisma.QualificationCreateManyInput>[];
  inductions: Row<Prisma.EarlyCareerInductionCreateManyInput>[];
  reviews: Row<Prisma.InductionReviewCreateManyInput>[];
};

const addMonths = (d: Date, months: number) => utcDate(d.getUTCFullYear(), d.getUTCMonth() + months, d.getUTCDate());

function designationsFor(rng: Rng, school: StaffRow[]): [StaffRow, Designation][] {
  const out: [StaffRow, Designation][] = [];
  const head = school.find((s) => s.careerStage === "HEADTEACHER");
  const seniors = school.filter((s) => s.careerStage === "SENIOR_LEADER");
  const dsl = seniors[0] ?? head;
  if (dsl) out.push([dsl, "DESIGNATED_SAFEGUARDING_LEAD"]);
  for (const d of [head, ...seniors.slice(1)].filter((s): s is StaffRow => Boolean(s) && s !== dsl).slice(0, 2)) out.push([d, "DEPUTY_SAFEGUARDING_LEAD"]);
  const senco = school.find((s) => s.jobTitle === "SENCO");
  if (senco) out.push([senco, "SENCO"]);
  const support = school.filter((s) => s.category === "SUPPORT");
  for (const s of rng.shuffle(support).slice(0, Math.max(1, Math.round(support.length * 0.12)))) out.push([s, "FIRST_AIDER"]);
  const early = school.filter((s) => s.subjects.includes("Early Years") || /Nursery|Reception|Early Years/.test(s.jobTitle));
  for (const s of early) {
    out.push([s, "EARLY_YEARS_PRACTITIONER"]);
    if (rng.chance(0.6)) out.push([s, "PAEDIATRIC_FIRST_AIDER"]);
  }
  return out;
}

const NPQ_BY_STAGE: Partial<Record<StaffRow["careerStage"], readonly (readonly [QualificationKind, number])[]>> = {
  HEADTEACHER: [["NPQ_HEADSHIP", 8], ["NPQ_EXECUTIVE_LEADERSHIP", 2]],
  SENIOR_LEADER: [["NPQ_SENIOR_LEADERSHIP", 6], ["NPQ_HEADSHIP", 4]],
  MIDDLE_LEADER: [["NPQ_LEADING_TEACHING", 3], ["NPQ_LEADING_TEACHER_DEVELOPMENT", 2], ["NPQ_LEADING_BEHAVIOUR_AND_CULTURE", 2], ["NPQ_LEADING_LITERACY", 1], ["NPQ_LEADING_PRIMARY_MATHEMATICS", 1]],
  ESTABLISHED: [["NPQ_LEADING_TEACHING", 3], ["NPQ_LEADING_BEHAVIOUR_AND_CULTURE", 2], ["NPQ_LEADING_LITERACY", 1], ["NPQ_EARLY_YEARS_LEADERSHIP", 1]],
};
const NPQ_CHANCE: Partial<Record<StaffRow["careerStage"], number>> = { HEADTEACHER: 0.95, SENIOR_LEADER: 0.8, MIDDLE_LEADER: 0.4, ESTABLISHED: 0.12 };
const PROVIDERS = ["Ambition Institute", "Teach First", "Best Practice Network", "UCL Institute of Education", "Church of England Foundation"];

export function buildCpdPeople(rng: Rng, built: BuiltTrust, today: Date): CpdPeopleRows {
  const trustId = built.trust.id;
  const requirements = TRAINING_REQUIREMENTS.map((r) => ({ id: rng.uuid(), trustId, ...r, active: true, createdAt: addDays(today, -800) }));
  const current = built.staff.filter((s) => !s.leaveDate);
  const bySchool = new Map<string, StaffRow[]>();
  for (const s of current) bySchool.set(s.schoolId, [...(bySchool.get(s.schoolId) ?? []), s]);

  const designations: CpdPeopleRows["designations"] = [];
  const held = new Map<string, Set<Designation>>();
  for (const staff of bySchool.values()) {
    for (const [s, designation] of designationsFor(rng, staff)) {
      if (held.get(s.id)?.has(designation)) continue;
      held.set(s.id, (held.get(s.id) ?? new Set()).add(designation));
      designations.push({ trustId, staffMemberId: s.id, designation });
    }
  }

  const completions: CpdPeopleRows["completions"] = [];
  for (const s of current) {
    for (const req of requirements) {
      if (req.designation && !held.get(s.id)?.has(req.designation)) continue;
      // Most are in date; some expire within 60 days, some have lapsed, a few never did it.
      const state = rng.weighted([["valid", 80], ["expiring", 8], ["expired", 8], ["missing", 4]] as const);
      if (state === "missing") continue;
      const expiresOn =
        state === "expiring" ? addDays(today, rng.int(1, 60)) : state === "expired" ? addDays(today, -rng.int(1, 200)) : addDays(today, rng.int(61, req.validityMonths * 30));
      const completedOn = addMonths(expiresOn, -req.validityMonths);
      const add = (done: Date, expires: Date) =>
        completions.push({ id: rng.uuid(), trustId, staffMemberId: s.id, requirementId: req.id, completedOn: done, expiresOn: expires, createdAt: done });
      if (completedOn > s.startDate && rng.chance(0.5)) add(addMonths(completedOn, -req.validityMonths), completedOn);
      add(completedOn, expiresOn);
    }
  }

  const qualifications: CpdPeopleRows["qualifications"] = [];
  const qualify = (s: StaffRow, kind: QualificationKind, status: QualificationStatus, start: Date | null, done: Date | null, provider: string | null) =>
    qualifications.push({ id: rng.uuid(), trustId, staffMemberId: s.id, kind, status, startDate: start, completedOn: done, provider, createdAt: start ?? today });
  for (const s of current) {
    if (s.category !== "SUPPORT") {
      const qts = s.careerStage === "ECT" ? addDays(s.startDate, -60) : addDays(s.startDate, -rng.int(60, 2000));
      qualify(s, "QTS", "COMPLETED", null, qts, "Initial teacher training");
    }
    const npqs = NPQ_BY_STAGE[s.careerStage];
    if (npqs && rng.chance(NPQ_CHANCE[s.careerStage] ?? 0)) {
      const status = rng.weighted([["COMPLETED", 6], ["IN_PROGRESS", 3], ["PLANNED", 1]] as const);
      const start = status === "PLANNED" ? addDays(today, rng.int(30, 200)) : addDays(today, -rng.int(60, status === "COMPLETED" ? 3000 : 500));
      qualify(s, rng.weighted(npqs), status, start, status === "COMPLETED" ? addDays(start, rng.int(400, 550)) < today ? addDays(start, rng.int(400, 550)) : addDays(today, -7) : null, rng.pick(PROVIDERS));
    }
    if (s.jobTitle === "SENCO" && rng.chance(0.7)) {
      const done = rng.chance(0.6);
      const start = addDays(today, -rng.int(100, 900));
      qualify(s, "NPQ_SENCO", done ? "COMPLETED" : "IN_PROGRESS", start, done ? minDate(addDays(start, 540), addDays(today, -1)) : null, rng.pick(PROVIDERS));
    }
    if (s.category === "LEADERSHIP" && rng.chance(0.35)) {
      const done = rng.chance(0.7);
      const start = addDays(today, -rng.int(200, 4000));
      qualify(s, "MASTERS", done ? "COMPLETED" : "IN_PROGRESS", start, done ? minDate(addDays(start, 730), addDays(today, -1)) : null, "University");
    }
    if (s.category === "SUPPORT" && rng.chance(0.04)) {
      qualify(s, "APPRENTICESHIP", rng.chance(0.5) ? "IN_PROGRESS" : "COMPLETED", addDays(today, -rng.int(100, 700)), null, "Local college");
    }
  }
  for (const q of qualifications) if (q.status === "COMPLETED" && !q.completedOn) q.completedOn = addDays(today, -rng.int(1, 300));

  const { inductions, reviews } = buildInductions(rng.fork("inductions"), trustId, current, bySchool, today);
  return { requirements, designations, completions, qualifications, inductions, reviews };
}

const minDate = (a: Date, b: Date) => (a < b ? a : b);

