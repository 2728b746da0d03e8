import "server-only";
// CPD reads for a person: their own development record, and the verification queue of the
// schools whose staff records the viewer leads. Named records never reach governors or trustees:
// they may verify nowhere ("activity:verify"), so every query here is not found for them.
import { notFound } from "next/navigation";
import { staffRecordSchools, whereSchoolIn, type Viewer } from "@/lib/access/policy";
import { activityReviewableBy } from "@/lib/cpd/access";
import { ownedBy, requireAny, requirePermission } from "@/lib/access/where";
import { db, type Prisma } from "@/lib/db/client";
import { returnedBefore } from "./history/queries";
import { type ActivityFilters, type QueueParams, type QueueSort } from "./reports/params";
import { applies, targetFor, trainingStatus, type TrainingStatus } from "./rules";
import { academicYear, academicYearLabel, londonToday } from "@/lib/dates";
import { isId } from "@/lib/validation/fields";
import { pageWindow } from "@/lib/paging";

/** Activities per page of a person's list: a year's worth for most, and a page that stays light. */
export const ACTIVITIES_PER_PAGE = 25;


/** The CPD targets of the viewer's trust, for `targetFor`. */
export function trustTargets(viewer: Viewer) {
  return db().cpdTarget.findMany({ where: { trustId: viewer.trustId }, select: { startYear: true, scope: true, minutes: true } });
}

/** One person's hours this academic year (verified and awaiting verification) against their target. */
async function hoursOf(viewer: Viewer, staffMemberId: string) {
  const trustId = viewer.trustId;
  const year = academicYear();
  const [staff, targets, sums] = await Promise.all([
    db().staffMember.findFirst({ where: { id: staffMemberId, trustId }, select: { category: true } }),
    trustTargets(viewer),
    db().cpdActivity.groupBy({
      by: ["status"],
      where: { trustId, staffMemberId, startDate: { gte: year.start, lt: year.end }, status: { in: ["VERIFIED", "SUBMITTED"] } },
      _sum: { minutes: true },
    }),
  ]);
  const sum = (status: string) => sums.find((s) => s.status === status)?._sum.minutes ?? 0;
  return { year: year.label, verified: sum("VERIFIED"), pending: sum("SUBMITTED"), target: staff ? targetFor(targets, staff.category, year.startYear) : null };
}

/** Hours this academic year (verified and awaiting verification) against the viewer's target. */
export async function myHours(viewer: Viewer) {
  return viewer.staff ? hoursOf(viewer, viewer.staff.id) : null;
}

const listSelect = {
  id: true, title: true, type: true, strand: true, startDate: true, endDate: true, minutes: true, status: true, returnReason: true, meetingId: true, schoolId: true,
} satisfies Prisma.CpdActivitySelect;

/**
 * The two runs of one person's activity list, in the order shown: returned ones first (they need the
 * owner), then the rest; filtered by academic year and status. `shared` leaves out drafts, which only
 * their owner sees. A run the filters rule out is left out.
 */
function activityRuns(viewer: Viewer, staffMemberId: string, f: ActivityFilters & { shared?: boolean }): Prisma.CpdActivityWhereInput[] {
  const where: Prisma.CpdActivityWhereInput = {
    trustId: viewer.trustId, staffMemberId,
    ...(f.year ? { startDate: { gte: new Date(Date.UTC(f.year, 8, 1)), lt: new Date(Date.UTC(f.year + 1, 8, 1)) } } : {}),
  };
  const others = f.status ? [f.status] : (["DRAFT", "SUBMITTED", "VERIFIED"] as const).filter((s) => !f.shared || s !== "DRAFT");
  return [
    ...(!f.status || f.status === "RETURNED" ? [{ ...where, status: "RETURNED" as const }] : []),
    ...(f.status === "RETURNED" || (f.shared && f.status === "DRAFT") ? [] : [{ ...where, status: { in: others.filter((s) => s !== "RETURNED") } }]),
  ];
}

