import "server-only";
import { notFound } from "next/navigation";
import { aggregateSchools, can, whereSchoolIn, type Viewer } from "@/lib/access/policy";
import { schoolAggregatesVisibleTo, schoolVisibleTo } from "@/lib/org/access";
import { db } from "@/lib/db/client";
import { ofstedOutcome } from "./ofsted";
import { isId } from "@/lib/validation/fields";


const current = { leaveDate: null };

/** Schools the viewer may open, with cluster, head and staff count. */
export async function listSchools(viewer: Viewer) {
  const schools = await db().school.findMany({
    where: schoolVisibleTo(viewer),
    orderBy: [{ cluster: { name: "asc" } }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      urn: true,
      phase: true,
      pupilsOnRoll: true,
      improvementCapacity: true,
      ofstedFramework: true,
      ofstedGrade: true,
      ofstedReportCard: true,
      ofstedInspectedOn: true,
      cluster: { select: { name: true } },
      // The trust's condition lets the count read its staff by the trust's index, not every trust's staff (decision 035).
      _count: { select: { staff: { where: { ...current, trustId: viewer.trustId } } } },
    },
  });
  return schools.map(({ _count, ...s }) => ({ ...s, staffCount: _count.staff, ofsted: ofstedOutcome(s) }));
}

/** One school's profile, or 404 when missing or outside the viewer's scope. */
export async function getSchool(viewer: Viewer, id: string) {
  if (!isId(id)) notFound();
  const school = await db().school.findFirst({
    where: { AND: [{ id }, schoolVisibleTo(viewer)] },
    include: {
      cluster: { select: { id: true, name: true } },
      staff: {
        where: { ...current, careerStage: "HEADTEACHER" },
        select: { firstName: true, lastName: true, jobTitle: true },
        take: 1,
      },
    },
  });
  if (!school) notFound();
  const [staffCount, byCategory] = await Promise.all([
    db().staffMember.count({ where: { schoolId: id, trustId: viewer.trustId, ...current } }),
    db().staffMember.groupBy({ by: ["category"], where: { schoolId: id, trustId: viewer.trustId, ...current }, _count: true, _sum: { fte: true } }),
  ]);
  const head = school.staff[0];
  return {
    ...school,
    head: head ? { name: `${head.firstName} ${head.lastName}`, jobTitle: head.jobTitle } : null,
    staffCount,
    byCategory: byCategory.map((c) => ({ category: c.category, count: c._count, fte: Number(c._sum.fte ?? 0) })),
    ofsted: ofstedOutcome(school),
    mayViewStaff: can(viewer, "staff:view", { schoolId: id }),
  };
}

/** Trust-wide or school-wide headline counts for dashboards (aggregates only). */
export async function schoolAggregates(viewer: Viewer) {
  const where = schoolAggregatesVisibleTo(viewer);
  const [schools, staff, byCluster] = await Promise.all([
    db().school.aggregate({ where, _count: true, _sum: { pupilsOnRoll: true } }),
    db().staffMember.groupBy({
      by: ["category"],
      where: { trustId: viewer.trustId, ...whereSchoolIn(aggregateSchools(viewer)), ...current },
      _count: true,
      _sum: { fte: true },
    }),
    db().school.groupBy({ by: ["clusterId", "improvementCapacity"], where, _count: true }),
  ]);
  return {
    schoolCount: schools._count,
    pupils: schools._sum.pupilsOnRoll ?? 0,
    staff: staff.map((s) => ({ category: s.category, count: s._count, fte: Number(s._sum.fte ?? 0) })),
    capacity: byCluster.reduce<Record<string, number>>((acc, row) => {
      acc[row.improvementCapacity] = (acc[row.improvementCapacity] ?? 0) + row._count;
      return acc;
    }, {}),
  };
}

/** Names of the schools a viewer's role assignments point at (for the role switcher's labels). */
export async function schoolNames(viewer: Viewer): Promise<Record<string, string>> {
  const ids = [...new Set(viewer.roles.map((r) => r.schoolId).concat(viewer.staff?.schoolId ?? null).filter((id): id is string => Boolean(id)))];
  if (!ids.length) return {};
  const rows = await db().school.findMany({ where: { trustId: viewer.trustId, id: { in: ids } }, select: { id: true, name: true } });
  return Object.fromEntries(rows.map((r) => [r.id, r.name]));
}
