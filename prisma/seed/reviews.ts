// The demo trust's CSI programme: two academic years of peer-review cycles whose pairings follow the
// rules (lib/reviews/suggest.ts), believable judgements, CSI levels, critical friends, actions (some
// overdue), two support agreements, the trust's holidays and a "Headteacher forum" every six weeks.
import type { Db, Tx } from "../../lib/db/client";
import { seriesStarts } from "../../lib/communities/series";
import { areaApplies } from "../../lib/reviews/rules";
import { rankGivers, suggestForCycle, type Reviewer, type SchoolFacts } from "../../lib/reviews/suggest";
import { addDays, startOfUtcDay, utcDate, academicYearStartYear } from "./dates";
import { DEMO_EMAILS, DEMO_SEED } from "./demo";
import { insertRows } from "./insert";
import { createRng, type Rng } from "./random";
import { buildFrameworks, insertFrameworks } from "./reviews-framework";
import type { BuiltTrust } from "./types";
import { academicYearLabel, londonLocalToUtc } from "@/lib/dates";

type Row = Record<string, unknown>;
const TABLES = ["ReviewCycle", "SchoolReview", "ReviewTeamMember", "Judgement", "CsiLevel", "CriticalFriend", "SupportAgreement", "ReviewAction", "ActionNote", "TrustHoliday", "Community", "Membership", "Meeting"] as const;
type ReviewRows = Record<(typeof TABLES)[number], Row[]>;

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** England's usual school holidays for the academic year starting in `y` (approximate, the same every year). */
function holidays(y: number) {
  return [
    ["October half term", utcDate(y, 9, 26), utcDate(y, 9, 30)],
    ["Christmas holiday", utcDate(y, 11, 21), utcDate(y + 1, 0, 1)],
    ["February half term", utcDate(y + 1, 1, 15), utcDate(y + 1, 1, 19)],
    ["Easter holiday", utcDate(y + 1, 2, 29), utcDate(y + 1, 3, 9)],
    ["May half term", utcDate(y + 1, 4, 24), utcDate(y + 1, 4, 28)],
    ["Summer holiday", utcDate(y + 1, 6, 22), utcDate(y + 1, 7, 31)],
  ] as const;
}

const GRADE_WEIGHTS: Record<string, readonly (readonly [number, number])[]> = {
  CAPACITY_GIVER: [[1, 3], [2, 5], [3, 2]],
  STABLE: [[1, 1], [2, 4], [3, 5], [4, 1]],
  NEEDS_SUPPORT: [[2, 1], [3, 4], [4, 4], [5, 1]],
};

