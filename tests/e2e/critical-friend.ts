// A critical friend with no role in the portal (an external partner given a sign-in): the friend of
// the demo teacher's school, leading a draft visit of it in the trust's latest review cycle.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { hashPassword } from "../../lib/account/password";
import { DEMO_EMAILS, demoEmail } from "../../prisma/seed/demo";
import { londonIsoDay } from "../support/days";
import { e2eDatabaseUrl } from "./server";

export const CRITICAL_FRIEND_PASSWORD = "e2e-critical-friend-2026";

export async function createCriticalFriend(): Promise<{ email: string; schoolName: string }> {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    await client.query("BEGIN");
    const { rows: [school] } = await client.query<{ trustId: string; schoolId: string; name: string }>(
      `SELECT s."trustId", s."schoolId", sc.name FROM "StaffMember" s JOIN "User" u ON u.id = s."userId" JOIN "School" sc ON sc.id = s."schoolId" WHERE u.email = $1`,
      [DEMO_EMAILS.teacher],
    );
    const { rows: [cycle] } = await client.query<{ id: string }>(`SELECT id FROM "ReviewCycle" WHERE "trustId" = $1 ORDER BY "opensOn" DESC LIMIT 1`, [school!.trustId]);
    if (!school || !cycle) throw new Error("The e2e database has no demo school or review cycle: did the seed run?");
    const userId = randomUUID();
    const email = demoEmail(`e2e.friend.${userId.slice(0, 8)}`);
    await client.query(`INSERT INTO "User" (id, "trustId", email, name, "passwordHash") VALUES ($1, $2, $3, $4, $5)`, [userId, school.trustId, email, "Fenella Friend", await hashPassword(CRITICAL_FRIEND_PASSWORD)]);
    await client.query(
      `INSERT INTO "CriticalFriend" (id, "trustId", "schoolId", kind, "userId", name, organisation, "startsOn") VALUES ($1, $2, $3, 'EXTERNAL_PARTNER', $4, 'Fenella Friend', 'Partner Education Ltd', $5)`,
      [randomUUID(), school.trustId, school.schoolId, userId, londonIsoDay()],
    );
    await client.query(
      `INSERT INTO "SchoolReview" (id, "trustId", "cycleId", "schoolId", kind, "leadReviewerId", "visitDate", "updatedAt") VALUES ($1, $2, $3, $4, 'CRITICAL_FRIEND_VISIT', $5, $6, now())`,
      [randomUUID(), school.trustId, cycle.id, school.schoolId, userId, londonIsoDay(7)],
    );
    await client.query("COMMIT");
    return { email, schoolName: school.name };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}
