import "server-only";
// The employment spells retention insight counts (decision 031): one row per staff record on the staff
// since the window's start, with where they worked on each year's first and last day (a secondment or
// swap at the host, a transfer from its date: decision 017, ../placements.ts) and their induction.
import { db } from "@/lib/db/client";
import { onStaff, type Spell, type YearSpan } from "../figures";
import { workedAt, type Placement } from "../placements";

type Row = Omit<Spell, "at" | "start" | "leave" | "inductionStart"> & { id: string; start: number; leave: number | null; inductionStart: number | null };

const DAY = 86_400_000;
/** Days since 1970 from the statement: ten thousand rows of whole numbers cost the driver less than dates. */
const day = (days: number | null) => (days === null ? null : new Date(days * DAY));

/**
 * Every spell of the trust on the staff since `from` (and started by `today`). A person is their work
 * email: the trust's sign-in name, unique in the trust, so spells of someone who rejoined under it join up.
 */
export async function loadSpells(trustId: string, spans: YearSpan[], from: Date, today: Date): Promise<Spell[]> {
  const [rows, placements] = await Promise.all([
    db().$queryRaw<Row[]>`
      SELECT s.id, lower(s.email) AS person, s."startDate" - DATE '1970-01-01' AS start, s."leaveDate" - DATE '1970-01-01' AS leave, s."leaveReason"::text AS reason,
        s.category::text AS category, s."careerStage"::text AS stage, s."schoolId"::text AS home,
        i."startDate" - DATE '1970-01-01' AS "inductionStart", NULL AS "inductionSchool"
      FROM "StaffMember" s LEFT JOIN "EarlyCareerInduction" i ON i."staffMemberId" = s.id AND i."trustId" = ${trustId}::uuid
      WHERE s."trustId" = ${trustId}::uuid AND s."startDate" <= ${today}::date AND (s."leaveDate" IS NULL OR s."leaveDate" >= ${from}::date)`,
    db().staffPlacement.findMany({ where: { trustId }, select: { staffMemberId: true, kind: true, fromSchoolId: true, toSchoolId: true, startDate: true, endDate: true, createdAt: true } }),
  ]);
  const byStaff = new Map<string, Placement[]>();
  for (const p of placements) byStaff.set(p.staffMemberId, [...(byStaff.get(p.staffMemberId) ?? []), p]);
  return rows.map(({ id, ...row }) => {
    const r = { ...row, start: day(row.start)!, leave: day(row.leave), inductionStart: day(row.inductionStart) };
    const moves = byStaff.get(id) ?? [];
    const at = (d: Date) => (onStaff(r, d) ? workedAt(r.home, moves, d) : null);
    return {
      ...r,
      at: { start: spans.map((y) => at(y.start)), end: spans.map((y) => at(y.last)) },
      inductionSchool: r.inductionStart ? workedAt(r.home, moves, r.inductionStart) : null,
    };
  });
}
