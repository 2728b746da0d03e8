import "server-only";
// Reading the access log: a person's own entries of the last year (who opened what, in which role),
// and the trust admin's search across everyone's.
import type { Viewer } from "@/lib/access/policy";
import { requirePermission } from "@/lib/access/where";
import { db, type Prisma } from "@/lib/db/client";
import { fromIsoDay } from "@/lib/dates";
import { nameWords, staffNamed } from "@/lib/people/name-search";
import { kindLabel } from "./kinds";
import { ACCESS_PAGE_SIZE, type AccessSearchParams } from "./params";

const DAY = 86_400_000;
export const OWN_WINDOW_DAYS = 365;

const pageOf = (total: number) => Math.max(1, Math.ceil(total / ACCESS_PAGE_SIZE));

/** Who has opened the viewer's records in the last year, newest first, with a count per person. */
export async function myRecordOpenings(viewer: Viewer, page: number, now = new Date()) {
  const staffId = viewer.staff?.id;
  if (!staffId) return { total: 0, pageCount: 1, rows: [], readers: [] };
  requirePermission(viewer, "access-log:view:own", { staffMemberId: staffId });
  const where: Prisma.RecordAccessWhereInput = { trustId: viewer.trustId, subjectStaffId: staffId, at: { gte: new Date(now.getTime() - OWN_WINDOW_DAYS * DAY) } };
  const [total, rows, byReader] = await Promise.all([
    db().recordAccess.count({ where }),
    db().recordAccess.findMany({
      where,
      orderBy: [{ at: "desc" }, { id: "desc" }],
      skip: (page - 1) * ACCESS_PAGE_SIZE,
      take: ACCESS_PAGE_SIZE,
      select: { id: true, at: true, kind: true, viewerRole: true, viewer: { select: { name: true } } },
    }),
    db().recordAccess.groupBy({ by: ["viewerUserId"], where, _count: { _all: true }, _max: { at: true }, orderBy: { _max: { at: "desc" } }, take: 20 }),
  ]);
  const names = await db().user.findMany({ where: { trustId: viewer.trustId, id: { in: byReader.map((r) => r.viewerUserId) } }, select: { id: true, name: true } });
  const nameOf = new Map(names.map((u) => [u.id, u.name]));
  return {
    total,
    pageCount: pageOf(total),
    rows: rows.map((r) => ({ id: r.id.toString(), at: r.at, who: r.viewer.name, role: r.viewerRole, what: kindLabel(r.kind) })),
    readers: byReader.map((r) => ({ id: r.viewerUserId, name: nameOf.get(r.viewerUserId) ?? "Someone no longer in the trust", times: r._count._all, last: r._max.at })),
  };
}


/** The trust admin's search: whose record, who opened it, between which days; newest first. */
export async function searchAccessLog(viewer: Viewer, p: AccessSearchParams) {
  requirePermission(viewer, "access-log:search");
  const filters: Prisma.RecordAccessWhereInput[] = [];
  const subject = staffNamed(p.subject ?? "");
  if (subject) filters.push({ subject });
  for (const word of nameWords(p.reader ?? "")) filters.push({ viewer: { name: { contains: word, mode: "insensitive" } } });
  if (p.from) filters.push({ at: { gte: fromIsoDay(p.from) } });
  if (p.to) filters.push({ at: { lt: new Date(fromIsoDay(p.to).getTime() + DAY) } });
  const where: Prisma.RecordAccessWhereInput = { trustId: viewer.trustId, AND: filters };
  const [total, rows] = await Promise.all([
    db().recordAccess.count({ where }),
    db().recordAccess.findMany({
      where,
      orderBy: [{ at: "desc" }, { id: "desc" }],
      skip: (p.page - 1) * ACCESS_PAGE_SIZE,
      take: ACCESS_PAGE_SIZE,
      select: {
        id: true, at: true, kind: true, viewerRole: true,
        viewer: { select: { name: true } },
        subject: { select: { id: true, firstName: true, lastName: true, school: { select: { name: true } } } },
      },
    }),
  ]);
  return {
    total,
    pageCount: pageOf(total),
    rows: rows.map((r) => ({
      id: r.id.toString(),
      at: r.at,
      who: r.viewer.name,
      role: r.viewerRole,
      whose: `${r.subject.firstName} ${r.subject.lastName}`,
      whoseId: r.subject.id,
      school: r.subject.school.name,
      what: kindLabel(r.kind).replace(/^Your /, "").replace(/^./, (c) => c.toUpperCase()),
    })),
  };
}
