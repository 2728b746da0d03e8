import "server-only";
// Governance development: a governor's or trustee's own training against the trust's expectations,
// and, for the board, completion by school as counts (never a list of names).
import type { Viewer } from "@/lib/access/policy";
import { requireAny } from "@/lib/access/where";
import { db } from "@/lib/db/client";
import { londonToday } from "@/lib/dates";

const addMonths = (d: Date, months: number) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, d.getUTCDate()));

type Expectation = { id: string; name: string; description: string | null; roles: string[]; withinMonths: number; renewMonths: number | null };
type Record = { expectationId: string | null; completedOn: Date };

/** Met: a record against it, still in date when it must be renewed. Otherwise due by appointment + withinMonths. */
function expectationStatus(e: Expectation, records: Record[], appointedAt: Date, today: Date) {
  const done = records.filter((r) => r.expectationId === e.id).sort((a, b) => b.completedOn.getTime() - a.completedOn.getTime())[0];
  const validUntil = done && e.renewMonths ? addMonths(done.completedOn, e.renewMonths) : null;
  if (done && (!validUntil || validUntil > today)) return { state: "MET" as const, completedOn: done.completedOn, dueBy: validUntil };
  const dueBy = validUntil ?? addMonths(appointedAt, e.withinMonths);
  return { state: dueBy < today ? ("OVERDUE" as const) : ("DUE" as const), completedOn: done?.completedOn ?? null, dueBy };
}

export async function myGovernanceTraining(viewer: Viewer) {
  requireAny(viewer, "governance:train");
  const roles = viewer.roles.filter((r) => r.role === "LOCAL_GOVERNOR" || r.role === "TRUSTEE");
  const [expectations, records, assignments] = await Promise.all([
    db().governanceExpectation.findMany({ where: { trustId: viewer.trustId, active: true }, orderBy: { name: "asc" } }),
    db().governanceTraining.findMany({
      where: { trustId: viewer.trustId, userId: viewer.userId },
      select: { id: true, title: true, provider: true, completedOn: true, minutes: true, expectationId: true, expectation: { select: { name: true } } },
      orderBy: { completedOn: "desc" },
    }),
    db().roleAssignment.findMany({ where: { trustId: viewer.trustId, userId: viewer.userId, id: { in: roles.map((r) => r.id) } }, select: { role: true, createdAt: true } }),
  ]);
  const today = londonToday();
  const appointed = (role: string) => assignments.filter((a) => a.role === role).map((a) => a.createdAt).sort((a, b) => a.getTime() - b.getTime())[0];
  const mine = expectations.filter((e) => e.roles.some((r) => appointed(r)));
  const status = mine.map((e) => {
    const since = e.roles.map(appointed).filter((d): d is Date => Boolean(d)).sort((a, b) => a.getTime() - b.getTime())[0] ?? today;
    return { expectation: e, ...expectationStatus(e, records, since, today) };
  });
  return { records, status, expectations: mine };
}

/** Per school (and the board of trustees), how many of its governors have met each expectation. */
export async function trainingCompletion(viewer: Viewer) {
  requireAny(viewer, "governance:oversee");
  const t = viewer.trustId;
  const [expectations, schools, roles, records] = await Promise.all([
    db().governanceExpectation.findMany({ where: { trustId: t, active: true }, orderBy: { name: "asc" } }),
    db().school.findMany({ where: { trustId: t }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db().roleAssignment.findMany({ where: { trustId: t, role: { in: ["LOCAL_GOVERNOR", "TRUSTEE"] } }, select: { userId: true, role: true, schoolId: true, createdAt: true } }),
    db().governanceTraining.findMany({ where: { trustId: t, expectationId: { not: null } }, select: { userId: true, expectationId: true, completedOn: true } }),
  ]);
  const today = londonToday();
  const byUser = new Map<string, Record[]>();
  for (const r of records) {
    const list = byUser.get(r.userId);
    if (list) list.push(r);
    else byUser.set(r.userId, [r]);
  }
  const group = (name: string, people: typeof roles, role: "LOCAL_GOVERNOR" | "TRUSTEE") => ({
    name,
    people: people.length,
    met: expectations
      .filter((e) => e.roles.includes(role))
      .map((e) => ({ expectationId: e.id, met: people.filter((p) => expectationStatus(e, byUser.get(p.userId) ?? [], p.createdAt, today).state === "MET").length })),
  });
  const rows = [
    group("Board of trustees", roles.filter((r) => r.role === "TRUSTEE"), "TRUSTEE"),
    ...schools.map((s) => group(s.name, roles.filter((r) => r.role === "LOCAL_GOVERNOR" && r.schoolId === s.id), "LOCAL_GOVERNOR")),
  ];
  return { expectations, rows };
}