const runRows = (where: Prisma.CpdActivityWhereInput, skip: number, take: number) =>
  take > 0 ? db().cpdActivity.findMany({ where, orderBy: [{ startDate: "desc" }, { createdAt: "desc" }], skip, take, select: listSelect }) : Promise.resolve([]);

/** One person's first `take` activities in the list's order (returned first, then newest first). */
export async function activitiesOf(viewer: Viewer, staffMemberId: string, f: ActivityFilters & { shared?: boolean } = {}, take = 200) {
  const runs = await Promise.all(activityRuns(viewer, staffMemberId, f).map((where) => runRows(where, 0, take)));
  return runs.flat().slice(0, take);
}

/** One page of a person's activities in the list's order, with the count of all that match the filters. */
export async function activityPage(viewer: Viewer, staffMemberId: string, f: ActivityFilters & { shared?: boolean }, page: number, size: number) {
  const runs = activityRuns(viewer, staffMemberId, f);
  const counts = await Promise.all(runs.map((where) => db().cpdActivity.count({ where })));
  const total = counts.reduce((a, b) => a + b, 0);
  const w = pageWindow(total, page, size);
  // The page's window over the runs laid end to end: each run gives the part of the window it holds.
  let start = 0;
  const parts = runs.map((where, i) => {
    const skip = Math.max(0, w.skip - start);
    const take = Math.max(0, Math.min(counts[i]! - skip, w.skip + w.take - start - skip));
    start += counts[i]!;
    return runRows(where, skip, take);
  });
  return { rows: (await Promise.all(parts)).flat(), total, page: w.page, pageCount: w.pageCount };
}

/** The academic years (newest first) in which a person has activities, for the year filter. */
export async function activityYears(viewer: Viewer, staffMemberId: string) {
  const days = await db().cpdActivity.groupBy({ by: ["startDate"], where: { trustId: viewer.trustId, staffMemberId } });
  return [...new Set(days.map((d) => academicYear(d.startDate).startYear))].sort((a, b) => b - a).map((year) => ({ year, label: academicYearLabel(year) }));
}

/** The viewer's own first `take` activities, returned first, then newest first (the home page's latest). */
export async function myActivities(viewer: Viewer, take = 200, filters: ActivityFilters = {}) {
  if (!viewer.staff) return [];
  return activitiesOf(viewer, viewer.staff.id, filters, take);
}

/** The activities a page of "My development" lists (returned first, then newest first), and how many in all. */
export async function myActivityPage(viewer: Viewer, filters: ActivityFilters, page: number, size = ACTIVITIES_PER_PAGE) {
  if (!viewer.staff) return { rows: [], total: 0, page: 1, pageCount: 1 };
  return activityPage(viewer, viewer.staff.id, filters, page, size);
}

/** One of the viewer's own activities; anyone else's (or a missing one) is not found. */
export async function myActivity(viewer: Viewer, id: string) {
  if (!viewer.staff || !isId(id)) notFound();
  const activity = await db().cpdActivity.findFirst({
    where: { id, ...ownedBy(viewer) },
    include: { evidenceFile: { select: { id: true, name: true, size: true } }, verifiedBy: { select: { name: true } }, community: { select: { name: true } } },
  });
  if (!activity) notFound();
  return activity;
}

/** One of the viewer's own qualifications; anyone else's (or a missing one) is not found. */
export async function myQualification(viewer: Viewer, id: string) {
  if (!viewer.staff || !isId(id)) notFound();
  const qualification = await db().qualification.findFirst({ where: { id, ...ownedBy(viewer) } });
  if (!qualification) notFound();
  return qualification;
}

type TrainingLine = { requirementId: string; name: string; validityMonths: number; completedOn: Date | null; expiresOn: Date | null; status: TrainingStatus };

