import "server-only";
// Trust-wide search of the resource library and the expertise directory: Postgres full-text
// search, ranked with ts_rank, over the expression GIN indexes of migration
// 20261125082702_community_search (decision 004). The words typed become a tsquery with each
// term OR-ed with its synonyms (./tsquery.ts; quotes, OR and -word work; decision 005).
import { isTrustAdmin, type Viewer } from "@/lib/access/policy";
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

/**
 * A search's WHERE (the typed words matched against `vector`, and every filter that applies: a
 * filter that does not is `false`) and its ORDER BY start (best match first); null when words were
 * typed but none can match.
 */
function searchOf(vector: Prisma.Sql, typed: string, filters: (Prisma.Sql | false)[]) {
  const q = tsquery(typed);
  if (q === false) return null;
  const parts = [...filters.filter((f) => f !== false), ...(q ? [Prisma.sql`${vector} @@ ${q}`] : [])];
  return { where: Prisma.join(parts, " AND "), rank: q ? Prisma.sql`ts_rank(${vector}, ${q}) DESC,` : Prisma.empty };
}

const pageOf = (p: { page: number }) => Prisma.sql`LIMIT ${PAGE_SIZE} OFFSET ${(p.page - 1) * PAGE_SIZE}`;

type ResourceHit = ResourceFields & {
  communityId: string;
  communityName: string;
  authorName: string;
  total: bigint;
};

export async function searchResources(viewer: Viewer, p: ResourceSearch) {
  requireCommunityUser(viewer);
  const search = searchOf(RESOURCE_VECTOR, p.q, [
    Prisma.sql`r."trustId" = ${viewer.trustId}::uuid`,
    !isTrustAdmin(viewer) && Prisma.sql`c."archivedAt" IS NULL`,
    Boolean(p.kind) && Prisma.sql`r."kind" = CAST(${p.kind} AS "ResourceKind")`,
    Boolean(p.community) && Prisma.sql`r."communityId" = ${p.community}::uuid`,
  ]);
  if (!search) return page<ResourceHit>([]);
  const rows = await db().$queryRaw<ResourceHit[]>`
    SELECT r.id, r.title, r.description, r.kind::text AS kind, r.url, r."fileId", r.tags, r."createdAt",
           c.id AS "communityId", c.name AS "communityName", s."firstName" || ' ' || s."lastName" AS "authorName",
           count(*) OVER () AS total
    FROM "Resource" r
    JOIN "Community" c ON c.id = r."communityId"
    JOIN "StaffMember" s ON s.id = r."authorId"
    WHERE ${search.where}
    ORDER BY ${search.rank} r."createdAt" DESC, r.id
    ${pageOf(p)}`;
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
  const search = searchOf(EXPERTISE_VECTOR, p.q, [
    Prisma.sql`e."trustId" = ${viewer.trustId}::uuid`,
    Prisma.sql`s."leaveDate" IS NULL`,
    Boolean(p.school) && Prisma.sql`s."schoolId" = ${p.school}::uuid`,
    Boolean(p.cluster) && Prisma.sql`sc."clusterId" = ${p.cluster}::uuid`,
    Boolean(p.level) && Prisma.sql`e."level" = CAST(${p.level} AS "ExpertiseLevel")`,
    Boolean(p.willing) && Prisma.sql`e."willingToSupport"`,
  ]);
  if (!search) return page<ExpertiseHit>([]);
  const rows = await db().$queryRaw<ExpertiseHit[]>`
    SELECT e.id, e.area, e.level::text AS level, e.description, e."willingToSupport",
           s.id AS "staffMemberId", s."firstName" || ' ' || s."lastName" AS name, s."jobTitle", s.email,
           sc.id AS "schoolId", sc.name AS "schoolName", cl.name AS "clusterName",
           count(*) OVER () AS total
    FROM "Expertise" e
    JOIN "StaffMember" s ON s.id = e."staffMemberId"
    JOIN "School" sc ON sc.id = s."schoolId"
    LEFT JOIN "Cluster" cl ON cl.id = sc."clusterId"
    WHERE ${search.where}
    ORDER BY ${search.rank} s."lastName", s."firstName", e.id
    ${pageOf(p)}`;
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
