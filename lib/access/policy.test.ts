import { describe, expect, it } from "vitest";
import type { Role } from "@/lib/db/generated/enums";
import { aggregateSchools, can, ledCommunities, staffRecordSchools, visibleSchools, whereSchoolIn, type Viewer } from "./policy";

const OWN = "00000000-0000-4000-8000-000000000001";
const OTHER = "00000000-0000-4000-8000-000000000002";
const COMMUNITY = "00000000-0000-4000-8000-0000000000c1";
const OTHER_COMMUNITY = "00000000-0000-4000-8000-0000000000c2";

function viewer(...roles: [Role, { schoolId?: string; communityId?: string }?][]): Viewer {
  return {
    userId: "u",
    trustId: "t",
    name: "Test",
    email: "t@example.org",
    staff: { id: "s", schoolId: OWN },
    roles: roles.map(([role, scope], i) => ({ id: `r${i}`, role, schoolId: scope?.schoolId ?? null, communityId: scope?.communityId ?? null })),
  };
}

const staff = viewer(["STAFF"]);
const senior = viewer(["STAFF"], ["SENIOR_LEADER", { schoolId: OWN }]);
const head = viewer(["STAFF"], ["HEADTEACHER", { schoolId: OWN }]);
const leader = viewer(["STAFF"], ["NETWORK_LEADER", { communityId: COMMUNITY }]);
const governor = { ...viewer(["LOCAL_GOVERNOR", { schoolId: OTHER }]), staff: null };
const trustee = { ...viewer(["TRUSTEE"]), staff: null };
const admin = { ...viewer(["TRUST_ADMIN"]), staff: null };

// Expected answers for [own school, other school] per role and action (DESIGN.md's table).
const table: [string, Viewer, Record<string, [boolean, boolean]>][] = [
  ["staff", staff, { "school:view": [true, false], "school:aggregates": [false, false], "staff:view": [false, false], "activity:verify": [false, false] }],
  ["senior leader", senior, { "school:view": [true, false], "school:aggregates": [true, false], "staff:view": [true, false], "activity:verify": [true, false] }],
  ["headteacher", head, { "school:view": [true, false], "school:aggregates": [true, false], "staff:view": [true, false], "activity:verify": [true, false] }],
  ["network leader", leader, { "school:view": [true, false], "school:aggregates": [false, false], "staff:view": [false, false], "activity:verify": [false, false] }],
  ["local governor (of OTHER)", governor, { "school:view": [false, true], "school:aggregates": [false, true], "staff:view": [false, false], "activity:verify": [false, false] }],
  ["trustee", trustee, { "school:view": [true, true], "school:aggregates": [true, true], "staff:view": [false, false], "activity:verify": [false, false] }],
  ["trust admin", admin, { "school:view": [true, true], "school:aggregates": [true, true], "staff:view": [true, true], "activity:verify": [true, true] }],
];

describe("can: every role × school scope", () => {
  for (const [name, v, expectations] of table) {
    for (const [action, [own, other]] of Object.entries(expectations)) {
      it(`${name}: ${action} own=${own} other=${other}`, () => {
        expect(can(v, action as Parameters<typeof can>[1], { schoolId: OWN })).toBe(own);
        expect(can(v, action as Parameters<typeof can>[1], { schoolId: OTHER })).toBe(other);
      });
    }
    it(`${name}: nothing for a missing school id`, () => {
      expect(can(v, "school:view", { schoolId: null })).toBe(false);
      expect(can(v, "staff:view", {})).toBe(false);
    });
  }
});

describe("communities", () => {
  it("only the community's leader (and trust admin) may manage it", () => {
    expect(can(leader, "community:manage", { communityId: COMMUNITY })).toBe(true);
    expect(can(leader, "community:manage", { communityId: OTHER_COMMUNITY })).toBe(false);
    for (const v of [staff, senior, head, governor, trustee]) expect(can(v, "community:manage", { communityId: COMMUNITY })).toBe(false);
    expect(can(admin, "community:manage", { communityId: OTHER_COMMUNITY })).toBe(true);
    expect(ledCommunities(leader)).toEqual([COMMUNITY]);
  });
});

describe("trust administration", () => {
  it("is for trust admins only", () => {
    expect([staff, senior, head, leader, governor, trustee].map((v) => can(v, "trust:admin"))).toEqual([false, false, false, false, false, false]);
    expect(can(admin, "trust:admin")).toBe(true);
  });
});

describe("scopes", () => {
  it("governors and trustees never get named staff records", () => {
    expect(staffRecordSchools(governor)).toEqual([]);
    expect(staffRecordSchools(trustee)).toEqual([]);
    expect(aggregateSchools(trustee)).toBe("all");
  });

  it("a person with several roles gets the union of their scopes", () => {
    const multi = viewer(["STAFF"], ["NETWORK_LEADER", { communityId: COMMUNITY }], ["LOCAL_GOVERNOR", { schoolId: OTHER }]);
    expect(visibleSchools(multi)).toEqual(expect.arrayContaining([OWN, OTHER]));
    expect(staffRecordSchools(multi)).toEqual([]);
    expect(aggregateSchools(multi)).toEqual([OTHER]);
  });

  it("whereSchoolIn never yields an undefined filter", () => {
    expect(whereSchoolIn("all")).toEqual({});
    expect(whereSchoolIn([])).toEqual({ schoolId: { in: [] } });
    expect(whereSchoolIn([OWN], "id")).toEqual({ id: { in: [OWN] } });
  });
});
