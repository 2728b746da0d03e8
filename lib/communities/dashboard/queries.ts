import "server-only";
// The network leader's home page: who the community reaches (schools and clusters), how well its
// meetings are attended, what it has shared, and the CPD hours it has generated this year.
import { notFound } from "next/navigation";
import type { Viewer } from "@/lib/access/policy";
import { requirePermission } from "@/lib/access/where";
import { db } from "@/lib/db/client";
import { academicYear, londonDay, londonLocalToUtc, startOfLondonDay, termKey, termLabel } from "@/lib/dates";
import { isId } from "@/lib/validation/fields";

export async function leaderDashboard(viewer: Viewer, communityId: string, now = new Date()) {
  if (!isId(communityId)) notFound();
  requirePermission(viewer, "community:manage", { communityId });
  const community = await db().community.findFirst({
    where: { id: communityId, trustId: viewer.trustId },
    select: { id: true, name: true, kind: true, archivedAt: true, _count: { select: { memberships: true } } },
  });
  if (!community) notFound();
  const year = academicYear(now);
  const yearAgo = new Date(now.getTime() - 365 * 86_400_000);
  // Terms are London-time, so the earliest one shown began at London midnight on 1 September.
  const twoYearsBack = londonLocalToUtc(`${year.startYear - 1}-09-01T00:00`) ?? year.start;

  // Today's meeting stays "next" until its register is closed, so the leader can take it from here.
  const startOfToday = startOfLondonDay(now);
  const [bySchool, meetings, missing, resources, cpd, upcoming, next] = await Promise.all([
    db().$queryRaw<{ schoolId: string; school: string; cluster: string | null; members: number }[]>`
      SELECT sc.id AS "schoolId", sc.name AS school, cl.name AS cluster, count(*)::int AS members
      FROM "Membership" m
      JOIN "StaffMember" s ON s.id = m."staffMemberId"
      JOIN "School" sc ON sc.id = s."schoolId"
      LEFT JOIN "Cluster" cl ON cl.id = sc."clusterId"
      WHERE m."communityId" = ${communityId}::uuid AND m."trustId" = ${viewer.trustId}::uuid AND s."trustId" = ${viewer.trustId}::uuid
      GROUP BY sc.id, sc.name, cl.name
      ORDER BY cl.name, sc.name`,
    db().$queryRaw<{ id: string; title: string; startsAt: Date; attended: number; recorded: number }[]>`
      SELECT mt.id, mt.title, mt."startsAt",
             count(*) FILTER (WHERE a.attended)::int AS attended, count(a."staffMemberId")::int AS recorded
      FROM "Meeting" mt
      LEFT JOIN "Attendance" a ON a."meetingId" = mt.id AND a."trustId" = ${viewer.trustId}::uuid
      WHERE mt."communityId" = ${communityId}::uuid AND mt."trustId" = ${viewer.trustId}::uuid AND mt.status = 'HELD'
        AND mt."startsAt" >= ${yearAgo} AND mt."startsAt" <= ${now}
      GROUP BY mt.id
      ORDER BY mt."startsAt"`,
    db().$queryRaw<{ id: string; name: string; cluster: string | null }[]>`
      SELECT sc.id, sc.name, cl.name AS cluster
      FROM "School" sc
      LEFT JOIN "Cluster" cl ON cl.id = sc."clusterId"
      WHERE sc."trustId" = ${viewer.trustId}::uuid
        AND NOT EXISTS (
          SELECT 1 FROM "Membership" m JOIN "StaffMember" s ON s.id = m."staffMemberId"
          WHERE m."communityId" = ${communityId}::uuid AND m."trustId" = ${viewer.trustId}::uuid AND s."schoolId" = sc.id)
      ORDER BY cl.name, sc.name`,
    db().resource.findMany({ where: { communityId, trustId: viewer.trustId, createdAt: { gte: twoYearsBack } }, select: { createdAt: true } }),
    db().cpdActivity.aggregate({
      where: { communityId, trustId: viewer.trustId, status: "VERIFIED", startDate: { gte: year.start, lt: year.end } },
      _sum: { minutes: true },
      _count: true,
    }),
    db().meeting.count({ where: { communityId, trustId: viewer.trustId, status: "PLANNED", startsAt: { gte: now } } }),
    db().meeting.findFirst({
      where: { communityId, trustId: viewer.trustId, status: "PLANNED", registerClosedAt: null, startsAt: { gte: startOfToday } },
      orderBy: { startsAt: "asc" },
      select: { id: true, title: true, startsAt: true, durationMinutes: true },
    }),
  ]);

  const clusters = new Map<string, number>();
  for (const row of bySchool) clusters.set(row.cluster ?? "No cluster", (clusters.get(row.cluster ?? "No cluster") ?? 0) + row.members);
  const terms = new Map<number, { label: string; count: number }>();
  for (let key = (year.startYear - 1) * 3; key <= termKey(now); key++) terms.set(key, { label: termLabel(key), count: 0 });
  for (const r of resources) {
    const t = terms.get(termKey(r.createdAt));
    if (t) t.count++;
  }
  return {
    community: { id: community.id, name: community.name, kind: community.kind, archived: Boolean(community.archivedAt) },
    year: year.label,
    memberCount: community._count.memberships,
    upcomingMeetings: upcoming,
    nextMeeting: next ? { ...next, today: londonDay(next.startsAt).getTime() === londonDay(now).getTime() } : null,
    membersBySchool: bySchool,
    membersByCluster: [...clusters].map(([cluster, members]) => ({ cluster, members })),
    attendance: meetings.map((m) => ({ ...m, rate: m.recorded ? Math.round((m.attended / m.recorded) * 100) : 0 })),
    schoolsNotRepresented: missing,
    resourcesPerTerm: [...terms.values()],
    cpd: { minutes: cpd._sum.minutes ?? 0, records: cpd._count },
  };
}

export type LeaderDashboardData = Awaited<ReturnType<typeof leaderDashboard>>;
