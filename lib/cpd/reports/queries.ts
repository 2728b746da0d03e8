import "server-only";
// The school development view: one row per current member of staff with this year's hours, target,
// verified and pending counts and training compliance, aggregated in SQL (a lateral join on the
// activity index, so a school's ~2,000 activity rows are summed in Postgres, never loaded).
import { notFound } from "next/navigation";
import { can, canAny, staffRecordSchools, type Viewer } from "@/lib/access/policy";
import { schoolVisibleTo } from "@/lib/org/access";
import { db, Prisma } from "@/lib/db/client";
import type { CareerStage, StaffCategory } from "@/lib/db/generated/enums";
import { trustTargets } from "../queries";
import { applies, onTrack, percentOf, targetFor, trainingStatus, yearElapsed, type TrainingStatus } from "../rules";
import type { SchoolDevelopmentParams } from "../schema";
import { academicYear, londonToday } from "@/lib/dates";
import { worksAtInSql } from "@/lib/people/employment/queries";
import { worksAt } from "@/lib/people/employment/where";

type StaffFigures = {
  id: string; firstName: string; lastName: string; jobTitle: string; category: StaffCategory; careerStage: CareerStage; subjects: string[];
  minutes: number; verified: number; pending: number;
};

/** May the viewer open the development view (of `requested`, when given)? The question developmentSchool asks. */
export function mayReadDevelopment(viewer: Viewer, requested?: string) {
  return canAny(viewer, "staff:view") && (!requested || can(viewer, "staff:view", { schoolId: requested }));
}

