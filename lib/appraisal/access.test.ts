// The performance development where-builders: the trust pinned, no filter dropped for a viewer without a
// staff record, the line manager's branch for objectives only, the reviewee never reaching their pay.
import { describe, expect, it } from "vitest";
import type { Role } from "@/lib/db/generated/enums";
import type { Viewer } from "@/lib/access/policy";
import { NOBODY } from "@/lib/access/where";
import { payVisibleTo, planVisibleTo } from "./access";

const TRUST = "00000000-0000-4000-8000-00000000000a";
const SCHOOL = "00000000-0000-4000-8000-000000000001";
const ME = "00000000-0000-4000-8000-000000000051";
const USER = "00000000-0000-4000-8000-0000000000aa";
const viewer = (staff: boolean, ...roles: [Role, string?][]): Viewer => ({
  userId: USER, trustId: TRUST, name: "T", email: "t@example.org", staff: staff ? { id: ME, schoolId: SCHOOL } : null,
  roles: roles.map(([role, schoolId], i) => ({ id: `r${i}`, role, schoolId: schoolId ?? null, communityId: null })),
});

describe("performance development where-builders", () => {
  it("gives a head their school's plans but not the trust admin anyone's, and the line manager objectives only", () => {
    expect(planVisibleTo(viewer(true, ["STAFF"], ["HEADTEACHER", SCHOOL])).OR).toContainEqual({ isHead: false, schoolId: { in: [SCHOOL] } });
    expect(planVisibleTo(viewer(false, ["TRUST_ADMIN"]))).toEqual({
      trustId: TRUST,
      OR: [{ staffMemberId: NOBODY }, { reviewerId: USER }, { panel: { some: { userId: USER } } }, { isHead: false, schoolId: { in: [] } }, { staffMember: { lineManagerId: NOBODY } }],
    });
    expect(planVisibleTo(viewer(true, ["STAFF"]), "reviews").OR).not.toContainEqual({ staffMember: { lineManagerId: ME } });
    expect(planVisibleTo(viewer(true, ["STAFF"])).OR).toContainEqual({ staffMember: { lineManagerId: ME } });
  });

  it("never lets the reviewee reach their own pay recommendation", () => {
    expect(payVisibleTo(viewer(false, ["TRUST_ADMIN"]))).toEqual({ trustId: TRUST, plan: { staffMemberId: { not: NOBODY } } });
    expect(payVisibleTo(viewer(true, ["STAFF"], ["HEADTEACHER", SCHOOL]))).toEqual({
      trustId: TRUST, plan: { staffMemberId: { not: ME }, OR: [{ reviewerId: USER }, { isHead: false, schoolId: { in: [SCHOOL] } }] },
    });
  });
});