/** Statutory training that applies to one member of staff, with the latest completion of each. */
export async function trainingFor(viewer: Viewer, staffMemberId: string, today = londonToday()): Promise<TrainingLine[]> {
  const trustId = viewer.trustId;
  const [staff, requirements, completions] = await Promise.all([
    db().staffMember.findFirst({ where: { id: staffMemberId, trustId }, select: { category: true, designations: { select: { designation: true } } } }),
    db().trainingRequirement.findMany({ where: { trustId, active: true }, orderBy: { name: "asc" } }),
    db().trainingCompletion.findMany({
      where: { trustId, staffMemberId },
      orderBy: { expiresOn: "desc" },
      select: { requirementId: true, completedOn: true, expiresOn: true },
    }),
  ]);
  if (!staff) return [];
  const who = { category: staff.category, designations: staff.designations.map((d) => d.designation) };
  return requirements
    .filter((r) => applies(r, who))
    .map((r) => {
      const latest = completions.find((c) => c.requirementId === r.id);
      return {
        requirementId: r.id, name: r.name, validityMonths: r.validityMonths,
        completedOn: latest?.completedOn ?? null, expiresOn: latest?.expiresOn ?? null,
        status: trainingStatus(latest?.expiresOn ?? null, today),
      };
    });
}

/** One person's development record besides the activity list: hours, training, qualifications, induction. */
export async function developmentOf(viewer: Viewer, staffMemberId: string) {
  const trustId = viewer.trustId;
  const [hours, training, qualifications, induction] = await Promise.all([
    hoursOf(viewer, staffMemberId),
    trainingFor(viewer, staffMemberId),
    db().qualification.findMany({ where: { trustId, staffMemberId }, orderBy: [{ status: "asc" }, { startDate: "desc" }] }),
    db().earlyCareerInduction.findFirst({
      where: { trustId, staffMemberId },
      include: {
        mentor: { select: { firstName: true, lastName: true } },
        inductionTutor: { select: { firstName: true, lastName: true } },
        reviews: { orderBy: { dueOn: "asc" } },
      },
    }),
  ]);
  return { hours, training, qualifications, induction };
}

/** Everything on the "My development" page besides the activity list. */
export async function myDevelopment(viewer: Viewer) {
  return viewer.staff ? developmentOf(viewer, viewer.staff.id) : null;
}

function reviewScope(viewer: Viewer) {
  requireAny(viewer, "activity:verify");
  return staffRecordSchools(viewer);
}

/**
 * What "awaiting verification" means, everywhere it is counted or listed: submitted activities of
 * the school (any academic year), never the viewer's own, since another leader verifies those.
 */
function waitingWhere(trustId: string, schools: Prisma.CpdActivityWhereInput, ownStaffId: string | undefined): Prisma.CpdActivityWhereInput {
  return { trustId, status: "SUBMITTED", ...schools, ...(ownStaffId ? { staffMemberId: { not: ownStaffId } } : {}) };
}

/** How many activities of one school await verification (the home page's figure and link). */
export function waitingCount(viewer: Viewer, schoolId: string) {
  return db().cpdActivity.count({ where: waitingWhere(viewer.trustId, { schoolId }, viewer.staff?.id) });
}

const QUEUE_ORDER: Record<QueueSort, (dir: Prisma.SortOrder) => Prisma.CpdActivityOrderByWithRelationInput[]> = {
  submitted: (dir) => [{ submittedAt: dir }],
  staff: (dir) => [{ staffMember: { lastName: dir } }, { staffMember: { firstName: dir } }, { submittedAt: "asc" }],
  date: (dir) => [{ startDate: dir }, { submittedAt: "asc" }],
  hours: (dir) => [{ minutes: dir }, { submittedAt: "asc" }],
};

