import "server-only";
// Reads of a person's employment history (issue 11 §3): the placements on their record, where they
// work today, and what the forms on their page offer to whoever may move them.
import { notFound } from "next/navigation";
import { can, type Viewer } from "@/lib/access/policy";
import { requireAny } from "@/lib/access/where";
import { staffVisibleTo } from "@/lib/people/access";
import { db, Prisma } from "@/lib/db/client";
import { isoDay, isoDayOrNull, londonToday } from "@/lib/dates";
import { isId } from "@/lib/validation/fields";
import { manageableSchools } from "../records/queries";
import { coveringDay } from "./where";

const school = { select: { id: true, name: true } } as const;

/** One person's placements, newest first, with what the viewer may do; 404 unless the viewer may see the person. */
export async function employmentHistory(viewer: Viewer, staffMemberId: string) {
  requireAny(viewer, "staff:view");
  if (!isId(staffMemberId)) notFound();
  const person = await db().staffMember.findFirst({
    where: { id: staffMemberId, ...staffVisibleTo(viewer) },
    select: { id: true, schoolId: true, leaveDate: true, lineManager: { select: { id: true, firstName: true, lastName: true, jobTitle: true } } },
  });
  if (!person) notFound();
  const today = londonToday();
  const rows = await db().staffPlacement.findMany({
    where: { trustId: viewer.trustId, staffMemberId: person.id },
    orderBy: [{ startDate: "desc" }, { createdAt: "desc" }],
    select: { id: true, kind: true, startDate: true, endDate: true, swapId: true, note: true, fromSchool: school, toSchool: school },
  });
  const partners = await swapPartners(viewer, rows.flatMap((r) => (r.swapId ? [r.swapId] : [])), person.id);
  const manage = (schoolId: string) => can(viewer, "staff:manage", { schoolId });
  // Where they work today, when not at home: the secondment or swap covering today (periods never overlap).
  const current = rows.find((r) => r.kind !== "TRANSFER" && r.startDate <= today && r.endDate !== null && r.endDate >= today);
  const now: PlacementNow | undefined = current && { kind: current.kind, endDate: isoDayOrNull(current.endDate), from: current.fromSchool, to: current.toSchool };
  return {
    rows: rows.map((r) => ({
      ...r,
      partner: r.swapId ? (partners.get(r.swapId) ?? null) : null,
      // Ending early: while it has days left, by someone who manages both schools.
      mayEnd: r.kind !== "TRANSFER" && r.endDate !== null && r.endDate > today && manage(r.fromSchool.id) && manage(r.toSchool.id),
      mayCancel: r.kind !== "TRANSFER" && r.startDate > today && manage(r.fromSchool.id) && manage(r.toSchool.id),
      earliestEnd: isoDay(r.startDate > today ? r.startDate : today),
    })),
    now,
    mayMove: !person.leaveDate && manage(person.schoolId),
    homeSchoolId: person.schoolId,
    lineManager: person.lineManager,
  };
}

/** The other person of each swap. */
async function swapPartners(viewer: Viewer, swapIds: string[], self: string) {
  if (!swapIds.length) return new Map<string, { id: string; name: string }>();
  const rows = await db().staffPlacement.findMany({
    where: { trustId: viewer.trustId, swapId: { in: swapIds }, staffMemberId: { not: self } },
    select: { swapId: true, staffMember: { select: { id: true, firstName: true, lastName: true } } },
  });
  return new Map(rows.map((r) => [r.swapId as string, { id: r.staffMember.id, name: `${r.staffMember.firstName} ${r.staffMember.lastName}` }]));
}

/** Schools someone at `homeSchoolId` may be moved to by the viewer: those they manage, but home. */
export async function moveTargets(viewer: Viewer, homeSchoolId: string) {
  return (await manageableSchools(viewer)).filter((s) => s.id !== homeSchoolId);
}

/** Current staff of `schoolId` to swap with, when the viewer manages that school (else none). */
export async function swapCandidates(viewer: Viewer, schoolId: string | undefined) {
  if (!schoolId || !isId(schoolId) || !can(viewer, "staff:manage", { schoolId })) return [];
  return db().staffMember.findMany({
    where: { trustId: viewer.trustId, schoolId, leaveDate: null },
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
    select: { id: true, firstName: true, lastName: true, jobTitle: true },
  });
}

/** Where each of `ids` works today when that is not their home school: "on secondment" notes. */
export async function placementsToday(viewer: Viewer, ids: string[]) {
  if (!ids.length) return new Map<string, PlacementNow>();
  const rows = await db().staffPlacement.findMany({
    where: { trustId: viewer.trustId, staffMemberId: { in: ids }, ...coveringDay(londonToday()) },
    select: { staffMemberId: true, kind: true, endDate: true, fromSchool: school, toSchool: school },
  });
  return new Map(rows.map((r) => [r.staffMemberId, { kind: r.kind, endDate: r.endDate ? isoDay(r.endDate) : null, from: r.fromSchool, to: r.toSchool }]));
}

export type PlacementNow = { kind: "TRANSFER" | "SECONDMENT" | "SWAP"; endDate: string | null; from: { id: string; name: string }; to: { id: string; name: string } };

/**
 * SQL: the school a staff row (`alias`, of trust `trustId`) works at on `day` (a date or a date
 * expression): a covering secondment or swap; else the home school then, read from transfers (the
 * latest on or before the day, else the first after it, whose "from" was home until then). Only
 * people with placements (a hashed list, read once) pay the per-row look-up.
 */
export function worksAtSql(alias: string, day: Prisma.Sql | Date, trustId: string): Prisma.Sql {
  const s = Prisma.raw(`"${alias}"`);
  const d = day instanceof Date ? Prisma.sql`${day}::date` : day;
  return Prisma.sql`(CASE WHEN ${s}.id IN (SELECT m."staffMemberId" FROM "StaffPlacement" m WHERE m."trustId" = ${trustId}::uuid) THEN (SELECT COALESCE(
      (array_agg(p."toSchoolId" ORDER BY p."startDate" DESC) FILTER (WHERE p.kind <> 'TRANSFER' AND p."startDate" <= ${d} AND p."endDate" >= ${d}))[1],
      (array_agg(p."toSchoolId" ORDER BY p."startDate" DESC, p."createdAt" DESC) FILTER (WHERE p.kind = 'TRANSFER' AND p."startDate" <= ${d}))[1],
      (array_agg(p."fromSchoolId" ORDER BY p."startDate", p."createdAt") FILTER (WHERE p.kind = 'TRANSFER' AND p."startDate" > ${d}))[1],
      ${s}."schoolId")
    FROM "StaffPlacement" p WHERE p."staffMemberId" = ${s}.id AND p."trustId" = ${trustId}::uuid) ELSE ${s}."schoolId" END)`;
}

/**
 * SQL: staff rows (`alias`) that work at one of `schools` on `day`: a cheap first cut (home there, or
 * with a placement to or from one of them) for the index, then `worksAtSql` decides.
 */
export function worksAtInSql(alias: string, day: Prisma.Sql | Date, trustId: string, schools: string[]): Prisma.Sql {
  const s = Prisma.raw(`"${alias}"`);
  return Prisma.sql`(${s}."schoolId" = ANY(${schools}::uuid[]) OR ${s}.id IN (
      SELECT q."staffMemberId" FROM "StaffPlacement" q
      WHERE q."trustId" = ${trustId}::uuid AND (q."toSchoolId" = ANY(${schools}::uuid[]) OR q."fromSchoolId" = ANY(${schools}::uuid[]))))
    AND ${worksAtSql(alias, day, trustId)} = ANY(${schools}::uuid[])`;
}
