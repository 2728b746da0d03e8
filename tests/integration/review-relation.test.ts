// Issue 15: a critical friend with no other role reaches the reviews they owe from a "Reviews" entry.
// The navigation asks hasReviewRelation for those whose roles do not read reviews.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { navigationFor } from "@/lib/shell/navigation";
import { loadViewer } from "@/lib/access/queries";
import type { Viewer } from "@/lib/access/policy";
import { db } from "@/lib/db/client";
import { hasReviewRelation, reviewsHome } from "@/lib/reviews/queries";
import { seedCsiTrust } from "./csi-fixture";

let t: Awaited<ReturnType<typeof seedCsiTrust>>;
const signIn = async (name: string) => {
  const user = await db().user.create({ data: { id: randomUUID(), trustId: t.built.trust.id, email: `${name.toLowerCase()}.${randomUUID().slice(0, 6)}@partner.example`, name } });
  return user.id;
};
const viewerOf = async (userId: string) => (await loadViewer(userId)) as Viewer;
const sections = async (v: Viewer) => navigationFor(v, { reviews: await hasReviewRelation(v) }).map((s) => s.label);

beforeAll(async () => {
  t = await seedCsiTrust();
});

describe("the Reviews entry of someone with no role", () => {
  it("a critical friend who leads a draft visit sees Home and Reviews, and the review among those they owe", async () => {
    const friend = await signIn("Fenella");
    await db().criticalFriend.create({ data: { trustId: t.built.trust.id, schoolId: t.headSchool, kind: "EXTERNAL_PARTNER", userId: friend, name: "Fenella", startsOn: new Date() } });
    const review = await db().schoolReview.create({ data: { trustId: t.built.trust.id, cycleId: t.cycle.id, schoolId: t.headSchool, kind: "CRITICAL_FRIEND_VISIT", leadReviewerId: friend } });
    const v = await viewerOf(friend);
    expect(v.roles).toEqual([]);
    expect(await sections(v)).toEqual(["Home", "Reviews"]);
    expect((await reviewsHome(v)).owed.map((r) => r.id)).toEqual([review.id]);
  });

  it("a critical friend with nothing to review yet still has the entry; a team member of a review too", async () => {
    const friend = await signIn("Farid");
    await db().criticalFriend.create({ data: { trustId: t.built.trust.id, schoolId: t.headSchool, kind: "TRUST_ADVISER", userId: friend, name: "Farid", startsOn: new Date() } });
    expect(await sections(await viewerOf(friend))).toEqual(["Home", "Reviews"]);

    const member = await signIn("Tamsin");
    const review = await db().schoolReview.create({ data: { trustId: t.built.trust.id, cycleId: t.cycle.id, schoolId: t.headSchool, kind: "CRITICAL_FRIEND_VISIT", leadReviewerId: t.headUser } });
    await db().reviewTeamMember.create({ data: { trustId: t.built.trust.id, reviewId: review.id, userId: member } });
    expect(await sections(await viewerOf(member))).toEqual(["Home", "Reviews"]);
  });

  it("someone with no role and no review has no Reviews entry", async () => {
    expect(await sections(await viewerOf(await signIn("Nobody")))).toEqual(["Home"]);
  });
});
