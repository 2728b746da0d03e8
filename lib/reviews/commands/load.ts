import "server-only";
// Lookups the CSI commands share, inside their transaction: each scoped to the viewer's trust, each
// refusing with notFound (never "forbidden") when out of scope.
import type { Viewer } from "@/lib/access/policy";
import type { Tx } from "@/lib/db/client";
import { trustSchool as orgTrustSchool } from "@/lib/org/schools";
import { reviewActionVisibleTo, reviewVisibleTo } from "../access";
import { notFoundError } from "@/lib/commands/errors";

/** One of the trust's schools (lib/org/schools.ts), with the CSI commands' wording. */
export const trustSchool = (tx: Tx, viewer: Viewer, schoolId: string, field = "schoolId") => orgTrustSchool(tx, viewer, schoolId, { field, message: "Choose a school of the trust." });

export async function trustCycle(tx: Tx, viewer: Viewer, cycleId: string) {
  const cycle = await tx.reviewCycle.findFirst({ where: { id: cycleId, trustId: viewer.trustId } });
  if (!cycle) throw notFoundError();
  return cycle;
}

/** The framework's areas and grades, for checking judgements against reference data. */
export async function frameworkOf(tx: Tx, viewer: Viewer, frameworkId: string) {
  const [areas, grades] = await Promise.all([
    tx.evaluationArea.findMany({ where: { frameworkId, trustId: viewer.trustId }, orderBy: { position: "asc" } }),
    tx.evaluationGrade.findMany({ where: { frameworkId, trustId: viewer.trustId }, orderBy: { rank: "asc" } }),
  ]);
  return { areas, grades };
}

/**
 * A review row the viewer may see (reviewVisibleTo), locked for the rest of the transaction, so two saves
 * or a save and a publish take turns; null when missing or out of scope (a command's `load`).
 */
export async function lockedReview(tx: Tx, viewer: Viewer, reviewId: string) {
  await tx.$executeRaw`SELECT 1 FROM "SchoolReview" WHERE id = ${reviewId}::uuid AND "trustId" = ${viewer.trustId}::uuid FOR UPDATE`;
  return tx.schoolReview.findFirst({
    where: { id: reviewId, ...reviewVisibleTo(viewer) },
    include: { cycle: true, school: { select: { id: true, name: true, hasEarlyYears: true, hasSixthForm: true } }, judgements: true },
  });
}

/** A review action the viewer may see (reviewActionVisibleTo); null when missing or out of scope. */
export function visibleAction(tx: Tx, viewer: Viewer, actionId: string) {
  return tx.reviewAction.findFirst({ where: { id: actionId, ...reviewActionVisibleTo(viewer) } });
}

/** How many reviews each user leads or joins in a cycle (the maximum counts both). */
export async function reviewerLoads(tx: Tx, viewer: Viewer, cycleId: string): Promise<Map<string, number>> {
  const rows = await tx.$queryRaw<{ userId: string; n: bigint }[]>`
    SELECT "userId", count(*) AS n FROM (
      SELECT "leadReviewerId" AS "userId" FROM "SchoolReview"
       WHERE "cycleId" = ${cycleId}::uuid AND "trustId" = ${viewer.trustId}::uuid AND "supersedesId" IS NULL
      UNION ALL
      SELECT t."userId" FROM "ReviewTeamMember" t JOIN "SchoolReview" r ON r.id = t."reviewId"
       WHERE r."cycleId" = ${cycleId}::uuid AND r."trustId" = ${viewer.trustId}::uuid AND r."supersedesId" IS NULL
    ) x GROUP BY "userId"`;
  return new Map(rows.map((r) => [r.userId, Number(r.n)]));
}
