import "server-only";
// The trust's view of its pipeline, per school and cluster: NPQs by kind and status, leaders lacking an
// expected qualification, key posts with no successor ready within two years, and the talent pool.
// Names only for the trust admin (talent:view trust-wide); trustees get the same figures as counts.
import { notFound } from "next/navigation";
import { PERMISSIONS, type Viewer } from "@/lib/access/policy";
import { requirePermission } from "@/lib/access/where";
import { db, Prisma } from "@/lib/db/client";
import type { KeyPost } from "@/lib/db/generated/enums";
import { NPQ_KINDS, READY_SOON } from "../labels";
import { lackingExpected, lackingWhere } from "../queries";
import { KEY_POSTS } from "../rules";

type Name = { firstName: string; lastName: string };

/** The named lists, each shown this many rows at a time (the figures above them count every row). */
export const NAMED_PAGE = 15;
export const NAMED_LISTS = ["uncovered", "pool", "lacking"] as const;
export type NamedPages = Partial<Record<(typeof NAMED_LISTS)[number], number>>;

/** Which page of `total` rows to show: a page past the end shows the last. */
function pageOf(total: number, asked: number | undefined) {
  const pageCount = Math.max(1, Math.ceil(total / NAMED_PAGE));
  const page = Math.min(Math.max(1, Math.floor(asked ?? 1) || 1), pageCount);
  return { page, pageCount, total, skip: (page - 1) * NAMED_PAGE, take: NAMED_PAGE };
}
const fullName = (p: Name) => `${p.firstName} ${p.lastName}`;

/**
 * The trust's pipeline as figures (trustees, the governance page), or with the named lists beside them
 * (`named`: the trust admin's page, for those whose talent:view reaches every school; 404 for anyone else).
 * The figures are counted in PostgreSQL; only the page of each named list asked for is read by name.
 */
export async function trustPipeline(viewer: Viewer, { named, pages = {} }: { named: boolean; pages?: NamedPages }) {
  requirePermission(viewer, "trust:aggregates");
  if (named && PERMISSIONS["talent:view"].schools(viewer) !== "all") notFound();
  const t = viewer.trustId;
  const [schools, npq, lacking, plans, pool] = await Promise.all([
    db().school.findMany({ where: { trustId: t }, orderBy: { name: "asc" }, select: { id: true, name: true, cluster: { select: { name: true } } } }),
    db().$queryRaw<{ schoolId: string; kind: string; status: string; count: number }[]>`
      SELECT s."schoolId", q.kind::text AS kind, q.status::text AS status, count(*)::int AS count
      FROM "Qualification" q JOIN "StaffMember" s ON s.id = q."staffMemberId"
      WHERE q."trustId" = ${t}::uuid AND s."leaveDate" IS NULL AND q.kind::text IN (${Prisma.join([...NPQ_KINDS])})
      GROUP BY 1, 2, 3`,
    db().staffMember.groupBy({ by: ["schoolId"], where: lackingWhere(viewer, {}), _count: { _all: true } }),
    db().successionPost.findMany({
      where: { trustId: t },
      select: { schoolId: true, post: true, holderId: true, successors: { where: { readiness: { in: [...READY_SOON] }, staffMember: { trustId: t, leaveDate: null } }, select: { id: true }, take: 1 } },
    }),
    db().$queryRaw<{ schoolId: string; readiness: string | null; count: number }[]>`
      SELECT s."schoolId", a.readiness::text AS readiness, count(*)::int AS count
      FROM "Aspiration" a JOIN "StaffMember" s ON s.id = a."staffMemberId"
      WHERE a."trustId" = ${t}::uuid AND s."trustId" = ${t}::uuid AND s."leaveDate" IS NULL
      GROUP BY 1, 2`,
  ]);
  const planned = new Map(plans.map((p) => [`${p.schoolId}/${p.post}`, p]));
  // A post with no plan at all has no successor either.
  const uncovered = schools.flatMap((s) =>
    KEY_POSTS.flatMap((post) => {
      const plan = planned.get(`${s.id}/${post}`);
      return plan && plan.successors.length > 0 ? [] : [{ schoolId: s.id, post, holderId: plan?.holderId ?? null }];
    }),
  );
  const npqOf = groupBy(npq, (r) => r.schoolId);
  const poolOf = groupBy(pool, (r) => r.schoolId);
  const lackingOf = new Map(lacking.map((l) => [l.schoolId, l._count._all]));
  const uncoveredOf = groupBy(uncovered, (u) => u.schoolId);
  const rows = schools.map((s) => {
    const counts: Record<string, Record<string, number>> = {};
    for (const r of npqOf.get(s.id) ?? []) (counts[r.kind] ??= {})[r.status] = r.count;
    const readiness = { READY_NOW: 0, ONE_TO_TWO_YEARS: 0, THREE_PLUS_YEARS: 0, NOT_YET: 0 };
    for (const r of poolOf.get(s.id) ?? []) readiness[(r.readiness ?? "NOT_YET") as keyof typeof readiness] += r.count;
    return {
      id: s.id, name: s.name, cluster: s.cluster?.name ?? "No cluster", npq: counts,
      lacking: lackingOf.get(s.id) ?? 0,
      uncovered: uncoveredOf.get(s.id)?.length ?? 0,
      pool: readiness,
    };
  });
  return { rows, named: named ? await namedLists(viewer, schools, uncovered, { lacking: lacking.reduce((n, l) => n + l._count._all, 0), pool: pool.reduce((n, r) => n + (r.readiness ? r.count : 0), 0) }, pages) : null };
}

