import "server-only";
// A person's employment history (issue 11 §3, docs/decisions/017-employment-history.md): a permanent
// transfer to another trust school, a secondment (home school kept) and a staff swap for a period.
// Whoever moves someone must manage staff at both schools ("staff:manage" at each): the trust admin,
// or a head of both. A leaver is never moved; periods of one person never overlap.
import { randomUUID } from "node:crypto";
import { can, type Viewer } from "@/lib/access/policy";
import { changed, command } from "@/lib/commands/command";
import { AppError, fieldError } from "@/lib/commands/errors";
import type { Prisma, Tx } from "@/lib/db/client";
import { formatDate, fromIsoDay, londonToday } from "@/lib/dates";
import { staffVisibleTo } from "../access";
import { staffPaths } from "../commands";
import { cancelPlacementSchema, endPlacementSchema, secondmentSchema, swapSchema, transferSchema } from "./schema";
import { PLACEMENT_LABEL } from "@/lib/people/labels";
import { routes } from "@/lib/routes";

const mayManage = (viewer: Viewer, ...schools: string[]) => schools.every((schoolId) => can(viewer, "staff:manage", { schoolId }));
const nameOf = (p: { firstName: string; lastName: string }) => `${p.firstName} ${p.lastName}`;

type Person = NonNullable<Awaited<ReturnType<typeof visiblePerson>>>;

/** A staff record the viewer reads (staffVisibleTo); null when missing or out of scope (part of a command's `load`). */
function visiblePerson(tx: Tx, viewer: Viewer, id: string) {
  return tx.staffMember.findFirst({
    where: { id, ...staffVisibleTo(viewer) },
    select: { id: true, firstName: true, lastName: true, schoolId: true, startDate: true, leaveDate: true, lineManagerId: true, userId: true },
  });
}

/** A leaver is never moved. */
function assertNotLeft(person: Person) {
  if (person.leaveDate) throw new AppError("CONFLICT", `${nameOf(person)} left on ${formatDate(person.leaveDate)}: a leaver cannot be moved.`);
}

/**
 * Refuses a period (an open one for a transfer) starting before the person started or on or before
 * their last transfer, or overlapping a secondment or swap of theirs. `who` names them in a swap.
 */
async function checkPeriod(tx: Tx, viewer: Viewer, person: Person, start: Date, end: Date | null, who = "They") {
  if (start < person.startDate) throw fieldError("startDate", `${who} started on ${formatDate(person.startDate)}: choose that day or later.`);
  const placements = await tx.staffPlacement.findMany({
    where: { trustId: viewer.trustId, staffMemberId: person.id },
    select: { kind: true, startDate: true, endDate: true, toSchool: { select: { name: true } } },
  });
  const moved = placements.find((p) => p.kind === "TRANSFER" && p.startDate >= start);
  if (moved) throw fieldError("startDate", `${who} moved to ${moved.toSchool.name} on ${formatDate(moved.startDate)}: choose a later date.`);
  const clash = placements.find((p) => p.kind !== "TRANSFER" && p.endDate && p.startDate <= (end ?? p.startDate) && p.endDate >= start);
  if (clash) {
    const what = PLACEMENT_LABEL[clash.kind].toLowerCase();
    throw fieldError("startDate", `${who} ${who === "They" ? "are" : "is"} on a ${what} at ${clash.toSchool.name} from ${formatDate(clash.startDate)} to ${formatDate(clash.endDate)}: the dates overlap.`);
  }
}

/** A move's records (a command's `load`): the person, and the current school of the trust they go to; either missing is not found. */
async function personAndSchool(tx: Tx, viewer: Viewer, input: { staffMemberId: string; toSchoolId: string }) {
  const person = await visiblePerson(tx, viewer, input.staffMemberId);
  const to = await tx.school.findFirst({ where: { id: input.toSchoolId, trustId: viewer.trustId, archivedAt: null }, select: { id: true, name: true } });
  return person && to && { person, to };
}

/** The viewer manages staff at both ends of the move. */
const movesTo = (viewer: Viewer, _: unknown, { person, to }: { person: Person; to: { id: string } }) => mayManage(viewer, person.schoolId, to.id);

/** A move's checks on its records: the person has not left and goes somewhere new. */
function checkMove({ person, to }: { person: Person; to: { id: string; name: string } }) {
  assertNotLeft(person);
  if (to.id === person.schoolId) throw fieldError("toSchoolId", `${nameOf(person)} already works at ${to.name}: choose another school.`);
}

/** A secondment or swap on the record of someone the viewer reads; null when missing or out of scope (a command's `load`). */
const visiblePlacement = (tx: Tx, viewer: Viewer, placementId: string, more: Prisma.StaffPlacementWhereInput = {}) =>
  tx.staffPlacement.findFirst({ where: { id: placementId, trustId: viewer.trustId, kind: { in: ["SECONDMENT", "SWAP"] }, staffMember: staffVisibleTo(viewer), ...more } });

