// The permission table: generated from the registry, every permission × every role × every relation
// of the record to the viewer. The expected answers are written out here, by hand, from the roles
// table in docs/architecture.md: a permission added to the registry without a row here fails the first test.
import { describe, expect, it } from "vitest";
import type { Role } from "@/lib/db/generated/enums";
import { mayManageInduction, mayViewInduction } from "@/lib/inductions/access";
import { aggregateSchools, can, canAny, ledCommunities, PERMISSIONS, staffRecordSchools, visibleSchools, whereSchoolIn, type Permission, type Target, type Viewer } from "./policy";

const TRUST = "00000000-0000-4000-8000-00000000000a";
const OTHER_TRUST = "00000000-0000-4000-8000-00000000000b";
const SELF = "00000000-0000-4000-8000-000000000051";
const COLLEAGUE = "00000000-0000-4000-8000-000000000052";
const STRANGER = "00000000-0000-4000-8000-000000000053";
const FOREIGNER = "00000000-0000-4000-8000-000000000054";
const OWN_SCHOOL = "00000000-0000-4000-8000-000000000001";
const OTHER_SCHOOL = "00000000-0000-4000-8000-000000000002";
const FOREIGN_SCHOOL = "00000000-0000-4000-8000-000000000003";
const COMMUNITY = "00000000-0000-4000-8000-0000000000c1";
const OTHER_COMMUNITY = "00000000-0000-4000-8000-0000000000c2";
const FOREIGN_COMMUNITY = "00000000-0000-4000-8000-0000000000c3";
// Sign-ins, for records that belong to a person rather than a staff record (a review's lead reviewer).
const ME = "00000000-0000-4000-8000-0000000000e1";
const OTHER_USER = "00000000-0000-4000-8000-0000000000e2";
const FOREIGN_USER = "00000000-0000-4000-8000-0000000000e3";

/** The record asked about, by its relation to the viewer (who works at OWN_SCHOOL and is in COMMUNITY). */
const RELATIONS = {
  own: { trustId: TRUST, staffMemberId: SELF, userId: ME, schoolId: OWN_SCHOOL, communityId: COMMUNITY },
  sameSchool: { trustId: TRUST, staffMemberId: COLLEAGUE, userId: OTHER_USER, schoolId: OWN_SCHOOL, communityId: COMMUNITY },
  otherSchool: { trustId: TRUST, staffMemberId: STRANGER, userId: OTHER_USER, schoolId: OTHER_SCHOOL, communityId: COMMUNITY },
  otherCommunity: { trustId: TRUST, staffMemberId: STRANGER, userId: OTHER_USER, schoolId: OTHER_SCHOOL, communityId: OTHER_COMMUNITY },
  otherTrust: { trustId: OTHER_TRUST, staffMemberId: FOREIGNER, userId: FOREIGN_USER, schoolId: FOREIGN_SCHOOL, communityId: FOREIGN_COMMUNITY },
} satisfies Record<string, Target>;
type Relation = keyof typeof RELATIONS;

function viewer(staff: boolean, ...roles: [Role, { schoolId?: string; communityId?: string }?][]): Viewer {
  return {
    userId: ME,
    trustId: TRUST,
    name: "Test",
    email: "t@example.org",
    staff: staff ? { id: SELF, schoolId: OWN_SCHOOL } : null,
    roles: roles.map(([role, scope], i) => ({ id: `r${i}`, role, schoolId: scope?.schoolId ?? null, communityId: scope?.communityId ?? null })),
  };
}

const ROLES = {
  staff: viewer(true, ["STAFF"]),
  seniorLeader: viewer(true, ["STAFF"], ["SENIOR_LEADER", { schoolId: OWN_SCHOOL }]),
  headteacher: viewer(true, ["STAFF"], ["HEADTEACHER", { schoolId: OWN_SCHOOL }]),
  networkLeader: viewer(true, ["STAFF"], ["NETWORK_LEADER", { communityId: COMMUNITY }]),
  localGovernor: viewer(false, ["LOCAL_GOVERNOR", { schoolId: OWN_SCHOOL }]),
  trustee: viewer(false, ["TRUSTEE"]),
  trustAdmin: viewer(false, ["TRUST_ADMIN"]),
} satisfies Record<string, Viewer>;
type RoleName = keyof typeof ROLES;

