// The computed governance metrics, worked out per school for one academic year from the portal's own
// records, as of the year's last day (or today, for the current year). One SQL statement; every table
// it reads repeats the trust filter (decision 011). No "server-only": the seed runs it under plain tsx.
import type { Db, Tx } from "@/lib/db/client";
import { isoDay } from "@/lib/dates";

type ComputedValue = { schoolId: string; key: string; value: number };

type Row = {
  schoolId: string;
  fte: string | null;
  minutes: string | null;
  due: bigint | null;
  ok: bigint | null;
  leavers: bigint | null;
  atStart: bigint | null;
  atEnd: bigint | null;
  ects: bigint | null;
  onTrack: bigint | null;
  headcount: bigint | null;
  members: bigint | null;
  open: bigint | null;
  overdue: bigint | null;
  npq: bigint | null;
};

const SQL = `
WITH p AS (SELECT $2::date AS s, $3::date AS e, $4::date AS asof),
cur AS (
  SELECT sm.id, sm."schoolId", sm.fte, sm.category FROM "StaffMember" sm, p
  WHERE sm."trustId" = $1::uuid AND sm."startDate" <= p.asof AND (sm."leaveDate" IS NULL OR sm."leaveDate" > p.asof)),
staff AS (SELECT "schoolId", sum(fte) AS fte, count(*) AS headcount FROM cur GROUP BY 1),
cpd AS (
  SELECT a."schoolId", sum(a.minutes) AS minutes FROM "CpdActivity" a, p
  WHERE a."trustId" = $1::uuid AND a.status = 'VERIFIED' AND a."startDate" >= p.s AND a."startDate" < p.e GROUP BY 1),
pairs AS (
  SELECT c."schoolId", c.id AS staff, r.id AS req FROM cur c
  JOIN "TrainingRequirement" r ON r."trustId" = $1::uuid AND r.active
    AND (cardinality(r.categories) = 0 OR c.category = ANY (r.categories))
    AND (r.designation IS NULL OR EXISTS (
      SELECT 1 FROM "StaffDesignation" d WHERE d."trustId" = $1::uuid AND d."staffMemberId" = c.id AND d.designation = r.designation))),
compliance AS (
  SELECT x."schoolId", count(*) AS due, count(*) FILTER (WHERE EXISTS (
    SELECT 1 FROM "TrainingCompletion" t, p
    WHERE t."trustId" = $1::uuid AND t."staffMemberId" = x.staff AND t."requirementId" = x.req AND t."completedOn" <= p.asof AND t."expiresOn" > p.asof)) AS ok
  FROM pairs x GROUP BY 1),
turnover AS (
  SELECT sm."schoolId",
    count(*) FILTER (WHERE sm."leaveDate" >= p.s AND sm."leaveDate" <= p.asof) AS leavers,
    count(*) FILTER (WHERE sm."startDate" <= p.s AND (sm."leaveDate" IS NULL OR sm."leaveDate" > p.s)) AS at_start,
    count(*) FILTER (WHERE sm."startDate" <= p.asof AND (sm."leaveDate" IS NULL OR sm."leaveDate" > p.asof)) AS at_end
  FROM "StaffMember" sm, p WHERE sm."trustId" = $1::uuid GROUP BY 1),
ect AS (
  SELECT sm."schoolId", count(*) AS ects,
    count(*) FILTER (WHERE coalesce(last.outcome::text, 'ON_TRACK') IN ('ON_TRACK', 'SATISFACTORY')) AS on_track
  FROM p
  JOIN "EarlyCareerInduction" i ON i."trustId" = $1::uuid AND i."startDate" <= p.asof AND (i."completedOn" IS NULL OR i."completedOn" >= p.s)
  JOIN "StaffMember" sm ON sm.id = i."staffMemberId" AND sm."trustId" = $1::uuid
  LEFT JOIN LATERAL (
    SELECT r.outcome FROM "InductionReview" r
    WHERE r."trustId" = $1::uuid AND r."inductionId" = i.id AND r."heldOn" <= p.asof AND r.outcome IS NOT NULL
    ORDER BY r."heldOn" DESC LIMIT 1) last ON true
  GROUP BY 1),
community AS (
  SELECT c."schoolId", count(*) FILTER (WHERE EXISTS (
    SELECT 1 FROM "Membership" m WHERE m."trustId" = $1::uuid AND m."staffMemberId" = c.id AND m."joinedAt" < p.asof + 1)) AS members
  FROM cur c, p GROUP BY 1),
actions AS (
  SELECT a."schoolId", count(*) AS open, count(*) FILTER (WHERE a."dueOn" < p.asof) AS overdue
  FROM "ReviewAction" a, p
  WHERE a."trustId" = $1::uuid AND a."createdAt" < p.asof + 1
    AND NOT (a.status = 'DONE' AND coalesce(a."completedAt", a."createdAt") < p.asof + 1)
  GROUP BY 1),
npq AS (
  SELECT c."schoolId", count(DISTINCT q."staffMemberId") AS npq FROM cur c, p
  JOIN "Qualification" q ON q."trustId" = $1::uuid AND q.kind::text LIKE 'NPQ%' AND q.status <> 'PLANNED'
  WHERE q."staffMemberId" = c.id AND (q."startDate" IS NULL OR q."startDate" <= p.asof) AND (q."completedOn" IS NULL OR q."completedOn" > p.asof)
  GROUP BY 1)
SELECT s.id AS "schoolId", staff.fte::text AS fte, cpd.minutes::text AS minutes, compliance.due, compliance.ok,
  turnover.leavers, turnover.at_start AS "atStart", turnover.at_end AS "atEnd", ect.ects, ect.on_track AS "onTrack",
  staff.headcount, community.members, coalesce(actions.open, 0) AS open, coalesce(actions.overdue, 0) AS overdue, coalesce(npq.npq, 0) AS npq
FROM "School" s
LEFT JOIN staff ON staff."schoolId" = s.id
LEFT JOIN cpd ON cpd."schoolId" = s.id
LEFT JOIN compliance ON compliance."schoolId" = s.id
LEFT JOIN turnover ON turnover."schoolId" = s.id
LEFT JOIN ect ON ect."schoolId" = s.id
LEFT JOIN community ON community."schoolId" = s.id
LEFT JOIN actions ON actions."schoolId" = s.id
LEFT JOIN npq ON npq."schoolId" = s.id
WHERE s."trustId" = $1::uuid`;