/** Submitted activities of the viewer's schools, filtered by school and academic year, sorted, one page at a time. */
export async function verificationQueue(viewer: Viewer, opts: Partial<QueueParams> & { size?: number } = {}) {
  const scope = reviewScope(viewer);
  if (opts.school) requirePermission(viewer, "activity:verify", { schoolId: opts.school });
  // 25 a page: a page that stays light at a large school (issue 22: 82 kB of HTML at 50).
  const size = opts.size ?? 25;
  const page = Math.max(1, opts.page ?? 1);
  const every = waitingWhere(viewer.trustId, { ...whereSchoolIn(scope), ...(opts.school ? { schoolId: opts.school } : {}) }, viewer.staff?.id);
  const where: Prisma.CpdActivityWhereInput = opts.year
    ? { ...every, startDate: { gte: new Date(Date.UTC(opts.year, 8, 1)), lt: new Date(Date.UTC(opts.year + 1, 8, 1)) } }
    : every;
  const [total, rows, days] = await Promise.all([
    db().cpdActivity.count({ where }),
    db().cpdActivity.findMany({
      where,
      orderBy: [...QUEUE_ORDER[opts.sort ?? "submitted"](opts.dir ?? "asc"), { id: "asc" }],
      skip: (page - 1) * size,
      take: size,
      select: {
        ...listSelect, submittedAt: true, evidenceUrl: true, evidenceFileId: true, movedFromSchoolId: true,
        staffMember: { select: { id: true, firstName: true, lastName: true, jobTitle: true } },
      },
    }),
    // The year filter offers the years that have something waiting, with how many.
    db().cpdActivity.groupBy({ by: ["startDate"], where: every, _count: { _all: true } }),
  ]);
  const perYear = new Map<number, number>();
  for (const d of days) {
    const y = academicYear(d.startDate).startYear;
    perYear.set(y, (perYear.get(y) ?? 0) + d._count._all);
  }
  if (opts.year && !perYear.has(opts.year)) perYear.set(opts.year, 0);
  const years = [...perYear].sort((a, b) => b[0] - a[0]).map(([year, count]) => ({ year, label: academicYearLabel(year), count }));
  const [resubmitted, movedFrom] = await Promise.all([returnedBefore(viewer, rows.map((r) => r.id)), schoolNames(viewer, rows.map((r) => r.movedFromSchoolId))]);
  return {
    total, page, pageCount: Math.max(1, Math.ceil(total / size)), years,
    rows: rows.map((r) => ({ ...r, resubmitted: resubmitted.has(r.id), movedFrom: r.movedFromSchoolId ? (movedFrom.get(r.movedFromSchoolId) ?? null) : null })),
  };
}

/** The names of the schools activities were moved from by a transfer (a page's worth at most). */
export async function schoolNames(viewer: Viewer, ids: (string | null)[]) {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (!wanted.length) return new Map<string, string>();
  const schools = await db().school.findMany({ where: { id: { in: wanted }, trustId: viewer.trustId }, select: { id: true, name: true } });
  return new Map(schools.map((s) => [s.id, s.name]));
}

/** The first activity of the queue (same school, year and sort) after one has been verified or returned, if any. */
export async function nextToVerify(viewer: Viewer, opts: Partial<QueueParams>) {
  const queue = await verificationQueue(viewer, { ...opts, page: 1, size: 1 });
  return queue.rows[0]?.id ?? null;
}

/** One activity of a school the viewer leads, in full (reflection, impact, evidence) to verify. */
export async function activityToVerify(viewer: Viewer, id: string) {
  reviewScope(viewer);
  if (!isId(id)) notFound();
  const activity = await db().cpdActivity.findFirst({
    where: { id, ...activityReviewableBy(viewer) },
    include: {
      staffMember: { select: { id: true, firstName: true, lastName: true, jobTitle: true } },
      evidenceFile: { select: { id: true, name: true, size: true } },
      verifiedBy: { select: { name: true } },
    },
  });
  if (!activity) notFound();
  const movedFrom = activity.movedFromSchoolId ? ((await schoolNames(viewer, [activity.movedFromSchoolId])).get(activity.movedFromSchoolId) ?? null) : null;
  return { ...activity, movedFrom };
}