// Shorthands: the relations allowed. A trust-wide permission ignores the record, within the trust.
const NONE: Relation[] = [];
const OWN: Relation[] = ["own"];
const SCHOOL: Relation[] = ["own", "sameSchool"];
const COMMUNITY_ONLY: Relation[] = ["own", "sameSchool", "otherSchool"];
const TRUST_WIDE: Relation[] = ["own", "sameSchool", "otherSchool", "otherCommunity"];

const leaders = { seniorLeader: SCHOOL, headteacher: SCHOOL, trustAdmin: TRUST_WIDE };
const adminOnly = { trustAdmin: TRUST_WIDE };
const staffOwn = { staff: OWN, seniorLeader: OWN, headteacher: OWN, networkLeader: OWN };
const everyoneOwn = { staff: OWN, seniorLeader: OWN, headteacher: OWN, networkLeader: OWN, localGovernor: OWN, trustee: OWN, trustAdmin: OWN };
const EXPECTED: Record<Permission, Partial<Record<RoleName, Relation[]>>> = {
  "school:view": { staff: SCHOOL, seniorLeader: SCHOOL, headteacher: SCHOOL, networkLeader: SCHOOL, localGovernor: SCHOOL, trustee: TRUST_WIDE, trustAdmin: TRUST_WIDE },
  "school:aggregates": { seniorLeader: SCHOOL, headteacher: SCHOOL, localGovernor: SCHOOL, trustee: TRUST_WIDE, trustAdmin: TRUST_WIDE },
  "staff:view": leaders,
  "staff:edit": leaders,
  "activity:view:own": { staff: OWN, seniorLeader: OWN, headteacher: OWN, networkLeader: OWN },
  "activity:edit:own": { staff: OWN, seniorLeader: OWN, headteacher: OWN, networkLeader: OWN },
  "activity:view:any": leaders,
  "activity:verify": leaders,
  "file:view:own": { staff: OWN, seniorLeader: OWN, headteacher: OWN, networkLeader: OWN },
  "community:view": { staff: TRUST_WIDE, seniorLeader: TRUST_WIDE, headteacher: TRUST_WIDE, networkLeader: TRUST_WIDE, trustAdmin: TRUST_WIDE },
  "community:manage": { networkLeader: COMMUNITY_ONLY, trustAdmin: TRUST_WIDE },
  "community:create": { trustAdmin: TRUST_WIDE },
  "trust:aggregates": { trustee: TRUST_WIDE, trustAdmin: TRUST_WIDE },
  "trust:admin": { trustAdmin: TRUST_WIDE },
  "jobs:manage": { trustAdmin: TRUST_WIDE },
  "metric:view": { seniorLeader: SCHOOL, headteacher: SCHOOL, localGovernor: SCHOOL, trustee: TRUST_WIDE, trustAdmin: TRUST_WIDE },
  "metric:edit": { trustAdmin: TRUST_WIDE },
  "metric:define": { trustAdmin: TRUST_WIDE },
  "visit:view": { seniorLeader: SCHOOL, headteacher: SCHOOL, localGovernor: SCHOOL, trustee: TRUST_WIDE, trustAdmin: TRUST_WIDE },
  "visit:record": { localGovernor: SCHOOL, trustee: TRUST_WIDE, trustAdmin: TRUST_WIDE },
  "governance:train": { localGovernor: TRUST_WIDE, trustee: TRUST_WIDE },
  "governance:oversee": { trustee: TRUST_WIDE, trustAdmin: TRUST_WIDE },
  "role:manage": { trustAdmin: TRUST_WIDE },
  "leader:appoint": { headteacher: SCHOOL, trustAdmin: TRUST_WIDE },
  // Every sign-in changes its own password and second factor, and sets up its own account from its link; nobody else's.
  "account:password:own": everyoneOwn,
  "account:mfa:own": everyoneOwn,
  "account:activate:own": everyoneOwn,
  "notification:read:own": everyoneOwn,
  "access-log:view:own": staffOwn,
  "access-log:search": adminOnly,
  "export:any": adminOnly,
  "export:own": staffOwn,
  "retention:manage": adminOnly,
  "erasure:any": adminOnly,
  "data-map:view": adminOnly,
  "staff:manage": { headteacher: SCHOOL, trustAdmin: TRUST_WIDE },
  "school:manage": { trustAdmin: TRUST_WIDE },
  "review:view": { seniorLeader: SCHOOL, headteacher: SCHOOL, localGovernor: SCHOOL, trustee: TRUST_WIDE, trustAdmin: TRUST_WIDE },
  "review:evidence": leaders,
  // Any sign-in may lead a review (critical friends need no staff record): the record's person decides.
  "review:write:own": everyoneOwn,
  "review:write:any": adminOnly,
  "review:assign": adminOnly,
  "review:publish": adminOnly,
  "review-action:manage": { headteacher: SCHOOL, trustAdmin: TRUST_WIDE },
  "csi-level:set": adminOnly,
  "csi-support:manage": adminOnly,
  // An agreement in full for the heads of the two schools (asked per school) and the trust; never governors or trustees.
  "csi-support:view": { headteacher: SCHOOL, trustAdmin: TRUST_WIDE },
  "csi-board:view": { trustee: TRUST_WIDE, trustAdmin: TRUST_WIDE },
  "induction:manage:any": { headteacher: SCHOOL, trustAdmin: TRUST_WIDE },
  "induction:manage:own": staffOwn,
  "induction:view:any": leaders,
  "induction:view:own": staffOwn,
  "priority:manage": leaders,
  "priority:view": { seniorLeader: SCHOOL, headteacher: SCHOOL, localGovernor: SCHOOL, trustee: TRUST_WIDE, trustAdmin: TRUST_WIDE },
  "priority:board": { trustee: TRUST_WIDE, trustAdmin: TRUST_WIDE },
  "mentor-meeting:log:own": staffOwn,
  "course:view": { staff: TRUST_WIDE, seniorLeader: TRUST_WIDE, headteacher: TRUST_WIDE, networkLeader: TRUST_WIDE, trustAdmin: TRUST_WIDE },
  "course:book:own": staffOwn,
  "course:publish": { headteacher: SCHOOL, trustAdmin: TRUST_WIDE },
  "network-course:publish": { networkLeader: COMMUNITY_ONLY, trustAdmin: TRUST_WIDE },
  "booking:approve": { headteacher: SCHOOL, trustAdmin: TRUST_WIDE },
  "programme:impact": adminOnly,
  "calendar:feed:own": staffOwn,
  // Coaching: heads and the trust admin set up and read pairings (never their content); the pair reads steps and notes.
  "coaching:manage": { headteacher: SCHOOL, trustAdmin: TRUST_WIDE },
  "coaching:view:any": { headteacher: SCHOOL, trustAdmin: TRUST_WIDE },
  "coaching:view:own": staffOwn,
  "coaching:coach:own": staffOwn,
  "coaching:numbers": { trustee: TRUST_WIDE, trustAdmin: TRUST_WIDE },
  // Drop-ins: leaders record; only the head of the school reads them all (not the trust admin, not governors or trustees).
  "dropin:record": leaders,
  "dropin:view:any": { headteacher: SCHOOL },
  "dropin:view:own": staffOwn,
  "dropin:visitor:own": everyoneOwn,
  "qualification:verify": { headteacher: SCHOOL, trustAdmin: TRUST_WIDE },
  "aspiration:edit:own": staffOwn,
  "aspiration:endorse": { headteacher: SCHOOL, trustAdmin: TRUST_WIDE },
  "succession:manage": { headteacher: SCHOOL, trustAdmin: TRUST_WIDE },
  "talent:view": { headteacher: SCHOOL, trustAdmin: TRUST_WIDE },
  // The plan's people by relation (the target's staff or user id); heads their school; the trust completion only.
  "appraisal:view:own": staffOwn,
  "appraisal:review:own": everyoneOwn,
  "appraisal-panel:view:own": everyoneOwn,
  "appraisal-reports:view:own": staffOwn,
  "appraisal:view:any": { headteacher: SCHOOL },
  "appraisal-pay:view": { headteacher: SCHOOL, trustAdmin: TRUST_WIDE },
  "appraisal-completion:view": { trustee: TRUST_WIDE, trustAdmin: TRUST_WIDE },
  "appraisal-cycle:set": adminOnly,
  "survey:answer:own": staffOwn,
  "survey:manage": { headteacher: SCHOOL, trustAdmin: TRUST_WIDE },
  "survey:results": { seniorLeader: SCHOOL, headteacher: SCHOOL, localGovernor: SCHOOL, trustAdmin: TRUST_WIDE },
  "survey:headline": { trustee: TRUST_WIDE, trustAdmin: TRUST_WIDE },
  "workload:propose": leaders,
  "workload:approve": { headteacher: SCHOOL, trustAdmin: TRUST_WIDE },
  "workload:view": { seniorLeader: SCHOOL, headteacher: SCHOOL, localGovernor: SCHOOL, trustee: TRUST_WIDE, trustAdmin: TRUST_WIDE },
  "workload:answer:own": staffOwn,
  "retention:view": { headteacher: SCHOOL, localGovernor: SCHOOL, trustee: TRUST_WIDE, trustAdmin: TRUST_WIDE },
  "retention-trust:view": { trustee: TRUST_WIDE, trustAdmin: TRUST_WIDE },
};

