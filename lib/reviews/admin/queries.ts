import "server-only";
// The trust admin's reads: cycles, a cycle's reviews with ranked reviewer suggestions for every
// school, and capacity pairings. Each asks the permission registry ("review:assign",
// "csi-support:manage"); anyone without it gets notFound().
import { notFound } from "next/navigation";
import { can, type Viewer } from "@/lib/access/policy";
import { requirePermission } from "@/lib/access/where";
import { db } from "@/lib/db/client";
import { isId } from "@/lib/validation/fields";
import { agreementOpen } from "../rules";
import { rankGivers, suggestForCycle, type Reviewer, type SchoolFacts } from "../suggest";

export async function listCycles(viewer: Viewer) {
  requirePermission(viewer, "review:assign");
  return db().reviewCycle.findMany({
    where: { trustId: viewer.trustId },
    orderBy: [{ academicYear: "desc" }, { opensOn: "desc" }],
    select: { id: true, name: true, academicYear: true, opensOn: true, closesOn: true, maxReviewsPerReviewer: true, _count: { select: { reviews: true } } },
  });
}

/** Internal to the admin's reads (callers check the viewer first), so not exported. */
async function trustSchoolsFacts(viewer: Viewer): Promise<SchoolFacts[]> {
  const { trustId } = viewer;
  const rows = await db().school.findMany({
    where: { trustId },
    orderBy: { name: "asc" },
    select: { id: true, name: true, clusterId: true, phase: true, improvementCapacity: true, latitude: true, longitude: true },
  });
  return rows.map((s) => ({ ...s, latitude: s.latitude === null ? null : Number(s.latitude), longitude: s.longitude === null ? null : Number(s.longitude) }));
}

/** Heads with a sign-in: the peer reviewers, and the people a critical friend may be chosen from. */
export async function trustReviewers(viewer: Viewer): Promise<Reviewer[]> {
  if (!can(viewer, "review:assign") && !can(viewer, "csi-support:manage")) notFound();
  const { trustId } = viewer;
  const roles = await db().roleAssignment.findMany({
    where: { trustId, role: "HEADTEACHER", schoolId: { not: null }, user: { status: "ACTIVE" } },
    select: { userId: true, schoolId: true, user: { select: { name: true } } },
  });
  const byUser = new Map<string, Reviewer>();
  for (const r of roles) {
    const entry = byUser.get(r.userId) ?? { userId: r.userId, name: r.user.name, schoolIds: [] };
    if (r.schoolId) entry.schoolIds.push(r.schoolId);
    byUser.set(r.userId, entry);
  }
  return [...byUser.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** Reviewer suggestions for every school of a cycle without a current review of it (the bench times this). */
export async function cycleSuggestions(viewer: Viewer, cycleId: string, max: number) {
  requirePermission(viewer, "review:assign");
  const { trustId } = viewer;
  const [schools, reviewers, reviews] = await Promise.all([
    trustSchoolsFacts(viewer),
    trustReviewers(viewer),
    db().schoolReview.findMany({ where: { trustId, cycleId, supersedesId: null }, select: { schoolId: true, leadReviewerId: true, team: { select: { userId: true } } } }),
  ]);
  const load = new Map<string, number>();
  for (const r of reviews) for (const u of [r.leadReviewerId, ...r.team.map((t) => t.userId)]) load.set(u, (load.get(u) ?? 0) + 1);
  const reviewed = new Set(reviews.map((r) => r.schoolId));
  const byId = new Map(schools.map((s) => [s.id, s]));
  return { schools, reviewers, load, suggestions: suggestForCycle(schools.filter((s) => !reviewed.has(s.id)), reviewers, byId, load, max) };
}

export async function cycleDetail(viewer: Viewer, cycleId: string) {
  requirePermission(viewer, "review:assign");
  if (!isId(cycleId)) notFound();
  const cycle = await db().reviewCycle.findFirst({ where: { id: cycleId, trustId: viewer.trustId } });
  if (!cycle) notFound();
  const [reviews, { schools, reviewers, load, suggestions }] = await Promise.all([
    db().schoolReview.findMany({
      where: { trustId: viewer.trustId, cycleId },
      orderBy: [{ school: { name: "asc" } }, { version: "asc" }],
      select: { id: true, kind: true, status: true, version: true, visitDate: true, supersededAt: true, school: { select: { id: true, name: true } }, leadReviewer: { select: { name: true } } },
    }),
    cycleSuggestions(viewer, cycleId, cycle.maxReviewsPerReviewer),
  ]);
  const name = new Map(schools.map((s) => [s.id, s.name]));
  // Beyond the heads (peer reviewers), trust staff and critical friends with a sign-in lead QA and critical-friend visits.
  const others = await db().user.findMany({
    where: {
      trustId: viewer.trustId, status: "ACTIVE", id: { notIn: reviewers.map((r) => r.userId) },
      OR: [{ roleAssignments: { some: { role: "TRUST_ADMIN" } } }, { criticalFriends: { some: { trustId: viewer.trustId } } }],
    },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
  return {
    cycle,
    others: others.map((u) => ({ userId: u.id, label: `${u.name} (trust staff or critical friend) · ${load.get(u.id) ?? 0} assigned` })),
    reviews,
    schools: schools.map((s) => ({ id: s.id, name: s.name })),
    reviewers: reviewers.map((r) => ({ ...r, load: load.get(r.userId) ?? 0, label: `${r.name} (${r.schoolIds.map((id) => name.get(id)).join(", ")})` })),
    suggestions: [...suggestions.entries()].map(([schoolId, ranked]) => ({
      schoolId,
      school: name.get(schoolId) ?? "",
      ranked: ranked.map((r) => ({ userId: r.reviewer.userId, name: r.reviewer.name, home: r.home?.name ?? "", otherCluster: r.otherCluster, giver: r.giver, samePhase: r.samePhase, load: r.load })),
    })),
  };
}

/** Schools needing support beside the capacity givers, with suggested pairings and the agreements in place. */
export async function capacityPairing(viewer: Viewer) {
  requirePermission(viewer, "csi-support:manage");
  const [schools, agreements] = await Promise.all([
    trustSchoolsFacts(viewer),
    db().supportAgreement.findMany({
      where: { trustId: viewer.trustId },
      orderBy: { startsOn: "desc" },
      select: { id: true, focus: true, staffDeployed: true, status: true, startsOn: true, endsOn: true, outcomeNote: true, giver: { select: { name: true } }, receiver: { select: { id: true, name: true } } },
    }),
  ]);
  const givers = schools.filter((s) => s.improvementCapacity === "CAPACITY_GIVER");
  // A closed agreement (completed or ended early) no longer counts: the school may need a new one.
  const supported = new Set(agreements.filter((a) => agreementOpen(a.status)).map((a) => a.receiver.id));
  const needing = schools.filter((s) => s.improvementCapacity === "NEEDS_SUPPORT");
  return {
    givers: givers.map((g) => ({ id: g.id, name: g.name })),
    needing: needing.map((s) => ({
      id: s.id,
      name: s.name,
      phase: s.phase,
      supported: supported.has(s.id),
      ranked: rankGivers(s, givers).slice(0, 3).map((r) => ({ id: r.giver.id, name: r.giver.name, sameCluster: r.sameCluster, km: r.km, samePhase: r.samePhase })),
    })),
    // The trust ("csi-support:view" everywhere) reads every agreement in full.
    agreements: agreements.map((a) => ({ ...a, full: true })),
  };
}