function buildReviews(rng: Rng, built: BuiltTrust, opts: { today?: Date } = {}) {
  const today = startOfUtcDay(opts.today ?? new Date());
  const trustId = built.trust.id;
  const fw = buildFrameworks(rng.fork("framework"), trustId);
  const current = fw.frameworks.find((f) => !f.isLegacy);
  if (!current) throw new Error("No current framework");
  const areas = fw.areas.filter((a) => a.frameworkId === current.id);
  const grades = fw.grades.filter((g) => g.frameworkId === current.id).sort((a, b) => a.rank - b.rank);
  const out = Object.fromEntries(TABLES.map((t) => [t, [] as Row[]])) as ReviewRows;

  const userByEmail = new Map(built.users.map((u) => [u.email, u]));
  const admin = userByEmail.get(DEMO_EMAILS.admin);
  const demoHead = userByEmail.get(DEMO_EMAILS.head);
  if (!admin) throw new Error("The demo trust has no admin");
  const facts: SchoolFacts[] = built.schools.map((s) => ({
    id: s.id, name: s.name, clusterId: s.clusterId, phase: s.phase, improvementCapacity: String(s.improvementCapacity ?? "STABLE"),
    latitude: s.latitude === undefined || s.latitude === null ? null : Number(s.latitude), longitude: s.longitude === undefined || s.longitude === null ? null : Number(s.longitude),
  }));
  const byId = new Map(facts.map((s) => [s.id, s]));
  const rows = new Map(built.schools.map((s) => [s.id, s]));
  const heads = new Map<string, Reviewer>();
  for (const r of built.roleAssignments) {
    if (r.role !== "HEADTEACHER" || !r.schoolId) continue;
    const user = built.users.find((u) => u.id === r.userId);
    const entry = heads.get(r.userId) ?? { userId: r.userId, name: user?.name ?? "", schoolIds: [] };
    entry.schoolIds.push(r.schoolId);
    heads.set(r.userId, entry);
  }
  const reviewers = [...heads.values()].sort((a, b) => a.userId.localeCompare(b.userId));
  const staffOf = (schoolId: string) => built.staff.filter((s) => s.schoolId === schoolId && !s.leaveDate && s.category === "LEADERSHIP");

  const thisYear = academicYearStartYear(today);
  for (const y of [thisYear - 1, thisYear, thisYear + 1]) for (const [name, from, to] of holidays(y)) out.TrustHoliday.push({ id: rng.fork(`holiday-${y}`).fork(name).uuid(), trustId, name: `${name} ${academicYearLabel(y)}`, startsOn: iso(from), endsOn: iso(to) });

  const crng = rng.fork("cycles");
  for (const year of [thisYear - 1, thisYear]) {
    const yrng = crng.fork(String(year));
    const isCurrent = year === thisYear;
    const cycleId = yrng.uuid();
    const max = 3;
    const opensOn = utcDate(year, 9, 1);
    const closesOn = utcDate(year + 1, 5, 30);
    out.ReviewCycle.push({ id: cycleId, trustId, frameworkId: current.id, name: `Head peer review ${academicYearLabel(year)}`, academicYear: year, opensOn: iso(opensOn), closesOn: iso(closesOn), maxReviewsPerReviewer: max, createdAt: addDays(opensOn, -30) });
    const picks = suggestForCycle(yrng.shuffle(facts), reviewers, byId, new Map(), max, 1);
    let demoHeadOwes = false;
    for (const [i, school] of facts.entries()) {
      const lead = picks.get(school.id)?.[0]?.reviewer;
      if (!lead) continue;
      const srng = yrng.fork(school.id);
      const span = Math.max(1, Math.round((closesOn.getTime() - opensOn.getTime()) / 86_400_000));
      // Last year's visits are spread over the window; this year's first third are done, the rest to come.
      const visit = isCurrent ? (i % 3 === 0 ? addDays(today, -srng.int(14, 40)) : addDays(today, srng.int(10, 150))) : addDays(opensOn, srng.int(0, span));
      const isDemoSchool = demoHead && heads.get(demoHead.id)?.schoolIds.includes(school.id);
      // The demo head's school was reviewed this year (published), and the demo head owes a review of another school.
      const published = !isCurrent || (visit < today && !(i % 6 === 3)) || Boolean(isDemoSchool);
      const visitDate = isDemoSchool && isCurrent && visit > today ? addDays(today, -21) : visit;
      let leadId = lead.userId;
      if (isCurrent && !published && !demoHeadOwes && demoHead && !isDemoSchool) {
        leadId = demoHead.id;
        demoHeadOwes = true;
      }
      const status = published ? "PUBLISHED" : visitDate < today ? "SUBMITTED" : "DRAFT";
      const reviewId = srng.uuid();
      const capacity = school.improvementCapacity;
      // Last year a little weaker for schools being supported: this year's trend shows improvement.
      const shift = !isCurrent && capacity === "NEEDS_SUPPORT" ? 1 : 0;
      const ranks: number[] = [];
      const school_ = rows.get(school.id);
      const provision = { hasEarlyYears: Boolean(school_?.hasEarlyYears), hasSixthForm: Boolean(school_?.hasSixthForm) };
      if (status !== "DRAFT") {
        for (const area of areas) {
          if (!areaApplies(area as { appliesTo: "ALL" | "EARLY_YEARS" | "SIXTH_FORM" }, provision)) continue;
          const rank = Math.min(5, srng.weighted(GRADE_WEIGHTS[capacity] ?? GRADE_WEIGHTS.STABLE ?? []) + shift);
          ranks.push(rank);
          out.Judgement.push({ trustId, reviewId, areaId: area.id, gradeId: grades[rank - 1]?.id });
        }
      }
      out.SchoolReview.push({
        id: reviewId, trustId, cycleId, schoolId: school.id, kind: "HEAD_PEER_REVIEW", leadReviewerId: leadId, visitDate: iso(visitDate), status,
        strengths: status === "DRAFT" ? "" : "Leaders know the school well; a calm, purposeful culture; pupils speak warmly of their teachers.",
        areasForDevelopment: status === "DRAFT" ? "" : "Sharpen the checking of how well the curriculum is remembered; raise attendance of disadvantaged pupils.",
        evidenceNotes: status === "DRAFT" ? "" : "Learning walks in six classes, book looks with subject leaders, meetings with pupils, staff and governors.",
        safeguardingMet: status === "DRAFT" ? null : !srng.chance(0.03),
        version: 1, submittedAt: status === "DRAFT" ? null : addDays(visitDate, 3), publishedAt: status === "PUBLISHED" ? addDays(visitDate, 10) : null,
        publishedById: status === "PUBLISHED" ? admin.id : null, createdAt: addDays(opensOn, -20), updatedAt: addDays(visitDate, 3),
      });
      if (status === "DRAFT") continue;
      const mean = ranks.reduce((a, b) => a + b, 0) / Math.max(1, ranks.length);
      const level = mean >= 3.6 ? "INTERVENTION" : capacity === "NEEDS_SUPPORT" || mean >= 3 ? "SUPPORT" : "CHALLENGE";
      out.CsiLevel.push({ id: srng.uuid(), trustId, schoolId: school.id, cycleId, level, rationale: `Set after the ${academicYearLabel(year)} peer review (mean grade ${mean.toFixed(1)}).`, setById: admin.id, setAt: addDays(visitDate, 14) });
      if (status !== "PUBLISHED") continue;
      const owners = staffOf(school.id);
      const weakest = areas.filter((a) => out.Judgement.some((j) => j.reviewId === reviewId && j.areaId === a.id)).slice(0, 6);
      // Drawn once: a bound drawn in the loop's test would be drawn again before every action.
      const actionCount = srng.int(1, 3);
      for (let k = 0; k < actionCount; k++) {
        const owner = owners[k % Math.max(1, owners.length)];
        if (!owner) break;
        const area = weakest[srng.int(0, weakest.length - 1)];
        const due = addDays(visitDate, srng.int(30, 200));
        const done = !isCurrent ? srng.chance(0.85) : due < today && srng.chance(0.4);
        const actionId = srng.uuid();
        out.ReviewAction.push({
          id: actionId, trustId, schoolId: school.id, reviewId, areaId: area?.id ?? null, ownerId: owner.id, dueOn: iso(due),
          description: `Improve ${area?.name.toLowerCase() ?? "the school"}: an agreed plan with milestones, checked each half term.`,
          status: done ? "DONE" : due < addDays(today, 60) && srng.chance(0.6) ? "IN_PROGRESS" : "OPEN", completedAt: done ? addDays(due, -srng.int(0, 20)) : null,
          createdAt: addDays(visitDate, 12),
        });
        if (srng.chance(0.6)) out.ActionNote.push({ id: srng.uuid(), trustId, actionId, authorId: admin.id, note: "Plan agreed with the team; first check booked.", at: addDays(visitDate, 20) });
      }
    }
  }

  // Critical friends: another cluster's head for most schools, a trust adviser (the admin) or an external partner for the rest.
  const frng = rng.fork("friends");
  for (const school of facts) {
    const other = reviewers.filter((r) => r.schoolIds.every((id) => byId.get(id)?.clusterId !== school.clusterId));
    const kind = other.length && frng.chance(0.7) ? "HEADTEACHER" : frng.chance(0.5) ? "TRUST_ADVISER" : "EXTERNAL_PARTNER";
    const friend = kind === "HEADTEACHER" ? frng.pick(other) : null;
    out.CriticalFriend.push({
      id: frng.uuid(), trustId, schoolId: school.id, kind, userId: friend?.userId ?? (kind === "TRUST_ADVISER" ? admin.id : null),
      name: friend?.name ?? (kind === "TRUST_ADVISER" ? admin.name : "Dr Morgan Hale"), organisation: kind === "EXTERNAL_PARTNER" ? "Northern Education Partnership" : null,
      startsOn: iso(utcDate(thisYear - 1, 8, 1)), endsOn: null, createdAt: utcDate(thisYear - 1, 7, 20),
    });
  }

  // Two support agreements: the first two schools needing support with their best-ranked capacity giver.
  const srng = rng.fork("support");
  const givers = facts.filter((s) => s.improvementCapacity === "CAPACITY_GIVER");
  for (const receiver of facts.filter((s) => s.improvementCapacity === "NEEDS_SUPPORT").slice(0, 2)) {
    const giver = rankGivers(receiver, givers)[0]?.giver;
    if (!giver) continue;
    const id = srng.uuid();
    const deployed = staffOf(giver.id).slice(0, 2).map((s) => `${s.firstName} ${s.lastName}`).join(", ");
    out.SupportAgreement.push({ id, trustId, giverSchoolId: giver.id, receiverSchoolId: receiver.id, focus: "Curriculum and teaching: subject leadership and the checking of what pupils remember.", staffDeployed: deployed, startsOn: iso(utcDate(thisYear, 8, 15)), endsOn: iso(utcDate(thisYear + 1, 6, 17)), status: "ACTIVE", outcomeNote: null, createdById: admin.id, createdAt: utcDate(thisYear, 8, 10) });
    for (const a of out.ReviewAction.filter((a) => a.schoolId === receiver.id && a.status !== "DONE")) a.supportAgreementId = id;
  }
  // Last year's agreement with the first of them, completed with its outcome, so a closed agreement reads as the heads will see it.
  const firstAgreement = out.SupportAgreement[0];
  if (firstAgreement) {
    const closed = { startsOn: utcDate(thisYear - 1, 8, 15), endsOn: utcDate(thisYear, 6, 17) };
    out.SupportAgreement.push({
      id: rng.fork("support-closed").uuid(), trustId, giverSchoolId: firstAgreement.giverSchoolId, receiverSchoolId: firstAgreement.receiverSchoolId,
      focus: "Early reading: the phonics programme taught the same way in every class, and the weakest readers caught up.", staffDeployed: firstAgreement.staffDeployed,
      startsOn: iso(closed.startsOn), endsOn: iso(closed.endsOn), status: "COMPLETED",
      outcomeNote: "Every class now teaches the programme in the same order with the same decodable books. The phonics check pass rate rose from 68% to 81%, and the school's reading lead now trains new staff herself. Support moved on to subject leadership this year.",
      createdById: admin.id, createdAt: utcDate(thisYear - 1, 8, 10), closedAt: utcDate(thisYear, 6, 18), closedById: admin.id,
    });
  }

  // The headteacher forum: every current head, every six weeks this academic year, skipping the holidays.
  const hrng = rng.fork("forum");
  const communityId = hrng.uuid();
  const seriesId = hrng.uuid();
  out.Community.push({ id: communityId, trustId, name: "Headteacher forum", kind: "PROFESSIONAL_NETWORK", subject: null, description: "Every head of the trust, every six weeks (seed 003).", isOpen: false, createdAt: utcDate(thisYear - 1, 7, 1) });
  const headStaff = built.staff.filter((s) => !s.leaveDate && s.userId && heads.has(s.userId));
  for (const s of headStaff) out.Membership.push({ id: hrng.uuid(), trustId, communityId, staffMemberId: s.id, role: "MEMBER", joinedAt: utcDate(thisYear - 1, 8, 1) });
  const first = londonLocalToUtc(`${iso(utcDate(thisYear, 8, 10))}T16:00`) ?? utcDate(thisYear, 8, 10);
  const holidayDays = out.TrustHoliday.map((h) => ({ startsOn: String(h.startsOn), endsOn: String(h.endsOn) }));
  for (const startsAt of seriesStarts(first, 6, iso(utcDate(thisYear + 1, 6, 20)), holidayDays).starts) {
    out.Meeting.push({ id: hrng.uuid(), trustId, communityId, title: "Headteacher forum", startsAt, durationMinutes: 120, location: "Trust office", status: startsAt < today ? "HELD" : "PLANNED", seriesId, createdAt: utcDate(thisYear, 7, 20) });
  }
  return { frameworks: fw, rows: out };
}

export async function seedReviews(db: Db | Tx, built: BuiltTrust, opts: { today?: Date } = {}) {
  const { frameworks, rows } = buildReviews(createRng(DEMO_SEED).fork("reviews"), built, opts);
  await insertFrameworks(db, frameworks);
  for (const table of TABLES) await insertRows(db, table, rows[table]);
  await db.$executeRawUnsafe(`ANALYZE "SchoolReview", "Judgement", "ReviewAction", "CsiLevel"`);
  return rows;
}