describe("the permission registry", () => {
  it("has an expected row for every permission, and a description and scope for each", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(Object.keys(PERMISSIONS).sort());
    for (const rule of Object.values(PERMISSIONS)) {
      expect(rule.description.length).toBeGreaterThan(10);
      expect(["own", "school", "community", "trust"]).toContain(rule.scope);
    }
  });

  it("names permissions as noun:verb, with own where the record must be the viewer's", () => {
    for (const [name, rule] of Object.entries(PERMISSIONS)) {
      expect(name).toMatch(/^[a-z]+(-[a-z]+)?:[a-z]+(:own|:any)?$/);
      expect(name.endsWith(":own")).toBe(rule.scope === "own");
    }
  });
});

describe("can: every permission × role × relation", () => {
  for (const permission of Object.keys(PERMISSIONS) as Permission[]) {
    for (const [role, v] of Object.entries(ROLES) as [RoleName, Viewer][]) {
      const allowed = EXPECTED[permission][role] ?? NONE;
      for (const relation of Object.keys(RELATIONS) as Relation[]) {
        const expected = allowed.includes(relation);
        it(`${permission} · ${role} · ${relation}: ${expected ? "allowed" : "refused"}`, () => {
          expect(can(v, permission, RELATIONS[relation])).toBe(expected);
        });
      }
      it(`${permission} · ${role}: canAny agrees with the table`, () => {
        expect(canAny(v, permission)).toBe(allowed.length > 0);
      });
    }
  }
});