/** The school to show: the one asked for (in scope, else 404), or the viewer's own, or their first. */
export async function developmentSchool(viewer: Viewer, requested?: string) {
  const scope = staffRecordSchools(viewer);
  if (!mayReadDevelopment(viewer, requested)) notFound();
  const schools = await db().school.findMany({
    where: schoolVisibleTo(viewer, scope),
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
  const own = viewer.staff && schools.find((s) => s.id === viewer.staff?.schoolId);
  const school = requested ? schools.find((s) => s.id === requested) : (own ?? schools[0]);
  if (!school) notFound();
  return { school, schools };
}

type MatrixCell = { status: TrainingStatus; expiresOn: Date | null } | null;

export async function schoolDevelopment(viewer: Viewer, params: SchoolDevelopmentParams) {
  const { school, schools } = await developmentSchool(viewer, params.school);
  const year = academicYear();
  const today = londonToday();
  const t = viewer.trustId;
  // The staff who work at the school today, seconded and swapped people included (decision 017).
  const here = worksAtInSql("s", today, t, [school.id]);
  const filters = [
    params.category ? Prisma.sql`AND s.category = ${params.category}::"StaffCategory"` : Prisma.empty,
    params.careerStage ? Prisma.sql`AND s."careerStage" = ${params.careerStage}::"CareerStage"` : Prisma.empty,
    params.subject ? Prisma.sql`AND ${params.subject} = ANY(s.subjects)` : Prisma.empty,
  ];
  const [staff, targets, requirements, designations, latest, subjects] = await Promise.all([
    db().$queryRaw<StaffFigures[]>`
      SELECT s.id, s."firstName", s."lastName", s."jobTitle", s.category, s."careerStage", s.subjects,
             COALESCE(a.minutes, 0)::int AS minutes, COALESCE(a.verified, 0)::int AS verified, COALESCE(a.pending, 0)::int AS pending
      FROM "StaffMember" s
      LEFT JOIN LATERAL (
        SELECT sum(c.minutes) FILTER (WHERE c.status = 'VERIFIED') AS minutes,
               count(*) FILTER (WHERE c.status = 'VERIFIED') AS verified,
               count(*) FILTER (WHERE c.status = 'SUBMITTED') AS pending
        FROM "CpdActivity" c
        WHERE c."staffMemberId" = s.id AND c."trustId" = ${t}::uuid AND c."startDate" >= ${year.start} AND c."startDate" < ${year.end}
      ) a ON true
      WHERE s."trustId" = ${t}::uuid AND ${here} AND s."leaveDate" IS NULL ${filters[0]} ${filters[1]} ${filters[2]}`,
    trustTargets(viewer),
    db().trainingRequirement.findMany({ where: { trustId: t, active: true }, orderBy: { name: "asc" }, select: { id: true, name: true, categories: true, designation: true } }),
    db().staffDesignation.findMany({ where: { trustId: t, staffMember: { ...worksAt([school.id], today), leaveDate: null } }, select: { staffMemberId: true, designation: true } }),
    db().$queryRaw<{ staffMemberId: string; requirementId: string; expiresOn: Date }[]>`
      SELECT tc."staffMemberId", tc."requirementId", max(tc."expiresOn") AS "expiresOn"
      FROM "TrainingCompletion" tc JOIN "StaffMember" s ON s.id = tc."staffMemberId"
      -- Both sides' trust: with many trusts in the database, the school's staff are found first (decision 035).
      WHERE tc."trustId" = ${t}::uuid AND s."trustId" = ${t}::uuid AND ${here} AND s."leaveDate" IS NULL
      GROUP BY 1, 2`,
    db().$queryRaw<{ subject: string }[]>`
      SELECT DISTINCT unnest(s.subjects) AS subject FROM "StaffMember" s
      WHERE s."trustId" = ${t}::uuid AND ${here} AND s."leaveDate" IS NULL ORDER BY 1`,
  ]);

  const held = new Map<string, string[]>();
  for (const d of designations) held.set(d.staffMemberId, [...(held.get(d.staffMemberId) ?? []), d.designation]);
  const expiry = new Map(latest.map((l) => [`${l.staffMemberId}:${l.requirementId}`, l.expiresOn]));
  const elapsed = yearElapsed(year.start, year.end, today);

  const rows = staff.map((s) => {
    const target = targetFor(targets, s.category, year.startYear);
    const who = { category: s.category, designations: (held.get(s.id) ?? []) as never[] };
    const cells: MatrixCell[] = requirements.map((r) => {
      if (!applies(r, who)) return null;
      const expiresOn = expiry.get(`${s.id}:${r.id}`) ?? null;
      return { status: trainingStatus(expiresOn, today), expiresOn };
    });
    const due = cells.filter((c): c is NonNullable<MatrixCell> => c !== null);
    const met = due.filter((c) => c.status === "VALID" || c.status === "EXPIRING").length;
    return {
      id: s.id,
      name: `${s.lastName}, ${s.firstName}`,
      jobTitle: s.jobTitle,
      category: s.category,
      careerStage: s.careerStage,
      minutes: s.minutes,
      target,
      percent: percentOf(s.minutes, target),
      onTrack: onTrack(s.minutes, target, elapsed),
      verified: s.verified,
      pending: s.pending,
      compliance: due.length ? Math.floor((met * 100) / due.length) : 100,
      cells,
    };
  });
  sortRows(rows, params);

  const expiring = rows
    .flatMap((r) => r.cells.map((c, i) => ({ staffId: r.id, staff: r.name, requirement: requirements[i]?.name ?? "", cell: c })))
    .filter((e) => e.cell?.expiresOn && e.cell.expiresOn >= today && e.cell.expiresOn.getTime() - today.getTime() <= 60 * 86_400_000)
    .map((e) => ({ staffId: e.staffId, staff: e.staff, requirement: e.requirement, expiresOn: e.cell!.expiresOn! }))
    .sort((a, b) => a.expiresOn.getTime() - b.expiresOn.getTime());

  return {
    school, schools, year: year.label, rows, expiring,
    requirements: requirements.map((r) => ({ id: r.id, name: r.name })),
    subjects: subjects.map((s) => s.subject),
  };
}

type SchoolDevelopmentRow = Awaited<ReturnType<typeof schoolDevelopment>>["rows"][number];

function sortRows(rows: SchoolDevelopmentRow[], p: SchoolDevelopmentParams) {
  const key: Record<SchoolDevelopmentParams["sort"], (r: SchoolDevelopmentRow) => number | string> = {
    name: (r) => r.name.toLowerCase(),
    hours: (r) => r.minutes,
    percent: (r) => r.percent ?? -1,
    verified: (r) => r.verified,
    pending: (r) => r.pending,
    compliance: (r) => r.compliance,
  };
  const k = key[p.sort];
  const sign = p.dir === "asc" ? 1 : -1;
  rows.sort((a, b) => {
    const x = k(a);
    const y = k(b);
    return (x < y ? -1 : x > y ? 1 : a.name.localeCompare(b.name)) * (x === y ? 1 : sign);
  });
}
