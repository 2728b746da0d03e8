import "server-only";
// Reads behind the staff record forms: the schools a viewer may add staff to, and one record to edit.
import { notFound } from "next/navigation";
import { can, headedSchools, type Viewer } from "@/lib/access/policy";
import { requireAny } from "@/lib/access/where";
import { schoolVisibleTo } from "@/lib/org/access";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { isoDay } from "@/lib/dates";
import { isId } from "@/lib/validation/fields";

/** Schools where the viewer adds and edits staff: the school they head, every school for the trust admin. */
export async function manageableSchools(viewer: Viewer) {
  requireAny(viewer, "staff:manage");
  return db().school.findMany({ where: schoolVisibleTo(viewer, headedSchools(viewer)), orderBy: { name: "asc" }, select: { id: true, name: true } });
}

/** A staff record as its edit form shows it; 404 unless the viewer manages its school. */
export async function staffForEdit(viewer: Viewer, id: string) {
  if (!isId(id)) notFound();
  const row = await db().staffMember.findFirst({
    where: { id, trustId: viewer.trustId },
    select: {
      id: true, firstName: true, lastName: true, email: true, jobTitle: true, category: true, careerStage: true, fte: true,
      startDate: true, leaveDate: true, leaveReason: true, leaveNote: true, subjects: true, schoolId: true, userId: true, lineManagerId: true,
      school: { select: { name: true } },
      designations: { select: { designation: true } },
    },
  });
  if (!row || !can(viewer, "staff:manage", { schoolId: row.schoolId })) notFound();
  return {
    ...row,
    self: viewer.staff?.id === row.id,
    values: {
      firstName: row.firstName,
      lastName: row.lastName,
      email: row.email,
      jobTitle: row.jobTitle,
      category: row.category,
      careerStage: row.careerStage,
      fte: row.fte.toString(),
      startDate: isoDay(row.startDate),
      subjects: row.subjects.join(", "),
      "designations[]": row.designations.map((d) => d.designation).join("\n"),
      lineManagerId: row.lineManagerId ?? "",
    },
  };
}

/**
 * Who may be picked as a line manager, by school: the current staff of `schools` (those the viewer
 * manages), leaving out `exceptId` (the person themself). The command checks the school and loops.
 */
/** The current staff of `schools` the viewer manages, by school; with `named`, only those (50 at most). */
export async function lineManagerChoices(viewer: Viewer, schools: { id: string; name: string }[], exceptId?: string, named?: Prisma.StaffMemberWhereInput) {
  const ids = schools.filter((s) => can(viewer, "staff:manage", { schoolId: s.id })).map((s) => s.id);
  const staff = await db().staffMember.findMany({
    where: { trustId: viewer.trustId, schoolId: { in: ids }, leaveDate: null, ...(exceptId ? { id: { not: exceptId } } : {}), ...(named ? { AND: [named] } : {}) },
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
    ...(named ? { take: MANAGER_MATCHES } : {}),
    select: { id: true, firstName: true, lastName: true, jobTitle: true, schoolId: true },
  });
  return schools
    .filter((s) => ids.includes(s.id))
    .map((s) => ({
      label: s.name,
      options: staff.filter((m) => m.schoolId === s.id).map((m) => ({ value: m.id, label: `${m.lastName}, ${m.firstName} (${m.jobTitle})` })),
    }))
    .filter((g) => !named || g.options.length > 0);
}

/** Line managers found by name at most (the new staff member form of one who manages many schools). */
export const MANAGER_MATCHES = 50;

export type LineManagerGroups = Awaited<ReturnType<typeof lineManagerChoices>>;
