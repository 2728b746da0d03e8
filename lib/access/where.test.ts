// The where-builders' shape, for every role: each pins the viewer's trust, none carries an undefined
// value (which Prisma would read as "no filter"), and none puts an empty object inside an OR (which
// Prisma reads as false). What they select in a real database is tests/integration/two-trusts.test.ts.
import { describe, expect, it } from "vitest";
import type { Role } from "@/lib/db/generated/enums";
import type { Viewer } from "./policy";
import * as communities from "@/lib/communities/access";
import * as cpd from "@/lib/cpd/access";
import * as org from "@/lib/org/access";
import * as people from "@/lib/people/access";
import * as reviews from "@/lib/reviews/access";
import * as storage from "@/lib/storage/access";
import * as where from "./where";

// The kernel's pieces and every domain's builders (lib/<domain>/access.ts), checked together.
const visibility = { ...where, ...org, ...people, ...cpd, ...communities, ...storage, ...reviews };

const TRUST = "00000000-0000-4000-8000-00000000000a";
const OWN = "00000000-0000-4000-8000-000000000001";
const COMMUNITY = "00000000-0000-4000-8000-0000000000c1";
const ME = "00000000-0000-4000-8000-000000000051";

function viewer(staff: boolean, ...roles: [Role, { schoolId?: string; communityId?: string }?][]): Viewer {
  return {
    userId: "00000000-0000-4000-8000-0000000000aa",
    trustId: TRUST,
    name: "Test",
    email: "t@example.org",
    staff: staff ? { id: ME, schoolId: OWN } : null,
    roles: roles.map(([role, scope], i) => ({ id: `r${i}`, role, schoolId: scope?.schoolId ?? null, communityId: scope?.communityId ?? null })),
  };
}

const ROLES: Record<string, Viewer> = {
  staff: viewer(true, ["STAFF"]),
  head: viewer(true, ["STAFF"], ["HEADTEACHER", { schoolId: OWN }]),
  networkLeader: viewer(true, ["STAFF"], ["NETWORK_LEADER", { communityId: COMMUNITY }]),
  governor: viewer(false, ["LOCAL_GOVERNOR", { schoolId: OWN }]),
  trustee: viewer(false, ["TRUSTEE"]),
  admin: viewer(false, ["TRUST_ADMIN"]),
};

const BUILDERS = {
  schoolVisibleTo: (v: Viewer) => visibility.schoolVisibleTo(v),
  schoolAggregatesVisibleTo: visibility.schoolAggregatesVisibleTo,
  staffVisibleTo: visibility.staffVisibleTo,
  ownedBy: visibility.ownedBy,
  activityReviewableBy: visibility.activityReviewableBy,
  activityVisibleTo: visibility.activityVisibleTo,
  communityVisibleTo: visibility.communityVisibleTo,
  meetingVisibleTo: visibility.meetingVisibleTo,
  fileVisibleTo: visibility.fileVisibleTo,
  reviewVisibleTo: visibility.reviewVisibleTo,
  reviewActionVisibleTo: visibility.reviewActionVisibleTo,
};

/** Every path in a where at which a value is undefined, or an OR holds an empty object. */
function faults(value: unknown, path = "where"): string[] {
  if (value === undefined) return [path];
  if (Array.isArray(value)) return value.flatMap((x, i) => faults(x, `${path}[${i}]`));
  if (value === null || typeof value !== "object") return [];
  const entries = Object.entries(value);
  const emptyInOr = path.endsWith("]") && path.includes(".OR[") && entries.length === 0 ? [`${path} (empty object in OR)`] : [];
  return [...emptyInOr, ...entries.flatMap(([k, x]) => faults(x, `${path}.${k}`))];
}

describe("where-builders", () => {
  for (const [name, build] of Object.entries(BUILDERS)) {
    for (const [role, v] of Object.entries(ROLES)) {
      it(`${name} · ${role}: pins the trust, with no undefined filter and no empty OR branch`, () => {
        const where = build(v) as Record<string, unknown>;
        expect(where.trustId).toBe(TRUST);
        expect(faults(where)).toEqual([]);
      });
    }
  }

  it("gives governors and trustees no communities, meetings or own records", () => {
    for (const v of [ROLES.governor!, ROLES.trustee!]) {
      expect(visibility.communityVisibleTo(v)).toEqual({ trustId: TRUST, OR: [] });
      expect(visibility.meetingVisibleTo(v)).toEqual({ trustId: TRUST, OR: [] });
      expect(visibility.ownedBy(v).staffMemberId).toBe(visibility.NOBODY);
    }
  });

  it("reviews: a head reads what they review and their school's published reviews, never a draft about it", () => {
    const me = ROLES.head!.userId;
    expect(visibility.reviewVisibleTo(ROLES.head!)).toEqual({
      trustId: TRUST,
      OR: [{ leadReviewerId: me }, { team: { some: { userId: me } } }, { status: "PUBLISHED", schoolId: { in: [OWN] } }],
    });
    expect(visibility.reviewVisibleTo(ROLES.admin!)).toEqual({ trustId: TRUST });
    expect(visibility.reviewVisibleTo(ROLES.trustee!).OR).toContainEqual({ status: "PUBLISHED" });
    expect(visibility.reviewVisibleTo(ROLES.staff!).OR).toContainEqual({ status: "PUBLISHED", schoolId: { in: [] } });
    expect(visibility.reviewActionVisibleTo(ROLES.governor!)).toEqual({ trustId: TRUST, schoolId: { in: [OWN] } });
    expect(visibility.reviewActionVisibleTo(ROLES.staff!)).toEqual({ trustId: TRUST, schoolId: { in: [] } });
  });

  it("lets a line manager read their current reports' CPD, and no one else's beyond their own and their schools'", () => {
    expect(visibility.activityVisibleTo(ROLES.staff!).OR).toEqual([{ staffMemberId: ME }, { schoolId: { in: [] } }, { staffMember: { lineManagerId: ME, leaveDate: null } }]);
    expect(visibility.activityVisibleTo(ROLES.governor!).OR).toContainEqual({ staffMember: { lineManagerId: visibility.NOBODY, leaveDate: null } });
  });

  it("gives the trust admin the whole trust, and a head their school", () => {
    expect(visibility.activityVisibleTo(ROLES.admin!)).toEqual({ trustId: TRUST });
    // Their school's staff, and anyone seconded or swapped to it today (decision 017).
    expect(visibility.staffVisibleTo(ROLES.head!)).toMatchObject({ trustId: TRUST, OR: [{ schoolId: { in: [OWN] } }, { placements: { some: { toSchoolId: { in: [OWN] } } } }] });
    expect(visibility.staffVisibleTo(ROLES.admin!)).toEqual({ trustId: TRUST });
    // Archived schools (no longer the trust's in GIAS) leave current lists.
    expect(visibility.schoolVisibleTo(ROLES.staff!)).toEqual({ trustId: TRUST, archivedAt: null, id: { in: [OWN] } });
  });
});