describe("can: a record without the scope its permission asks", () => {
  it("is refused for every school-scoped permission and role, even the trust admin's (an id never defaults to all)", () => {
    const schoolScoped = (Object.keys(PERMISSIONS) as Permission[]).filter((p) => PERMISSIONS[p].scope === "school");
    expect(schoolScoped.length).toBeGreaterThan(0);
    for (const permission of schoolScoped) {
      for (const v of Object.values(ROLES)) expect([permission, can(v, permission, { schoolId: null })]).toEqual([permission, false]);
    }
  });
});

describe("scopes: the schools and communities a viewer reaches", () => {
  it("governors and trustees never get named staff records; trustees get every school's aggregates", () => {
    expect(staffRecordSchools(ROLES.localGovernor)).toEqual([]);
    expect(staffRecordSchools(ROLES.trustee)).toEqual([]);
    expect(aggregateSchools(ROLES.trustee)).toBe("all");
    expect(ledCommunities(ROLES.networkLeader)).toEqual([COMMUNITY]);
  });

  it("a person with several roles gets the union of their scopes, and each role's limits", () => {
    const multi = viewer(true, ["STAFF"], ["NETWORK_LEADER", { communityId: COMMUNITY }], ["LOCAL_GOVERNOR", { schoolId: OTHER_SCHOOL }]);
    expect(visibleSchools(multi)).toEqual(expect.arrayContaining([OWN_SCHOOL, OTHER_SCHOOL]));
    expect(staffRecordSchools(multi)).toEqual([]);
    expect(aggregateSchools(multi)).toEqual([OTHER_SCHOOL]);
    expect([can(multi, "school:aggregates", RELATIONS.own), can(multi, "school:aggregates", RELATIONS.otherSchool)]).toEqual([false, true]);
    expect([can(multi, "community:manage", RELATIONS.own), can(multi, "community:manage", RELATIONS.otherCommunity)]).toEqual([true, false]);
  });

  it("whereSchoolIn never yields an undefined filter", () => {
    expect(whereSchoolIn("all")).toEqual({});
    expect(whereSchoolIn([])).toEqual({ schoolId: { in: [] } });
    expect(whereSchoolIn([OWN_SCHOOL], "id")).toEqual({ id: { in: [OWN_SCHOOL] } });
  });
});

