import "server-only";
import { can, staffRecordSchools, type Viewer } from "@/lib/access/policy";
import { requireAny, requirePermission } from "@/lib/access/where";
import { schoolVisibleTo } from "@/lib/org/access";
import { staffVisibleTo } from "@/lib/people/access";
import { db, type Prisma } from "@/lib/db/client";
import { STAFF_PAGE_SIZE, TRUST_STAFF_PAGE_SIZE, type StaffDirectoryParams } from "./schema";
import { formatDate, isoDay, londonToday } from "@/lib/dates";
import { placementsToday, type PlacementNow } from "./employment/queries";
import { placedAt } from "./employment/where";

const ORDER: Record<StaffDirectoryParams["sort"], (dir: Prisma.SortOrder) => Prisma.StaffMemberOrderByWithRelationInput[]> = {
  name: (dir) => [{ lastName: dir }, { firstName: dir }],
  school: (dir) => [{ school: { name: dir } }, { lastName: "asc" }],
  jobTitle: (dir) => [{ jobTitle: dir }, { lastName: "asc" }],
  category: (dir) => [{ category: dir }, { lastName: "asc" }],
  careerStage: (dir) => [{ careerStage: dir }, { lastName: "asc" }],
  startDate: (dir) => [{ startDate: dir }, { lastName: "asc" }],
  fte: (dir) => [{ fte: dir }, { lastName: "asc" }],
};

/** One page of current staff in the viewer's scope, filtered and sorted in SQL. */
export async function staffDirectory(viewer: Viewer, p: StaffDirectoryParams) {
  // 404 for anyone who reads no school's staff (staff, governors, trustees).
  requireAny(viewer, "staff:view");
  if (p.school) requirePermission(viewer, "staff:view", { schoolId: p.school });
  const terms = p.q.split(/\s+/).filter(Boolean).slice(0, 4);
  const scope = staffRecordSchools(viewer);
  const size = p.size ?? (p.school || (scope !== "all" && scope.length <= 1) ? STAFF_PAGE_SIZE : TRUST_STAFF_PAGE_SIZE);
  const where: Prisma.StaffMemberWhereInput = {
    ...staffVisibleTo(viewer),
    leaveDate: null,
    ...(p.category ? { category: p.category } : {}),
    ...(p.careerStage ? { careerStage: p.careerStage } : {}),
    AND: [
      // A school's list: its own staff, and anyone seconded or swapped to it today (marked as such).
      ...(p.school ? [{ OR: [{ schoolId: p.school }, placedAt([p.school], londonToday())] }] : []),
      ...terms.map((t) => ({
        OR: [
          { firstName: { startsWith: t, mode: "insensitive" as const } },
          { lastName: { startsWith: t, mode: "insensitive" as const } },
          { jobTitle: { contains: t, mode: "insensitive" as const } },
        ],
      })),
    ],
  };
  const [total, rows] = await Promise.all([
    db().staffMember.count({ where }),
    db().staffMember.findMany({
      where,
      orderBy: ORDER[p.sort](p.dir),
      skip: (p.page - 1) * size,
      take: size,
      select: {
        id: true,
        firstName: true,
        lastName: true,
        jobTitle: true,
        category: true,
        careerStage: true,
        fte: true,
        startDate: true,
        school: { select: { id: true, name: true } },
      },
    }),
  ]);
  const placed = await placementsToday(viewer, rows.map((r) => r.id));
  const readsHome = (schoolId: string) => can(viewer, "staff:view", { schoolId });
  return {
    total,
    pageCount: Math.max(1, Math.ceil(total / size)),
    rows: rows.map((r) => ({ ...r, fte: r.fte.toFixed(2), startDate: isoDay(r.startDate), placement: placementNote(placed.get(r.id), readsHome(r.school.id)) })),
  };
}

/** "On secondment to Y until …" for the home school's readers, "On secondment from X until …" for the host's. */
export function placementNote(p: PlacementNow | undefined, readsHome: boolean): string | null {
  if (!p) return null;
  const what = p.kind === "SWAP" ? "On a staff swap" : "On secondment";
  const until = p.endDate ? ` until ${formatDate(p.endDate)}` : "";
  return readsHome ? `${what} to ${p.to.name}${until}` : `${what} from ${p.from.name}${until}`;
}

export type StaffDirectoryRow = Awaited<ReturnType<typeof staffDirectory>>["rows"][number];

/** The schools offered in the directory's school filter. */
export async function directorySchools(viewer: Viewer) {
  requireAny(viewer, "staff:view");
  return db().school.findMany({
    where: schoolVisibleTo(viewer, staffRecordSchools(viewer)),
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}

/** The viewer's own employment record (staff see their own, always). */
export async function myEmployment(viewer: Viewer) {
  if (!viewer.staff) return null;
  const [row, placed] = await Promise.all([myRecord(viewer, viewer.staff.id), placementsToday(viewer, [viewer.staff.id])]);
  return row && { ...row, placement: placementNote(placed.get(row.id), true) };
}

function myRecord(viewer: Viewer, id: string) {
  return db().staffMember.findFirst({
    where: { id, trustId: viewer.trustId },
    select: {
      id: true,
      jobTitle: true,
      category: true,
      careerStage: true,
      fte: true,
      startDate: true,
      subjects: true,
      school: { select: { id: true, name: true } },
      lineManager: { select: { firstName: true, lastName: true, jobTitle: true } },
    },
  });
}
