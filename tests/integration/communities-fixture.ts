// A small trust with its communities seeded, and helpers shared by the communities tests.
import { expect } from "vitest";
import { db } from "@/lib/db/client";
import { seedCommunities } from "@/prisma/seed/communities";
import { demoCommunity } from "@/prisma/seed/demo";
import { seedSmallTrust } from "../support/fixtures";

export async function seedCommunityTrust() {
  const trust = await seedSmallTrust();
  await seedCommunities(db(), trust.built, { scale: 1 });
  return {
    ...trust,
    english: demoCommunity("English Subject Community").id,
    maths: demoCommunity("Trust Mathematics Community").id,
    science: demoCommunity("Science Community").id,
    sdg: demoCommunity("Curriculum Strategic Development Group").id,
  };
}

export const notFound = expect.objectContaining({ digest: expect.stringContaining("404") });
export const notFoundResult = { ok: false, message: "That record was not found.", fieldErrors: {} };

/** Current staff of the trust who are not yet members of a community. */
export async function nonMembers(communityId: string, take = 3) {
  return db().staffMember.findMany({
    where: { leaveDate: null, memberships: { none: { communityId } } },
    orderBy: { id: "asc" },
    take,
    select: { id: true, schoolId: true, userId: true },
  });
}