describe("can: a review's lead reviewer", () => {
  it("writes the review whatever their roles, with or without a staff record; nobody else writes it as their own", () => {
    const friend = viewer(false);
    expect(can(friend, "review:write:own", { userId: ME })).toBe(true);
    expect(can(ROLES.headteacher, "review:write:own", { userId: OTHER_USER })).toBe(false);
    expect(can(ROLES.headteacher, "review:write:own", {})).toBe(false);
    expect(can(ROLES.trustAdmin, "review:write:own", { userId: OTHER_USER })).toBe(false);
  });
  it("reads evidence of their own school as a head or senior leader, never as a governor or trustee", () => {
    expect(can(ROLES.headteacher, "review:evidence", { schoolId: OTHER_SCHOOL })).toBe(false);
    expect(can(ROLES.localGovernor, "review:evidence", { schoolId: OWN_SCHOOL })).toBe(false);
    expect(can(ROLES.trustee, "review:evidence", { schoolId: OWN_SCHOOL })).toBe(false);
  });
});

describe("an induction: its school's leaders, its ECT, mentor and tutor", () => {
  // The viewer (SELF, at OWN_SCHOOL) in each relation to an induction of a colleague or of another school's ECT.
  const induction = (over: { schoolId?: string; trustId?: string; staffMemberId?: string; mentorId?: string; inductionTutorId?: string } = {}) => ({
    trustId: TRUST, schoolId: OWN_SCHOOL, staffMemberId: COLLEAGUE, mentorId: STRANGER, inductionTutorId: STRANGER, ...over,
  });
  const CASES: [string, Viewer, ReturnType<typeof induction>, { view: boolean; manage: boolean }][] = [
    ["head, own school", ROLES.headteacher, induction(), { view: true, manage: true }],
    ["head, other school", ROLES.headteacher, induction({ schoolId: OTHER_SCHOOL }), { view: false, manage: false }],
    ["senior leader, own school", ROLES.seniorLeader, induction(), { view: true, manage: false }],
    ["senior leader, other school", ROLES.seniorLeader, induction({ schoolId: OTHER_SCHOOL }), { view: false, manage: false }],
    ["mentor", ROLES.staff, induction({ mentorId: SELF }), { view: true, manage: false }],
    ["induction tutor", ROLES.staff, induction({ inductionTutorId: SELF }), { view: true, manage: true }],
    ["induction tutor at another school", ROLES.staff, induction({ schoolId: OTHER_SCHOOL, inductionTutorId: SELF }), { view: true, manage: true }],
    ["the ECT", ROLES.staff, induction({ staffMemberId: SELF }), { view: true, manage: false }],
    ["another teacher", ROLES.staff, induction(), { view: false, manage: false }],
    ["network leader", ROLES.networkLeader, induction(), { view: false, manage: false }],
    ["local governor", ROLES.localGovernor, induction(), { view: false, manage: false }],
    ["trustee", ROLES.trustee, induction(), { view: false, manage: false }],
    ["trust admin", ROLES.trustAdmin, induction({ schoolId: OTHER_SCHOOL }), { view: true, manage: true }],
    ["trust admin, other trust", ROLES.trustAdmin, induction({ trustId: OTHER_TRUST, schoolId: FOREIGN_SCHOOL }), { view: false, manage: false }],
    ["its tutor, other trust", ROLES.staff, induction({ trustId: OTHER_TRUST, schoolId: FOREIGN_SCHOOL, inductionTutorId: SELF }), { view: false, manage: false }],
  ];
  for (const [name, v, target, expected] of CASES) {
    it(`${name}: ${expected.view ? "reads" : "does not read"} it, ${expected.manage ? "manages" : "does not manage"} it`, () => {
      expect({ view: mayViewInduction(v, target), manage: mayManageInduction(v, target) }).toEqual(expected);
    });
  }
});

describe("can: another trust", () => {
  it("is refused for every permission and role, even the trust admin's", () => {
    for (const permission of Object.keys(PERMISSIONS) as Permission[]) {
      for (const v of Object.values(ROLES)) expect(can(v, permission, { trustId: OTHER_TRUST })).toBe(false);
    }
  });
});
