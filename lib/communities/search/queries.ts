import "server-only";
// Trust-wide search of the resource library and the expertise directory: Postgres full-text
// search, ranked with ts_rank, over the expression GIN indexes of migration
// 20261125082702_community_search (decision 004). The words typed become a tsquery with each
// term OR-ed with its synonyms (./tsquery.ts; quotes, OR and -word work; decision 005).
import { isTrustAdmin, type Viewer } from "@/lib/auth/policy";
import { db, Prisma } from "@/lib/db/client";
import type { ResourceFields } from "../labels";
import { requireCommunityUser } from "../queries";
import { type ExpertiseSearch, PAGE_SIZE, type ResourceSearch } from "../schema";
import { searchTsquery } from "./tsquery";

const RESOURCE_VECTOR = Prisma.sql`resource_search_vector(r."title", r."description", r."tags")`;
const EXPERTISE_VECTOR = Prisma.sql`expertise_search_vector(e."area", e."description")`;
/** The tsquery for the typed words; `false` when words were typed but none is searchable ("!!!"). */
function tsquery(q: string): Prisma.Sql | null | false {
  if (!q) return null;
  const text = searchTsquery(q);
  return text ? Prisma.sql`to_tsquery('english', ${text})` : false;
}

const and = (parts: Prisma.Sql[]) => (parts.length ? Prisma.join(parts, " AND ") : Prisma.sql`TRUE`);

type ResourceHit = ResourceFields & {
  communityId: string;
  communityName: string;
  authorName: string;
  total: bigint;
};

export async function searchResources(viewer: Viewer, p: ResourceSearch) {
  requireCommunityUser(viewer);
  const q = tsquery(p.q);
  if (q === false) return page<ResourceHit>([]);
  const where = and([
    Prisma.sql`r."trustId" = ${viewer.trustId}::uuid`,
    ...(isTrustAdmin(viewer) ? [] : [Prisma.sql`c."archivedAt" IS NULL`]),
    ...(q ? [Prisma.sql`${RESOURCE_VECTOR} @@ ${q}`] : []),
    ...(p.kind ? [Prisma.sql`r."kind" = CAST(${p.kind} AS "ResourceKind")`] : []),
    ...(p.community ? [Prisma.sql`r."communityId" = ${p.community}::uuid`] : []),
  ]);
  const rank = q ? Prisma.sql`ts_rank(${RESOURCE_VECTOR}, ${q}) DESC,` : Prisma.empty;
  const rows = await db().$queryRaw<ResourceHit[]>`
    SELECT r.id, r.title, r.description, r.kind::text AS kind, r.url, r."fileId", r.tags, r."createdAt",
           c.id AS "communityId", c.name AS "communityName", s."firstName" || ' ' || s."lastName" AS "authorName",
           count(*) OVER () AS total
    FROM "Resource" r
    JOIN "Community" c ON c.id = r."communityId"
    JOIN "StaffMember" s ON s.id = r."authorId"
    WHERE ${where}
    ORDER BY ${rank} r."createdAt" DESC, r.id
    LIMIT ${PAGE_SIZE} OFFSET ${(p.page - 1) * PAGE_SIZE}`;
  return page(rows);
}

type ExpertiseHit = {
  id: string;
  area: string;
  level: string;
  description: string;
  willingToSupport: boolean;
  staffMemberId: string;
  name: string;
  jobTitle: string;
  email: string;
  schoolId: string;
  schoolName: string;
  clusterName: string | null;
  total: bigint;
};

export async function searchExpertise(viewer: Viewer, p: ExpertiseSearch) {
  requireCommunityUser(viewer);
  const q = tsquery(p.q);
  if (q === false) return page<ExpertiseHit>([]);
  const where = and([
    Prisma.sql`e."trustId" = ${viewer.trustId}::uuid`,
    Prisma.sql`s."leaveDate" IS NULL`,
    ...(q ? [Prisma.sql`${EXPERTISE_VECTOR} @@ ${q}`] : []),
    ...(p.school ? [Prisma.sql`s."schoolId" = ${p.school}::uuid`] : []),
    ...(p.cluster ? [Prisma.sql`sc."clusterId" = ${p.cluster}::uuid`] : []),
    ...(p.level ? [Prisma.sql`e."level" = CAST(${p.level} AS "ExpertiseLevel")`] : []),
    ...(p.willing ? [Prisma.sql`e."willingToSupport"`] : []),
  ]);
  const rank = q ? Prisma.sql`ts_rank(${EXPERTISE_VECTOR}, ${q}) DESC,` : Prisma.empty;
  const rows = await db().$queryRaw<ExpertiseHit[]>`
    SELECT e.id, e.area, e.level::text AS level, e.description, e."willingToSupport",
           s.id AS "staffMemberId", s."firstName" || ' ' || s."lastName" AS name, s."jobTitle", s.email,
           sc.id AS "schoolId", sc.name AS "schoolName", cl.name AS "clusterName",
           count(*) OVER () AS total
    FROM "Expertise" e
    JOIN "StaffMember" s ON s.id = e."staffMemberId"
    JOIN "School" sc ON sc.id = s."schoolId"
    LEFT JOIN "Cluster" cl ON cl.id = sc."clusterId"
    WHERE ${where}
    ORDER BY ${rank} s."lastName", s."firstName", e.id
    LIMIT ${PAGE_SIZE} OFFSET ${(p.page - 1) * PAGE_SIZE}`;
  return page(rows);
}

function page<T extends { total: bigint }>(rows: T[]) {
  const total = Number(rows[0]?.total ?? 0);
  return { total, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)), rows: rows.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => k !== "total")) as Omit<T, "total">) };
}

/** Schools and clusters for the directory's filters. */
export async function expertiseFilters(viewer: Viewer) {
  requireCommunityUser(viewer);
  const [schools, clusters] = await Promise.all([
    db().school.findMany({ where: { trustId: viewer.trustId }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db().cluster.findMany({ where: { trustId: viewer.trustId }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return { schools, clusters };
}

/** Communities for the library's filter. */
export async function resourceFilters(viewer: Viewer) {
  requireCommunityUser(viewer);
  const communities = await db().community.findMany({ where: { trustId: viewer.trustId, archivedAt: null }, orderBy: { name: "asc" }, select: { id: true, name: true } });
  return { communities };
}

/** The viewer's own expertise entries. */
export async function myExpertise(viewer: Viewer) {
  if (!viewer.staff) return [];
  return db().expertise.findMany({
    where: { staffMemberId: viewer.staff.id, trustId: viewer.trustId },
    orderBy: { createdAt: "asc" },
    select: { id: true, area: true, level: true, description: true, willingToSupport: true },
  });
}