const pct = (part: bigint | null, whole: bigint | null) => (whole && Number(whole) > 0 ? (Number(part ?? 0) / Number(whole)) * 100 : null);
const r4 = (n: number) => Math.round(n * 10_000) / 10_000;

/** Every school's computed values for the academic year starting in `startYear` (none where a figure has no denominator). */
export async function computeYear(db: Db | Tx, trustId: string, startYear: number, today: Date): Promise<ComputedValue[]> {
  const s = new Date(Date.UTC(startYear, 8, 1));
  const e = new Date(Date.UTC(startYear + 1, 8, 1));
  const lastDay = new Date(Date.UTC(startYear + 1, 7, 31));
  const asOf = today < lastDay ? today : lastDay;
  const rows = await db.$queryRawUnsafe<Row[]>(SQL, trustId, isoDay(s), isoDay(e), isoDay(asOf));
  const out: ComputedValue[] = [];
  for (const r of rows) {
    const fte = Number(r.fte ?? 0);
    const average = (Number(r.atStart ?? 0) + Number(r.atEnd ?? 0)) / 2;
    const values: Record<string, number | null> = {
      cpd_hours_per_fte: fte > 0 ? Number(r.minutes ?? 0) / 60 / fte : null,
      training_compliance: pct(r.ok, r.due),
      staff_turnover: average > 0 ? (Number(r.leavers ?? 0) / average) * 100 : null,
      ect_on_track: pct(r.onTrack, r.ects),
      community_participation: pct(r.members, r.headcount),
      open_review_actions: Number(r.open ?? 0),
      overdue_review_actions: Number(r.overdue ?? 0),
      npq_in_progress: Number(r.npq ?? 0),
    };
    for (const [key, value] of Object.entries(values)) if (value !== null) out.push({ schoolId: r.schoolId, key, value: r4(value) });
  }
  return out;
}
