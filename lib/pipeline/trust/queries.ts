import "server-only";
// The trust's view of its pipeline, per school and cluster: NPQs by kind and status, leaders lacking an
// expected qualification, key posts with no successor ready within two years, and the talent pool.
// Names only for the trust admin (talent:view trust-wide); trustees get the same figures as counts.
import { notFound } from "next/navigation";
import { PERMISSIONS, type Viewer } from "@/lib/access/policy";
import { requirePermission } from "@/lib/access/where";
import { db, Prisma } from "@/lib/db/client";
import { NPQ_KINDS, READY_SOON } from "../labels";
import { lackingExpected } from "../queries";
import { KEY_POSTS } from "../rules";

type Name = { firstName: string; lastName: string };

/** The named lists, each shown this many rows at a time (the figures above them count every row). */
export const NAMED_PAGE = 50;
export const NAMED_LISTS = ["uncovered", "pool", "lacking"] as const;
export type NamedPages = Partial<Record<(typeof NAMED_LISTS)[number], number>>;

/** One page of a list, with its total: a page past the end shows the last. */
function pageOf<T>(rows: T[], asked: number | undefined) {
  const pageCount = Math.max(1, Math.ceil(rows.length / NAMED_PAGE));
  const page = Math.min(Math.max(1, Math.floor(asked ?? 1) || 1), pageCount);
  return { rows: rows.slice((page - 1) * NAMED_PAGE, page * NAMED_PAGE), page, pageCount, total: rows.length };
}
const fullName = (p: Name) => `${p.firstName} ${p.lastName}`;

/**
 * The trust's pipeline as figures (trustees, the governance page), or with the named lists beside them
 * (`named`: the trust admin's page, for those whose talent:view reaches every school; 404 for anyone else).
 */
export async function trustPipeline(viewer: Viewer, { named, pages = {} }: { named: boolean; pages?: NamedPages }) {
  requirePermission(viewer, "trust:aggregates");
  if (named && PERMISSIONS["talent:view"].schools(viewer) !== "all") notFound();
  const t = viewer.trustId;
  const [schools, npq, lacking, plans, aspirations] = await Promise.all([
    db().school.findMany({ where: { trustId: t }, orderBy: { name: "asc" }, select: { id: true, name: true, cluster: { select: { name: true } } } }),
    db().$queryRaw<{ schoolId: string; kind: string; status: string; count: number }[]>`
      SELECT s."schoolId", q.kind::text AS kind, q.status::text AS status, count(*)::int AS count
      FROM "Qualification" q JOIN "StaffMember" s ON s.id = q."staffMemberId"
      WHERE q."trustId" = ${t}::uuid AND s."leaveDate" IS NULL AND q.kind::text IN (${Prisma.join([...NPQ_KINDS])})
      GROUP BY 1, 2, 3`,
    lackingExpected(viewer, {}),
    db().successionPost.findMany({
      where: { trustId: t },
      select: { schoolId: true, post: true, holder: { select: { firstName: true, lastName: true } }, successors: { where: { readiness: { in: [...READY_SOON] }, staffMember: { trustId: t, leaveDate: null } }, select: { id: true } } },
    }),
    db().aspiration.findMany({
      where: { trustId: t, staffMember: { trustId: t, leaveDate: null } },
      select: { route: true, readiness: true, staffMember: { select: { id: true, firstName: true, lastName: true, jobTitle: true, schoolId: true } } },
      orderBy: [{ readiness: { sort: "asc", nulls: "last" } }, { staffMember: { lastName: "asc" } }],
    }),
  ]);
  const planned = new Map(plans.map((p) => [`${p.schoolId}/${p.post}`, p]));
  // A post with no plan at all has no successor either.
  const uncovered = schools.flatMap((s) =>
    KEY_POSTS.flatMap((post) => {
      const plan = planned.get(`${s.id}/${post}`);
      return plan && plan.successors.length > 0 ? [] : [{ schoolId: s.id, post, holder: named && plan?.holder ? fullName(plan.holder) : null }];
    }),
  );
  // Each list grouped by school once, not filtered again for every school.
  const npqOf = groupBy(npq, (r) => r.schoolId);
  const poolOf = groupBy(aspirations, (a) => a.staffMember.schoolId);
  const lackingOf = groupBy(lacking, (l) => l.schoolId);
  const uncoveredOf = groupBy(uncovered, (u) => u.schoolId);
  const rows = schools.map((s) => {
    const counts: Record<string, Record<string, number>> = {};
    for (const r of npqOf.get(s.id) ?? []) (counts[r.kind] ??= {})[r.status] = r.count;
    return {
      id: s.id, name: s.name, cluster: s.cluster?.name ?? "No cluster", npq: counts,
      lacking: lackingOf.get(s.id)?.length ?? 0,
      uncovered: uncoveredOf.get(s.id)?.length ?? 0,
      pool: { READY_NOW: 0, ONE_TO_TWO_YEARS: 0, THREE_PLUS_YEARS: 0, NOT_YET: 0, ...countBy((poolOf.get(s.id) ?? []).map((a) => a.readiness ?? "NOT_YET")) },
    };
  });
  const schoolName = new Map(schools.map((s) => [s.id, s.name]));
  // Every name behind the figures, a page of each list at a time: hundreds of rows in three tables
  // were most of the page's time to render, and no one reads them at once.
  const namedLists = () => {
    const lists = {
      lacking: pageOf(lacking, pages.lacking),
      uncovered: pageOf(uncovered, pages.uncovered),
      // The named pool is of those their head has endorsed; the figures count the rest as not yet endorsed.
      pool: pageOf(aspirations.filter((a) => a.readiness !== null), pages.pool),
    };
    return {
      lacking: lists.lacking.rows.map((l) => ({ id: l.id, name: fullName(l), jobTitle: l.jobTitle, school: schoolName.get(l.schoolId) ?? "" })),
      uncovered: lists.uncovered.rows.map((u) => ({ ...u, school: schoolName.get(u.schoolId) ?? "" })),
      pool: lists.pool.rows.map((a) => ({ id: `${a.staffMember.id}/${a.route}`, name: fullName(a.staffMember), jobTitle: a.staffMember.jobTitle, school: schoolName.get(a.staffMember.schoolId) ?? "", route: a.route, readiness: a.readiness })),
      pages: Object.fromEntries(NAMED_LISTS.map((k) => [k, { page: lists[k].page, pageCount: lists[k].pageCount, total: lists[k].total }])) as Record<(typeof NAMED_LISTS)[number], { page: number; pageCount: number; total: number }>,
    };
  };
  return {
    rows,
    named: named ? namedLists() : null,
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

function countBy(keys: string[]) {
  const out: Record<string, number> = {};
  for (const k of keys) out[k] = (out[k] ?? 0) + 1;
  return out;
}
