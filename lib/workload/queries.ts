import "server-only";
// Reads of workload demands: a school's (with the trust-wide ones that fall on it), expected against
// reported hours (reported only as the survey rules allow, lib/voice/anonymity.ts), the load per
// full-time teacher per term; for the trust's people, each school's load and the ten heaviest demands.
import { notFound } from "next/navigation";
import { canAny, PERMISSIONS, type Viewer } from "@/lib/access/policy";
import { db } from "@/lib/db/client";
import { formatDate, londonToday } from "@/lib/dates";
import { isId } from "@/lib/validation/fields";
import { judge, protectBlocks, type Atom, type Filters } from "@/lib/voice/anonymity";
import { demandVisibleTo, mayApprove, mayPropose } from "./access";
import { reportedPerTerm, teacherLoad } from "./rules";

/** Each check's reported minutes per term for a view (school or whole), or null where the rules hide it. */
async function reported(checkIds: string[], f: Filters) {
  if (!checkIds.length) return new Map<string, { n: number; minutes: number } | null>();
  const rows = await db().workloadCheckAnswer.groupBy({ by: ["checkId", "schoolId", "phase", "category", "stage"], where: { checkId: { in: checkIds } }, _count: { _all: true }, _sum: { minutes: true } });
  const out = new Map<string, { n: number; minutes: number } | null>();
  for (const id of checkIds) {
    const mine = rows.filter((r) => r.checkId === id);
    const atoms: (Atom & { sum: number })[] = mine.map((r) => ({ school: r.schoolId, phase: r.phase, category: r.category, stage: r.stage, count: r._count._all, sum: r._sum.minutes ?? 0 }));
    const v = judge(atoms, protectBlocks(atoms), f, true);
    const inView = atoms.filter((a) => !f.school || a.school === f.school);
    out.set(id, v.shown ? { n: v.n, minutes: reportedPerTerm(Math.round(inView.reduce((s, a) => s + a.sum, 0) / v.n)) } : null);
  }
  return out;
}

export async function workloadPage(viewer: Viewer, schoolParam?: string) {
  const scope = PERMISSIONS["workload:view"].schools(viewer);
  if (!canAny(viewer, "workload:view")) notFound();
  const school = schoolParam && isId(schoolParam) && (scope === "all" || scope.includes(schoolParam)) ? schoolParam : scope !== "all" ? scope[0]! : null;
  if (schoolParam && school !== schoolParam) notFound();
  const schools = await db().school.findMany({ where: { trustId: viewer.trustId, archivedAt: null, ...(scope === "all" ? {} : { id: { in: scope } }) }, select: { id: true, name: true }, orderBy: { name: "asc" } });
  const rows = await db().workloadDemand.findMany({
    where: { ...demandVisibleTo(viewer), ...(school ? { OR: [{ schoolId: school }, { schoolId: null }] } : {}) },
    select: { id: true, trustId: true, schoolId: true, title: true, kind: true, affects: true, expectedMinutes: true, replaces: true, offsetMinutes: true, reviewOn: true, status: true, checks: { select: { id: true, closesOn: true } } },
    orderBy: [{ status: "asc" }, { createdAt: "desc" }],
  });
  const checkIds = rows.flatMap((d) => d.checks.map((c) => c.id));
  const rep = await reported(checkIds, school ? { school } : {});
  const names = new Map(schools.map((s) => [s.id, s.name]));
  const demands = rows.map((d) => {
    const check = d.checks[0];
    const r = check ? rep.get(check.id) : undefined;
    return {
      id: d.id, schoolId: d.schoolId, title: d.title, kind: d.kind, affects: d.affects, scope: d.schoolId ? (names.get(d.schoolId) ?? "A school") : "Every school", status: d.status,
      expectedMinutes: d.expectedMinutes, offsetMinutes: d.offsetMinutes, replaces: d.replaces, reviewOn: formatDate(d.reviewOn),
      reported: check ? (r ? { minutes: r.minutes, n: r.n } : ("too-few" as const)) : null, checkOpen: check ? check.closesOn >= londonToday() : false,
      approve: d.status === "PROPOSED" && mayApprove(viewer, d),
    };
  });
  const live = demands.filter((d) => d.status === "APPROVED");
  const load = teacherLoad(live.map((d) => ({ affects: d.affects, expectedMinutes: d.expectedMinutes, offsetMinutes: d.offsetMinutes, reportedMinutes: typeof d.reported === "object" && d.reported ? d.reported.minutes : null })));
  // The trust's people: each school's load from its own and the trust-wide demands, and the ten heaviest.
  const bySchool = school ? [] : schools.map((s) => {
    const mine = live.filter((d) => d.schoolId === null || d.schoolId === s.id);
    return { id: s.id, name: s.name, demands: mine.length, ...teacherLoad(mine.map((d) => ({ affects: d.affects, expectedMinutes: d.expectedMinutes, offsetMinutes: d.offsetMinutes, reportedMinutes: null }))) };
  });
  return {
    school: school ? { id: school, name: names.get(school) ?? "" } : null,
    schools: schools.map((s) => ({ value: s.id, label: s.name })),
    demands, load, bySchool,
    heaviest: school ? [] : [...live].sort((a, b) => b.expectedMinutes - a.expectedMinutes).slice(0, 10),
    propose: mayPropose(viewer, school) ? { schoolId: school } : null,
  };
}

/** The check the viewer is asked: for invitees only (anyone else: not found). */
export async function checkToAnswer(viewer: Viewer, checkId: string) {
  if (!isId(checkId)) notFound();
  const invite = await db().workloadCheckInvite.findFirst({ where: { checkId, userId: viewer.userId, check: { trustId: viewer.trustId } }, select: { answered: true, check: { select: { id: true, closesOn: true, demand: { select: { title: true, expectedMinutes: true } } } } } });
  if (!invite) notFound();
  return { id: invite.check.id, title: invite.check.demand.title, closesOn: formatDate(invite.check.closesOn), closed: invite.check.closesOn < londonToday(), answered: invite.answered };
}

/** Checks waiting for the viewer's answer (the staff survey page lists them). */
export const myChecks = async (viewer: Viewer) =>
  (await db().workloadCheckInvite.findMany({ where: { userId: viewer.userId, answered: false, check: { trustId: viewer.trustId, closesOn: { gte: londonToday() } } }, select: { check: { select: { id: true, closesOn: true, demand: { select: { title: true } } } } } })).map((i) => ({ id: i.check.id, title: i.check.demand.title, closesOn: formatDate(i.check.closesOn) }));
