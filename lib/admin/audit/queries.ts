import "server-only";
// The audit log page (issue 11 §6): a page of entries, newest first, filtered in SQL, each named in
// a sentence. The records an entry touches are looked up once per page, by kind.
import type { Viewer } from "@/lib/access/policy";
import { requirePermission } from "@/lib/access/where";
import { db, type Prisma } from "@/lib/db/client";
import { fromIsoDay } from "@/lib/dates";
import { AUDIT_PAGE_SIZE, type AuditParams } from "./params";
import { hrefOf, KINDS, predicate, type Names } from "./sentences";

const DAY = 86_400_000;

/** Entries done by, or done to, the people matching `person` (name or email). */
async function personFilter(viewer: Viewer, person: string): Promise<Prisma.AuditLogWhereInput> {
  const users = await db().user.findMany({
    where: { trustId: viewer.trustId, OR: [{ name: { contains: person, mode: "insensitive" } }, { email: { startsWith: person, mode: "insensitive" } }] },
    take: 50,
    select: { id: true, staffMember: { select: { id: true } } },
  });
  const ids = users.map((u) => u.id);
  const subjects = [...ids, ...users.flatMap((u) => (u.staffMember ? [u.staffMember.id] : []))];
  return { OR: [{ actorUserId: { in: ids } }, { entityId: { in: subjects } }] };
}

/** Entries about a school: the school itself, its staff and their accounts, or a record whose saved values name it. */
async function schoolFilter(viewer: Viewer, schoolId: string): Promise<Prisma.AuditLogWhereInput> {
  const staff = await db().staffMember.findMany({ where: { trustId: viewer.trustId, schoolId }, select: { id: true, userId: true } });
  const ids = [schoolId, ...staff.map((s) => s.id), ...staff.flatMap((s) => (s.userId ? [s.userId] : []))];
  return { OR: [{ entityId: { in: ids } }, { after: { path: ["schoolId"], equals: schoolId } }, { before: { path: ["schoolId"], equals: schoolId } }] };
}

async function namesFor(viewer: Viewer, rows: { entity: string; entityId: string; actorUserId: string | null; after: unknown; before: unknown }[]): Promise<Names> {
  const t = viewer.trustId;
  const idsOf = (entity: string) => [...new Set(rows.filter((r) => r.entity === entity).map((r) => r.entityId))];
  const valuesOf = (key: string) =>
    rows.flatMap((r) => [r.after, r.before].map((v) => (v && typeof v === "object" ? (v as Record<string, unknown>)[key] : null))).filter((v): v is string => typeof v === "string");
  const userIds = [...new Set([...idsOf("User"), ...rows.flatMap((r) => (r.actorUserId ? [r.actorUserId] : []))])];
  const [users, staff, activities, communities, schools, clusters] = await Promise.all([
    db().user.findMany({ where: { trustId: t, id: { in: userIds } }, select: { id: true, name: true } }),
    db().staffMember.findMany({ where: { trustId: t, id: { in: idsOf("StaffMember") } }, select: { id: true, firstName: true, lastName: true } }),
    db().cpdActivity.findMany({ where: { trustId: t, id: { in: idsOf("CpdActivity") } }, select: { id: true, title: true, staffMember: { select: { firstName: true, lastName: true } } } }),
    db().community.findMany({ where: { trustId: t, id: { in: idsOf("Community") } }, select: { id: true, name: true } }),
    db().school.findMany({ where: { trustId: t, id: { in: [...new Set([...idsOf("School"), ...valuesOf("schoolId")])] } }, select: { id: true, name: true } }),
    db().cluster.findMany({ where: { trustId: t, id: { in: [...new Set([...idsOf("Cluster"), ...valuesOf("clusterId")])] } }, select: { id: true, name: true } }),
  ]);
  const byId = <T extends { id: string }, V>(list: T[], f: (x: T) => V) => Object.fromEntries(list.map((x) => [x.id, f(x)]));
  return {
    users: byId(users, (u) => u.name),
    staff: byId(staff, (s) => `${s.firstName} ${s.lastName}`),
    activities: byId(activities, (a) => ({ title: a.title, owner: `${a.staffMember.firstName} ${a.staffMember.lastName}` })),
    communities: byId(communities, (c) => c.name),
    schools: byId(schools, (s) => s.name),
    clusters: byId(clusters, (c) => c.name),
  };
}

export async function auditPage(viewer: Viewer, p: AuditParams) {
  requirePermission(viewer, "trust:admin");
  const filters: Prisma.AuditLogWhereInput[] = [];
  if (p.person) filters.push(await personFilter(viewer, p.person));
  if (p.school) filters.push(await schoolFilter(viewer, p.school));
  if (p.kind) filters.push({ entity: { in: [...KINDS[p.kind].entities] } });
  if (p.from) filters.push({ at: { gte: fromIsoDay(p.from) } });
  if (p.to) filters.push({ at: { lt: new Date(fromIsoDay(p.to).getTime() + DAY) } });
  const where: Prisma.AuditLogWhereInput = { trustId: viewer.trustId, AND: filters };
  const [total, rows, schools] = await Promise.all([
    db().auditLog.count({ where }),
    db().auditLog.findMany({ where, orderBy: [{ at: "desc" }, { id: "desc" }], skip: (p.page - 1) * AUDIT_PAGE_SIZE, take: AUDIT_PAGE_SIZE }),
    db().school.findMany({ where: { trustId: viewer.trustId }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  const names = await namesFor(viewer, rows);
  return {
    total,
    pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
    schools,
    rows: rows.map((r) => ({
      id: r.id.toString(),
      at: r.at,
      actor: r.actorUserId ? (names.users[r.actorUserId] ?? "Someone no longer in the trust") : "The system",
      sentence: predicate(r, names),
      href: hrefOf(r),
      action: r.action,
    })),
  };
}
