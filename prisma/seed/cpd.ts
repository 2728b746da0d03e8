// CPD history for a built trust: three academic years of activities per member of staff, targets,
// and (in cpd-people.ts) statutory training, designations, qualifications and ECT induction.
// Rows are built in memory from the seeded generator and inserted a few thousand per statement,
// so the scale-10 trust's ≈300,000 activities take seconds, not minutes.
import type { Prisma } from "../../lib/db/generated/client";
import type { CpdStatus, CpdType, StaffCategory } from "../../lib/db/generated/enums";
import { CPD_TYPES, IMPACTS, REFLECTIONS, RETURN_REASONS, TARGET_HOURS } from "./cpd-catalogue";
import { buildCpdPeople, type CpdPeopleRows } from "./cpd-people";
import { academicYearStartYear, addDays, daysBetween, utcDate } from "./dates";
import { DEMO_EMAILS } from "./demo";
import { insertRows, type InsertProgress } from "./insert";
import type { Rng } from "./random";
import type { BuiltTrust, StaffRow } from "./types";

export type ActivityRow = Prisma.CpdActivityCreateManyInput & { id: string; staffMemberId: string; status: CpdStatus; minutes: number };
export type TargetRow = Prisma.CpdTargetCreateManyInput & { id: string };
export type BuiltCpd = CpdPeopleRows & { activities: ActivityRow[]; targets: TargetRow[] };

/** Activities per full academic year, by category: a few to a few tens. */
const PER_YEAR: Record<StaffCategory, readonly [number, number]> = { TEACHER: [16, 34], SUPPORT: [8, 20], LEADERSHIP: [18, 36] };
const YEARS = 3;
const TYPES = Object.keys(CPD_TYPES) as CpdType[];
const TYPE_WEIGHTS = (category: StaffCategory) => TYPES.map((t) => [t, CPD_TYPES[t].weight[category]] as const);

function statusFor(rng: Rng, current: boolean, endDate: Date, today: Date): CpdStatus {
  const age = daysBetween(endDate, today);
  if (!current || age > 60) return rng.weighted([["VERIFIED", 94], ["SUBMITTED", 2], ["RETURNED", 1], ["DRAFT", 3]]);
  if (age < 14) return rng.weighted([["VERIFIED", 25], ["SUBMITTED", 45], ["DRAFT", 25], ["RETURNED", 5]]);
  return rng.weighted([["VERIFIED", 70], ["SUBMITTED", 18], ["DRAFT", 7], ["RETURNED", 5]]);
}

export function buildCpd(rng: Rng, built: BuiltTrust, today: Date): BuiltCpd {
  const trustId = built.trust.id;
  const thisYear = academicYearStartYear(today);
  const verifiers = new Map<string, string[]>();
  for (const r of built.roleAssignments) {
    if ((r.role === "HEADTEACHER" || r.role === "SENIOR_LEADER") && r.schoolId) {
      verifiers.set(r.schoolId, [...(verifiers.get(r.schoolId) ?? []), r.userId]);
    }
  }

  // One stream for ids: forks are points on one 2^32 cycle, and 6,000 forks' draws would overlap.
  const ids = rng.fork("cpd-ids");
  const activities: ActivityRow[] = [];
  for (const s of built.staff) {
    const r = rng.fork(`cpd:${s.id}`);
    const weights = TYPE_WEIGHTS(s.category);
    for (let y = thisYear - YEARS + 1; y <= thisYear; y++) {
      const yearStart = utcDate(y, 8, 1);
      const from = s.startDate > yearStart ? s.startDate : yearStart;
      const yearEnd = addDays(utcDate(y + 1, 8, 1), -1);
      const until = [yearEnd, addDays(today, -1), s.leaveDate].filter((d): d is Date => d instanceof Date).reduce((a, b) => (a < b ? a : b));
      const span = daysBetween(from, until);
      if (span < 7) continue;
      const count = Math.round((r.int(...PER_YEAR[s.category]) * span) / 365);
      for (let i = 0; i < count; i++) activities.push({ ...activity(r, s, weights, from, span, y === thisYear, today, verifiers, trustId), id: ids.uuid() });
    }
  }
  adjustDemoTeacher(built, activities, thisYear);
  // A real table fills in the order activities are logged; keep that layout, so a year's rows sit together.
  activities.sort((a, b) => (a.createdAt as Date).getTime() - (b.createdAt as Date).getTime());

  const targets: TargetRow[] = [];
  for (let y = thisYear - YEARS + 1; y <= thisYear; y++) {
    for (const [scope, hours] of Object.entries(TARGET_HOURS) as [keyof typeof TARGET_HOURS, number][]) {
      targets.push({ id: rng.uuid(), trustId, startYear: y, scope, minutes: hours * 60 });
    }
  }
  return { activities, targets, ...buildCpdPeople(rng.fork("cpd-people"), built, today) };
}