/** Whoever manages staff at both its schools changes it. */
const managesPlacement = (viewer: Viewer, _: unknown, p: { fromSchoolId: string; toSchoolId: string }) => mayManage(viewer, p.fromSchoolId, p.toSchoolId);

/** A command's result: the person's record to show, and the one audit entry, on the person. */
const onPerson = (action: string, id: string, before: unknown, after: unknown) => changed("StaffMember", id, action, { before, after });

/**
 * A permanent move takes the activities not yet verified (drafts, submitted, returned) to the new
 * school's verification queue, marked as moved from the old one: the old school no longer leads the
 * person. Verified ones keep the school that verified them. Secondments and swaps move nothing.
 */
async function moveUnverifiedCpd(tx: Tx, viewer: Viewer, person: Person, toSchoolId: string) {
  const where = { trustId: viewer.trustId, staffMemberId: person.id, schoolId: person.schoolId, status: { not: "VERIFIED" as const } };
  const moved = await tx.cpdActivity.findMany({ where, select: { id: true, status: true } });
  await tx.cpdActivity.updateMany({ where: { ...where, id: { in: moved.map((m) => m.id) } }, data: { schoolId: toSchoolId, movedFromSchoolId: person.schoolId } });
  return moved;
}

/** Roles of leading a school end when its head or senior leader moves away for good. */
const SCHOOL_LEADERSHIP = ["HEADTEACHER", "SENIOR_LEADER"] as const;

export const transferStaff = command({
  schema: transferSchema,
  load: personAndSchool,
  authorize: movesTo,
  async work(tx, viewer, input, move) {
    checkMove(move);
    const { person, to } = move;
    const start = fromIsoDay(input.startDate);
    await checkPeriod(tx, viewer, person, start, null);
    const placement = await tx.staffPlacement.create({
      data: { trustId: viewer.trustId, staffMemberId: person.id, kind: "TRANSFER", fromSchoolId: person.schoolId, toSchoolId: to.id, startDate: start, note: input.note, createdById: viewer.userId },
    });
    // A line manager is someone at the same school: the link ends both ways with the move.
    const manager = person.lineManagerId ? await tx.staffMember.findFirst({ where: { id: person.lineManagerId, trustId: viewer.trustId }, select: { schoolId: true } }) : null;
    const lineManagerId = manager && manager.schoolId === to.id ? person.lineManagerId : null;
    await tx.staffMember.update({ where: { id: person.id }, data: { schoolId: to.id, lineManagerId } });
    const reports = await tx.staffMember.findMany({ where: { trustId: viewer.trustId, lineManagerId: person.id, schoolId: { not: to.id } }, select: { id: true } });
    await tx.staffMember.updateMany({ where: { id: { in: reports.map((r) => r.id) } }, data: { lineManagerId: null } });
    const ending = person.userId
      ? await tx.roleAssignment.findMany({ where: { trustId: viewer.trustId, userId: person.userId, schoolId: person.schoolId, role: { in: [...SCHOOL_LEADERSHIP] } }, select: { id: true, role: true } })
      : [];
    await tx.roleAssignment.deleteMany({ where: { id: { in: ending.map((r) => r.id) } } });
    const moved = await moveUnverifiedCpd(tx, viewer, person, to.id);
    const entry = onPerson("staff.transfer", person.id, { schoolId: person.schoolId, lineManagerId: person.lineManagerId }, {
      schoolId: to.id, lineManagerId, placementId: placement.id, startDate: input.startDate, note: input.note,
      reportsWithoutManager: reports.map((r) => r.id), rolesEnded: ending.map((r) => r.role), cpdMoved: moved.map((m) => m.id),
    });
    const audit = moved.map((m) => ({
      action: "cpd.move", entity: "CpdActivity", entityId: m.id,
      before: { schoolId: person.schoolId, status: m.status }, after: { schoolId: to.id, movedFromSchoolId: person.schoolId, reason: "staff.transfer" },
    }));
    return { data: entry.data, audit: [entry.audit, ...audit] };
  },
  revalidate: (_, data) => [...staffPaths(data.id), routes.verification(), routes.home()],
  success: "Transfer recorded. Their CPD, training and qualifications move with them; activities waiting for verification go to the new school's queue.",
});