/** A page of each named list (the trust admin's): the rows behind the figures, by name. */
async function namedLists(
  viewer: Viewer,
  schools: { id: string; name: string }[],
  uncovered: { schoolId: string; post: KeyPost; holderId: string | null }[],
  totals: { lacking: number; pool: number },
  pages: NamedPages,
) {
  const lists = { lacking: pageOf(totals.lacking, pages.lacking), uncovered: pageOf(uncovered.length, pages.uncovered), pool: pageOf(totals.pool, pages.pool) };
  const { skip, take } = lists.uncovered;
  const uncoveredPage = uncovered.slice(skip, skip + take);
  const holderIds = uncoveredPage.flatMap((u) => (u.holderId ? [u.holderId] : []));
  const [lacking, pool, holders] = await Promise.all([
    lackingExpected(viewer, {}, { skip: lists.lacking.skip, take: lists.lacking.take }),
    // The named pool is of those their head has endorsed; the figures count the rest as not yet endorsed.
    db().aspiration.findMany({
      where: { trustId: viewer.trustId, readiness: { not: null }, staffMember: { trustId: viewer.trustId, leaveDate: null } },
      select: { route: true, readiness: true, staffMember: { select: { id: true, firstName: true, lastName: true, jobTitle: true, schoolId: true } } },
      orderBy: [{ readiness: "asc" }, { staffMember: { lastName: "asc" } }, { id: "asc" }],
      skip: lists.pool.skip,
      take: lists.pool.take,
    }),
    // Holders' names for the page of uncovered posts shown, not for every post of the trust.
    holderIds.length ? db().staffMember.findMany({ where: { trustId: viewer.trustId, id: { in: holderIds } }, select: { id: true, firstName: true, lastName: true } }) : [],
  ]);
  const schoolName = new Map(schools.map((s) => [s.id, s.name]));
  const holderName = new Map(holders.map((h) => [h.id, fullName(h)]));
  return {
    lacking: lacking.map((l) => ({ id: l.id, name: fullName(l), jobTitle: l.jobTitle, school: schoolName.get(l.schoolId) ?? "" })),
    uncovered: uncoveredPage.map((u) => ({ schoolId: u.schoolId, post: u.post, holder: (u.holderId && holderName.get(u.holderId)) || null, school: schoolName.get(u.schoolId) ?? "" })),
    pool: pool.map((a) => ({ id: `${a.staffMember.id}/${a.route}`, name: fullName(a.staffMember), jobTitle: a.staffMember.jobTitle, school: schoolName.get(a.staffMember.schoolId) ?? "", route: a.route, readiness: a.readiness })),
    pages: Object.fromEntries(NAMED_LISTS.map((k) => [k, { page: lists[k].page, pageCount: lists[k].pageCount, total: lists[k].total }])) as Record<(typeof NAMED_LISTS)[number], { page: number; pageCount: number; total: number }>,
  };
}

function groupBy<T>(rows: T[], key: (row: T) => string) {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const list = out.get(key(r));
    if (list) list.push(r);
    else out.set(key(r), [r]);
  }
  return out;
}