function activity(
  r: Rng, s: StaffRow, weights: (readonly [CpdType, number])[], from: Date, span: number, current: boolean,
  today: Date, verifiers: Map<string, string[]>, trustId: string,
): Omit<ActivityRow, "id"> {
  const type = r.weighted(weights);
  const spec = CPD_TYPES[type];
  const start = addDays(from, r.int(0, span));
  const days = type === "CONFERENCE" || type === "QUALIFICATION_STUDY" ? r.int(0, 1) : 0;
  const endDate = addDays(start, days) < today ? addDays(start, days) : start;
  const minutes = Math.round(r.int(spec.minutes[0], spec.minutes[1]) / 15) * 15;
  const status = statusFor(r, current, endDate, today);
  const submitted = status !== "DRAFT";
  const submittedAt = submitted ? minDate(addDays(endDate, r.int(0, 10)), today) : null;
  const verifierPool = verifiers.get(s.schoolId) ?? [];
  const verified = status === "VERIFIED" && verifierPool.length > 0;
  const verifiedAt = verified && submittedAt ? minDate(addDays(submittedAt, r.int(1, 14)), today) : null;
  const withNotes = r.chance(0.6);
  const created = minDate(addDays(endDate, r.int(0, 3)), today);
  return {
    trustId,
    schoolId: s.schoolId,
    staffMemberId: s.id,
    title: r.pick(spec.titles),
    type,
    strand: r.weighted(spec.strands),
    provider: r.pick(spec.providers),
    startDate: start,
    endDate,
    minutes,
    subject: s.subjects.length && r.chance(0.5) ? (s.subjects[0] ?? null) : null,
    reflection: withNotes ? r.pick(REFLECTIONS) : null,
    impact: withNotes && r.chance(0.7) ? r.pick(IMPACTS) : null,
    evidenceUrl: r.chance(0.15) ? `https://evidence.northbridge.example/cpd/${r.int(10000, 99999)}` : null,
    status: verified ? "VERIFIED" : status === "VERIFIED" ? "SUBMITTED" : status,
    returnReason: status === "RETURNED" ? r.pick(RETURN_REASONS) : null,
    submittedAt,
    verifiedById: verified ? r.pick(verifierPool) : null,
    verifiedAt,
    createdAt: created,
    updatedAt: verifiedAt ?? submittedAt ?? created,
  };
}

const minDate = (a: Date, b: Date) => (a < b ? a : b);

/** The demo teacher's story: this year has a returned record with its reason, a draft and one awaiting verification. */
function adjustDemoTeacher(built: BuiltTrust, activities: ActivityRow[], thisYear: number) {
  const teacher = built.staff.find((s) => s.email === DEMO_EMAILS.teacher);
  if (!teacher) return;
  const yearStart = utcDate(thisYear, 8, 1);
  const mine = activities.filter((a) => a.staffMemberId === teacher.id && (a.startDate as Date) >= yearStart);
  const set = (a: ActivityRow | undefined, status: CpdStatus) => {
    if (!a) return;
    a.status = status;
    a.verifiedById = null;
    a.verifiedAt = null;
    a.submittedAt = status === "DRAFT" ? null : (a.submittedAt ?? a.createdAt ?? null);
    a.returnReason = status === "RETURNED" ? RETURN_REASONS[0] : null;
  };
  set(mine[0], "RETURNED");
  set(mine[1], "DRAFT");
  set(mine[2], "SUBMITTED");
}

const CHUNK = 5_000;

/** Inserts the built CPD data inside the seed's transaction. */
export async function insertCpd(db: Parameters<typeof insertRows>[0], cpd: BuiltCpd, onProgress?: (p: InsertProgress) => void) {
  const tables: [string, string, readonly object[]][] = [
    ["CpdTarget", "CPD targets", cpd.targets],
    ["TrainingRequirement", "training requirements", cpd.requirements],
    ["StaffDesignation", "designations", cpd.designations],
    ["TrainingCompletion", "training completions", cpd.completions],
    ["Qualification", "qualifications", cpd.qualifications],
    ["EarlyCareerInduction", "inductions", cpd.inductions],
    ["InductionReview", "induction reviews", cpd.reviews],
    ["CpdActivity", "CPD activities", cpd.activities],
  ];
  const total = tables.reduce((n, [, , rows]) => n + rows.length, 0);
  let done = 0;
  for (const [table, label, rows] of tables) {
    for (let i = 0; i < rows.length; i += CHUNK) {
      const chunk = rows.slice(i, i + CHUNK);
      await insertRows(db, table, chunk);
      done += chunk.length;
      onProgress?.({ table: label, done, total });
    }
  }
  // Fresh statistics, so the first queries after a seed get good plans (ANALYZE may run inside the transaction).
  await db.$executeRawUnsafe(`ANALYZE ${tables.map(([t]) => `"${t}"`).join(", ")}, "StaffMember", "School"`);
}
