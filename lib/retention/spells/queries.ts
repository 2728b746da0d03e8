import "server-only";
// The employment spells retention insight counts (decision 031): one row per staff record that was on
// the staff in the window, with where they worked on each year's first and last day (a secondment or
// swap at the host, a transfer from its date: lib/people/employment, decision 017) and their induction.
import { db, Prisma } from "@/lib/db/client";
import { worksAtSql } from "@/lib/people/employment/queries";
import type { Spell, YearSpan } from "../figures";

type Row = Omit<Spell, "at"> & { atStart: (string | null)[]; atEnd: (string | null)[] };

const atEach = (days: Date[], trustId: string) =>
  Prisma.sql`ARRAY[${Prisma.join(
    days.map((d) => Prisma.sql`CASE WHEN s."startDate" <= ${d}::date AND (s."leaveDate" IS NULL OR s."leaveDate" > ${d}::date) THEN (${worksAtSql("s", d, trustId)})::text END`),
  )}]::text[]`;

/**
 * Every spell of the trust on the staff since `from` (and started by `today`). A person is their work
 * email: the trust's sign-in name, unique in the trust, so spells of someone who rejoined under it join up.
 */
export async function loadSpells(trustId: string, spans: YearSpan[], from: Date, today: Date): Promise<Spell[]> {
  const rows = await db().$queryRaw<Row[]>`
    SELECT lower(s.email) AS person, s."startDate" AS start, s."leaveDate" AS leave, s."leaveReason"::text AS reason,
      s.category::text AS category, s."careerStage"::text AS stage, s."schoolId"::text AS home,
      ${atEach(spans.map((y) => y.start), trustId)} AS "atStart", ${atEach(spans.map((y) => y.last), trustId)} AS "atEnd",
      i."startDate" AS "inductionStart",
      CASE WHEN i.id IS NULL THEN NULL ELSE (${worksAtSql("s", Prisma.sql`i."startDate"`, trustId)})::text END AS "inductionSchool"
    FROM "StaffMember" s LEFT JOIN "EarlyCareerInduction" i ON i."staffMemberId" = s.id AND i."trustId" = ${trustId}::uuid
    WHERE s."trustId" = ${trustId}::uuid AND s."startDate" <= ${today}::date AND (s."leaveDate" IS NULL OR s."leaveDate" >= ${from}::date)`;
  return rows.map(({ atStart, atEnd, ...r }) => ({ ...r, at: { start: atStart, end: atEnd } }));
}
