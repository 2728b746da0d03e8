import { describe, expect, it } from "vitest";
import { hrefOf, predicate, type Names } from "./sentences";

const names: Names = {
  users: { u1: "Liam Brown" },
  staff: { s1: "Liam Brown" },
  activities: { a1: { title: "Oracy course", owner: "Liam Brown" } },
  communities: { c1: "English" },
  schools: { sc1: "Northbridge Primary" },
  clusters: { cl1: "North" },
};
const entry = (action: string, entity: string, entityId: string, after: unknown = null, before: unknown = null) => ({ action, entity, entityId, after, before });

describe("audit entries as sentences", () => {
  it("names the record and what was done to it", () => {
    expect(predicate(entry("cpd.return", "CpdActivity", "a1"), names)).toBe("returned 'Oracy course' of Liam Brown");
    expect(predicate(entry("role.grant", "User", "u1", { role: "HEADTEACHER", schoolId: "sc1" }), names)).toBe("made Liam Brown headteacher of Northbridge Primary");
    expect(predicate(entry("role.revoke", "User", "u1", null, { role: "SENIOR_LEADER", schoolId: null }), names)).toBe("removed Liam Brown's senior leader role");
    expect(predicate(entry("staff.leave", "StaffMember", "s1"), names)).toBe("recorded the leaving of Liam Brown");
    expect(predicate(entry("staff.transfer", "StaffMember", "s1", { schoolId: "sc1" }), names)).toBe("transferred Liam Brown for good to Northbridge Primary");
    expect(predicate(entry("staff.placement.end", "StaffMember", "s1", { kind: "SWAP" }), names)).toBe("ended the staff swap of Liam Brown early");
    expect(predicate(entry("staff.placement.cancel", "StaffMember", "s1", null, { kind: "SECONDMENT" }), names)).toBe("cancelled the secondment of Liam Brown before it began");
    const period = { schoolId: "sc1", startDate: "2026-01-05", endDate: "2026-07-17" };
    expect(predicate(entry("staff.second", "StaffMember", "s1", period), names)).toBe("seconded Liam Brown to Northbridge Primary from 5 Jan 2026 to 17 Jul 2026");
    expect(predicate(entry("staff.swap", "StaffMember", "s1", period), names)).toBe("recorded a staff swap: Liam Brown goes to Northbridge Primary from 5 Jan 2026 to 17 Jul 2026");
    expect(predicate(entry("school.move", "School", "sc1", { clusterId: "cl1" }), names)).toBe("moved Northbridge Primary to the cluster North");
    expect(predicate(entry("community.join", "Community", "c1"), names)).toBe("joined the community English");
    expect(predicate(entry("school.leave", "School", "sc1"), names)).toBe("archived Northbridge Primary, no longer listed under the trust in GIAS");
    expect(predicate(entry("cluster.create", "Cluster", "cl1"), names)).toBe("created the cluster North");
  });
  it("falls back to the record's kind for a record it cannot name, and links where a page exists", () => {
    expect(predicate(entry("review.publish", "SchoolReview", "r1"), names)).toBe("published a school review");
    expect(predicate(entry("odd.thing", "Mystery", "m1"), names)).toBe("did odd.thing to a record (Mystery)");
    expect(hrefOf(entry("cpd.return", "CpdActivity", "a1"))).toBe("/verification/a1");
    expect(hrefOf(entry("metric.enter", "MetricValue", "m1"))).toBeNull();
  });
});
