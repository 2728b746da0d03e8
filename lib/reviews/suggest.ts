// Ranking rules of the CSI programme, pure so they are unit-tested and run for a whole cycle at once.

export type SchoolFacts = {
  id: string;
  name: string;
  clusterId: string | null;
  phase: string;
  improvementCapacity: string;
  latitude: number | null;
  longitude: number | null;
};
export type Reviewer = { userId: string; name: string; schoolIds: string[] };

/** A head never reviews their own school; nobody leads more than the cycle's maximum. */
export function reviewerRefusal(reviewer: Reviewer, schoolId: string, load: number, max: number): string | null {
  if (reviewer.schoolIds.includes(schoolId)) return "A head cannot review their own school.";
  if (load >= max) return `This reviewer already has ${load} reviews in the cycle, its maximum.`;
  return null;
}

/**
 * Reviewers for a school, best first: heads of schools in another cluster first (a fresh pair of
 * eyes), then heads of capacity-giving schools, then the same phase, then the least loaded.
 */
export function rankReviewers(school: SchoolFacts, reviewers: Reviewer[], schools: Map<string, SchoolFacts>, load: Map<string, number>, max: number) {
  const scored = reviewers
    .filter((r) => !reviewerRefusal(r, school.id, load.get(r.userId) ?? 0, max))
    .map((r) => {
      const home = r.schoolIds.map((id) => schools.get(id)).find(Boolean);
      return {
        reviewer: r,
        home,
        otherCluster: home ? home.clusterId !== school.clusterId : true,
        giver: home?.improvementCapacity === "CAPACITY_GIVER",
        samePhase: home?.phase === school.phase,
        load: load.get(r.userId) ?? 0,
      };
    });
  const bit = (b: boolean) => (b ? 0 : 1);
  return scored.sort(
    (a, b) =>
      bit(a.otherCluster) - bit(b.otherCluster) || bit(a.giver) - bit(b.giver) || bit(a.samePhase) - bit(b.samePhase) || a.load - b.load || a.reviewer.name.localeCompare(b.reviewer.name),
  );
}

/** Suggestions for every school of a cycle, with loads growing as each pick is taken, so no reviewer is suggested past the maximum. */
export function suggestForCycle(targets: SchoolFacts[], reviewers: Reviewer[], schools: Map<string, SchoolFacts>, load: Map<string, number>, max: number, perSchool = 3) {
  const running = new Map(load);
  const out = new Map<string, ReturnType<typeof rankReviewers>>();
  for (const school of targets) {
    const ranked = rankReviewers(school, reviewers, schools, running, max).slice(0, perSchool);
    out.set(school.id, ranked);
    const first = ranked[0];
    if (first) running.set(first.reviewer.userId, (running.get(first.reviewer.userId) ?? 0) + 1);
  }
  return out;
}

/** Great-circle distance in km. */
export function distanceKm(a: SchoolFacts, b: SchoolFacts): number | null {
  if (a.latitude === null || a.longitude === null || b.latitude === null || b.longitude === null) return null;
  const rad = (d: number) => (d * Math.PI) / 180;
  const dLat = rad(b.latitude - a.latitude);
  const dLon = rad(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** Capacity givers for a school needing support: same cluster first, then nearest, then same phase. */
export function rankGivers(receiver: SchoolFacts, givers: SchoolFacts[]) {
  return givers
    .filter((g) => g.id !== receiver.id)
    .map((g) => ({ giver: g, sameCluster: g.clusterId === receiver.clusterId, km: distanceKm(receiver, g), samePhase: g.phase === receiver.phase }))
    .sort(
      (a, b) =>
        Number(b.sameCluster) - Number(a.sameCluster) ||
        (a.km ?? Number.POSITIVE_INFINITY) - (b.km ?? Number.POSITIVE_INFINITY) ||
        Number(b.samePhase) - Number(a.samePhase) ||
        a.giver.name.localeCompare(b.giver.name),
    );
}
