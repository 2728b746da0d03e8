import { describe, expect, it } from "vitest";
import type { Role } from "@/lib/db/generated/enums";
import type { Viewer } from "@/lib/auth/policy";
import { canManageActions, canWriteReview, reviewVisibleTo, seesBoard, seesEvidence } from "./access";

const OWN = "00000000-0000-4000-8000-000000000001";
const OTHER = "00000000-0000-4000-8000-000000000002";
const viewer = (role: Role, schoolId: string | null = OWN): Viewer => ({
  userId: "me", trustId: "t", name: "T", email: "t@example.org", staff: { id: "s", schoolId: OWN },
  roles: [{ id: "r", role, schoolId, communityId: null }],
});

describe("CSI access rules", () => {
  it("a head sees published reviews of their school and what they review, never another draft", () => {
    expect(reviewVisibleTo(viewer("HEADTEACHER"))).toEqual({
      trustId: "t",
      OR: [{ leadReviewerId: "me" }, { team: { some: { userId: "me" } } }, { status: "PUBLISHED", schoolId: { in: [OWN] } }],
    });
  });
  it("the trust admin sees every review of the trust; a teacher only what they review", () => {
    expect(reviewVisibleTo(viewer("TRUST_ADMIN", null))).toEqual({ trustId: "t" });
    expect(reviewVisibleTo(viewer("STAFF", null))).toMatchObject({ OR: expect.arrayContaining([{ status: "PUBLISHED", schoolId: { in: [] } }]) });
  });
  it("evidence notes: the school's leaders, reviewers and the trust; never governors or trustees", () => {
    const review = { schoolId: OWN, leadReviewerId: "someone", teamUserIds: [] };
    expect(seesEvidence(viewer("HEADTEACHER"), review)).toBe(true);
    expect(seesEvidence(viewer("SENIOR_LEADER"), review)).toBe(true);
    expect(seesEvidence(viewer("LOCAL_GOVERNOR"), review)).toBe(false);
    expect(seesEvidence(viewer("TRUSTEE", null), review)).toBe(false);
    expect(seesEvidence(viewer("HEADTEACHER", OTHER), { ...review, leadReviewerId: "me" })).toBe(true);
  });
  it("only the lead reviewer writes, and only a draft", () => {
    expect(canWriteReview(viewer("HEADTEACHER"), { leadReviewerId: "me", status: "DRAFT" })).toBe(true);
    expect(canWriteReview(viewer("HEADTEACHER"), { leadReviewerId: "me", status: "SUBMITTED" })).toBe(false);
    expect(canWriteReview(viewer("HEADTEACHER"), { leadReviewerId: "other", status: "DRAFT" })).toBe(false);
  });
  it("a head manages their own school's actions only; the board is for the trust and trustees", () => {
    expect(canManageActions(viewer("HEADTEACHER"), OWN)).toBe(true);
    expect(canManageActions(viewer("HEADTEACHER"), OTHER)).toBe(false);
    expect(canManageActions(viewer("SENIOR_LEADER"), OWN)).toBe(false);
    expect(canManageActions(viewer("LOCAL_GOVERNOR"), OWN)).toBe(false);
    expect(seesBoard(viewer("TRUSTEE", null))).toBe(true);
    expect(seesBoard(viewer("HEADTEACHER"))).toBe(false);
  });
});
