import { describe, expect, it } from "vitest";
import { distanceKm, rankGivers, rankReviewers, reviewerRefusal, suggestForCycle, type Reviewer, type SchoolFacts } from "./suggest";

const school = (id: string, clusterId: string, phase = "PRIMARY", improvementCapacity = "STABLE", lat = 53.8, lon = -1.5): SchoolFacts => ({ id, name: id, clusterId, phase, improvementCapacity, latitude: lat, longitude: lon });
const schools = [
  school("target", "c1"),
  school("same-cluster", "c1", "PRIMARY", "CAPACITY_GIVER"),
  school("other-primary", "c2", "PRIMARY"),
  school("other-giver-secondary", "c2", "SECONDARY", "CAPACITY_GIVER"),
  school("other-giver-primary", "c2", "PRIMARY", "CAPACITY_GIVER"),
];
const byId = new Map(schools.map((s) => [s.id, s]));
const head = (schoolId: string): Reviewer => ({ userId: `head-${schoolId}`, name: `Head of ${schoolId}`, schoolIds: [schoolId] });
const reviewers = schools.map((s) => head(s.id));

describe("reviewer rules", () => {
  it("refuses a head reviewing their own school and anyone at the maximum", () => {
    expect(reviewerRefusal(head("target"), "target", 0, 2)).toMatch(/own school/);
    expect(reviewerRefusal(head("other-primary"), "target", 2, 2)).toMatch(/maximum/);
    expect(reviewerRefusal(head("other-primary"), "target", 1, 2)).toBeNull();
  });
  it("ranks other cluster first, then capacity givers, then same phase", () => {
    const ranked = rankReviewers(schools[0] as SchoolFacts, reviewers, byId, new Map(), 3).map((r) => r.reviewer.userId);
    expect(ranked).toEqual(["head-other-giver-primary", "head-other-giver-secondary", "head-other-primary", "head-same-cluster"]);
  });
  it("never suggests a reviewer past the maximum across a whole cycle", () => {
    const many = Array.from({ length: 6 }, (_, i) => school(`t${i}`, "c1"));
    const all = new Map([...byId, ...many.map((s) => [s.id, s] as const)]);
    const picks = suggestForCycle(many, [head("other-primary")], all, new Map(), 2, 1);
    expect([...picks.values()].filter((p) => p.length > 0)).toHaveLength(2);
  });
});

describe("capacity pairing", () => {
  it("puts the same cluster first, then the nearest", () => {
    const receiver = school("r", "c1", "PRIMARY", "NEEDS_SUPPORT", 53.8, -1.5);
    const near = school("near", "c2", "PRIMARY", "CAPACITY_GIVER", 53.81, -1.5);
    const far = school("far", "c2", "PRIMARY", "CAPACITY_GIVER", 54.5, -1.5);
    const sameCluster = school("same", "c1", "SECONDARY", "CAPACITY_GIVER", 54.9, -1.5);
    expect(rankGivers(receiver, [far, near, sameCluster]).map((r) => r.giver.id)).toEqual(["same", "near", "far"]);
    expect(distanceKm(receiver, near)).toBeCloseTo(1.11, 1);
  });
});