export const secondStaff = command({
  schema: secondmentSchema,
  load: personAndSchool,
  authorize: movesTo,
  async work(tx, viewer, input, move) {
    checkMove(move);
    const { person, to } = move;
    const [start, end] = [fromIsoDay(input.startDate), fromIsoDay(input.endDate)];
    await checkPeriod(tx, viewer, person, start, end);
    const row = await tx.staffPlacement.create({
      data: { trustId: viewer.trustId, staffMemberId: person.id, kind: "SECONDMENT", fromSchoolId: person.schoolId, toSchoolId: to.id, startDate: start, endDate: end, note: input.note, createdById: viewer.userId },
    });
    return onPerson("staff.second", person.id, null, { schoolId: to.id, startDate: input.startDate, endDate: input.endDate, placement: row });
  },
  revalidate: (_, data) => staffPaths(data.id),
  success: (_, input) => `Secondment recorded, from ${formatDate(input.startDate)} to ${formatDate(input.endDate)}.`,
});

export const swapStaff = command({
  schema: swapSchema,
  async load(tx, viewer, input) {
    const a = await visiblePerson(tx, viewer, input.staffMemberId);
    const b = await visiblePerson(tx, viewer, input.otherStaffMemberId);
    return a && b && { a, b };
  },
  authorize: (viewer, _, { a, b }) => mayManage(viewer, a.schoolId, b.schoolId),
  async work(tx, viewer, input, { a, b }) {
    assertNotLeft(a);
    assertNotLeft(b);
    if (a.schoolId === b.schoolId) throw fieldError("otherStaffMemberId", "Choose someone who works at another school.");
    const [start, end] = [fromIsoDay(input.startDate), fromIsoDay(input.endDate)];
    await checkPeriod(tx, viewer, a, start, end);
    await checkPeriod(tx, viewer, b, start, end, nameOf(b));
    const swapId = randomUUID();
    const common = { trustId: viewer.trustId, kind: "SWAP" as const, startDate: start, endDate: end, swapId, note: input.note, createdById: viewer.userId };
    await tx.staffPlacement.createMany({
      data: [
        { ...common, staffMemberId: a.id, fromSchoolId: a.schoolId, toSchoolId: b.schoolId },
        { ...common, staffMemberId: b.id, fromSchoolId: b.schoolId, toSchoolId: a.schoolId },
      ],
    });
    const rows = await tx.staffPlacement.findMany({ where: { trustId: viewer.trustId, swapId } });
    return onPerson("staff.swap", a.id, null, { schoolId: b.schoolId, startDate: input.startDate, endDate: input.endDate, swapId, with: b.id, placements: rows });
  },
  revalidate: (input, data) => [...staffPaths(data.id), routes.person(input.otherStaffMemberId)],
  success: (_, input) => `Staff swap recorded, from ${formatDate(input.startDate)} to ${formatDate(input.endDate)}.`,
});

export const endPlacement = command({
  schema: endPlacementSchema,
  // Only one with an end date is ended early (without one: not found).
  load: (tx, viewer, { placementId }) => visiblePlacement(tx, viewer, placementId, { endDate: { not: null } }),
  authorize: managesPlacement,
  async work(tx, viewer, input, p) {
    // The load found it by its end date.
    const endsOn = p.endDate!;
    const end = fromIsoDay(input.endDate);
    if (end < p.startDate) throw fieldError("endDate", `It started on ${formatDate(p.startDate)}: the new end date must be that day or later.`);
    if (end >= endsOn) throw fieldError("endDate", `It already ends on ${formatDate(endsOn)}: choose an earlier day to end it early.`);
    // The two halves of a swap end together.
    const where = p.swapId ? { trustId: viewer.trustId, swapId: p.swapId } : { id: p.id };
    await tx.staffPlacement.updateMany({ where, data: { endDate: end } });
    const ending = { placementId: p.id, kind: p.kind, swapId: p.swapId };
    return onPerson("staff.placement.end", p.staffMemberId, { ...ending, endDate: p.endDate }, { ...ending, endDate: input.endDate });
  },
  revalidate: (_, data) => staffPaths(data.id),
  success: (_, input) => `It now ends on ${formatDate(input.endDate)}.`,
});

/** A secondment or swap that has not begun is cancelled: its rows go (both halves of a swap), the entry keeps them. */
export const cancelPlacement = command({
  schema: cancelPlacementSchema,
  load: (tx, viewer, { placementId }) => visiblePlacement(tx, viewer, placementId),
  authorize: managesPlacement,
  async work(tx, viewer, input, p) {
    if (p.startDate <= londonToday()) throw new AppError("CONFLICT", `It began on ${formatDate(p.startDate)}: end it early instead.`);
    const where = p.swapId ? { trustId: viewer.trustId, swapId: p.swapId } : { id: p.id };
    const rows = await tx.staffPlacement.findMany({ where });
    await tx.staffPlacement.deleteMany({ where });
    return onPerson("staff.placement.cancel", p.staffMemberId, { kind: p.kind, placements: rows }, null);
  },
  revalidate: (_, data) => staffPaths(data.id),
  success: "Cancelled before it began.",
});
