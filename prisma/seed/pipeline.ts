// The demo trust's leadership pipeline (issue 19 §3–4), so every role's pipeline pages look lived-in at
// first start: the NPQs the CPD seed gave staff get a cohort, funding route and (mostly) their head's
// verification, with a few applied, withdrawn or not passed and the coaching offer for new heads; staff
// across every school record aspirations, most endorsed by their head; every school has a succession
// plan for its key posts, some with no successor ready within two years.
import type { Db, Tx } from "../../lib/db/client";
import type { AspirationRoute, KeyPost, Readiness } from "../../lib/db/generated/enums";
import { addDays } from "./dates";
import { DEMO_EMAILS, DEMO_SEED } from "./demo";
import { insertRows } from "./insert";
import { createRng, type Rng } from "./random";
import type { BuiltTrust, StaffRow } from "./types";

const WANTS: Record<AspirationRoute, string[]> = {
  MIDDLE_LEADER: ["Lead a subject or phase: shadow a head of department and take on a whole-school project.", "Start NPQ Leading Teaching and lead a small team next year."],
  SENIOR_LEADER: ["Start NPQSL and lead a whole-school priority with a senior leader as coach.", "Line-manage a department and sit in on senior team meetings."],
  DEPUTY_HEAD: ["Lead the school's curriculum review and deputise for the head in their absence.", "Take on the timetable and the school's self-evaluation."],
  HEADTEACHER: ["Start NPQH and spend a week at a pioneer school of the trust.", "Act up as head for a term with a coach from the trust's heads."],
  EXECUTIVE_LEADER: ["Support a second school of the trust and join the trust's executive coaching.", "Take NPQEL and lead a cluster improvement project."],
  LEAD_PRACTITIONER: ["Stay in the classroom: coach early career teachers and lead the trust's reading community.", "Take NPQ Leading Teacher Development and open my classroom to visits."],
  SPECIALIST_LEADER_OF_EDUCATION: ["Become an SLE in mathematics and support other schools of the trust.", "Lead CPD for the trust's behaviour community and support a school in need."],
};
const NOTES: Record<Readiness, string> = {
  READY_NOW: "Ready now: I will put you forward for the next acting-up opportunity and talk to the trust about openings.",
  ONE_TO_TWO_YEARS: "A year or two away: lead a whole-school project this year and we will review it at your appraisal.",
  THREE_PLUS_YEARS: "Build your experience first: take on a small team and the NPQ that fits, and we will look again next year.",
};
/** Who aspires to what next, by career stage. */
const NEXT: Record<string, readonly (readonly [AspirationRoute, number])[]> = {
  ESTABLISHED: [["MIDDLE_LEADER", 5], ["LEAD_PRACTITIONER", 3], ["SPECIALIST_LEADER_OF_EDUCATION", 2]],
  EARLY_CAREER: [["MIDDLE_LEADER", 4], ["LEAD_PRACTITIONER", 2]],
  MIDDLE_LEADER: [["SENIOR_LEADER", 6], ["SPECIALIST_LEADER_OF_EDUCATION", 2], ["DEPUTY_HEAD", 1]],
  SENIOR_LEADER: [["DEPUTY_HEAD", 3], ["HEADTEACHER", 4]],
  HEADTEACHER: [["EXECUTIVE_LEADER", 1]],
};
const CHANCE: Record<string, number> = { ESTABLISHED: 0.15, EARLY_CAREER: 0.08, MIDDLE_LEADER: 0.45, SENIOR_LEADER: 0.5, HEADTEACHER: 0.2 };
const READINESS: readonly (readonly [Readiness, number])[] = [["READY_NOW", 2], ["ONE_TO_TWO_YEARS", 4], ["THREE_PLUS_YEARS", 3]];

const isTitle = (re: RegExp) => (s: StaffRow) => re.test(s.jobTitle);
const HOLDER: Record<KeyPost, (s: StaffRow) => boolean> = {
  HEADTEACHER: (s) => s.careerStage === "HEADTEACHER",
  DEPUTY_HEAD: isTitle(/^Deputy Head/),
  SENCO: isTitle(/^SENCO$/),
  DESIGNATED_SAFEGUARDING_LEAD: isTitle(/^(Deputy|Assistant) Head/),
  BUSINESS_MANAGER: isTitle(/Business Manager/),
  HEAD_OF_ENGLISH: isTitle(/^(Head of English|English Lead)$/),
  HEAD_OF_MATHEMATICS: isTitle(/^(Head of Mathematics|Mathematics Lead)$/),
};
const POSTS = Object.keys(HOLDER) as KeyPost[];

function cohortOf(start: Date) {
  const m = start.getUTCMonth();
  // DfE cohorts start in autumn and spring; a summer start joins the autumn cohort.
  return m <= 3 ? `Spring ${start.getUTCFullYear()}` : `Autumn ${start.getUTCFullYear()}`;
}

export function buildPipeline(rng: Rng, built: BuiltTrust, today: Date) {
  const trustId = built.trust.id;
  const headUser = (schoolId: string) => built.roleAssignments.find((r) => r.role === "HEADTEACHER" && r.schoolId === schoolId)?.userId ?? null;
  const teacherUser = built.users.find((u) => u.email === DEMO_EMAILS.teacher)?.id;
  const aspirations: object[] = [];
  const posts: object[] = [];
  const candidates: object[] = [];
  const coaching: object[] = [];
  for (const school of built.schools) {
    const srng = rng.fork(school.id);
    const staff = built.staff.filter((s) => s.schoolId === school.id && !s.leaveDate);
    const head = headUser(school.id);
    for (const s of staff) {
      // The demo teacher always has one, endorsed, so their page shows a head's note at first start.
      const demoTeacher = s.userId !== null && s.userId === teacherUser;
      const routes = demoTeacher ? NEXT.MIDDLE_LEADER! : NEXT[s.careerStage];
      if (!routes || !(demoTeacher || srng.chance(CHANCE[s.careerStage] ?? 0))) continue;
      const route = srng.weighted(routes);
      const endorsed = head !== null && s.userId !== head && (demoTeacher || srng.chance(0.7));
      const readiness = endorsed ? (demoTeacher ? "ONE_TO_TWO_YEARS" : srng.weighted(READINESS)) : null;
      const created = addDays(today, -srng.int(20, 400));
      aspirations.push({
        id: srng.uuid(), trustId, staffMemberId: s.id, route, development: srng.pick(WANTS[route]), readiness,
        endorsementNote: readiness ? NOTES[readiness] : null, endorsedAt: readiness ? addDays(created, srng.int(3, 20)) : null, endorsedById: readiness ? head : null,
        createdAt: created, updatedAt: created,
      });
    }
    // Heads new in post take the coaching offer.
    for (const s of staff.filter((x) => x.careerStage === "HEADTEACHER" && srng.chance(0.4))) {
      const start = addDays(today, -srng.int(30, 500));
      coaching.push({ id: srng.uuid(), trustId, staffMemberId: s.id, kind: "EARLY_HEADSHIP_COACHING_OFFER", status: "IN_PROGRESS", startDate: start, provider: "Ambition Institute", cohort: cohortOf(start), funding: "FUNDED", createdAt: start });
    }
    const taken = new Set<string>();
    for (const post of POSTS) {
      const holder = staff.find((s) => HOLDER[post](s) && !taken.has(s.id)) ?? null;
      if (holder && post !== "DESIGNATED_SAFEGUARDING_LEAD") taken.add(holder.id);
      const others = staff.filter((s) => s.id !== holder?.id && s.category !== "SUPPORT" && s.careerStage !== "ECT");
      const cover = srng.chance(0.85) && others.length ? srng.pick(others) : null;
      const id = srng.uuid();
      posts.push({ id, trustId, schoolId: school.id, post, holderId: holder?.id ?? null, emergencyCoverId: cover?.id ?? null, updatedAt: addDays(today, -srng.int(5, 200)) });
      for (const c of srng.shuffle(others).slice(0, srng.weighted([[0, 2], [1, 4], [2, 3]] as const))) {
        candidates.push({ id: srng.uuid(), trustId, postId: id, staffMemberId: c.id, readiness: srng.weighted(READINESS), createdAt: addDays(today, -srng.int(5, 200)) });
      }
    }
  }
  return { aspirations, posts, candidates, coaching };
}

/** Gives the NPQs the CPD seed wrote their cohort, funding, NPQ status and verification by the school's head. */
async function completeNpqs(db: Db | Tx, rng: Rng, built: BuiltTrust) {
  const heads = new Map(built.roleAssignments.filter((r) => r.role === "HEADTEACHER").map((r) => [r.schoolId, r.userId]));
  const rows = await db.$queryRaw<{ id: string; status: string; startDate: Date | null; schoolId: string; userId: string | null }[]>`
    SELECT q.id, q.status::text AS status, q."startDate", s."schoolId", s."userId" FROM "Qualification" q JOIN "StaffMember" s ON s.id = q."staffMemberId"
    WHERE q."trustId" = ${built.trust.id}::uuid AND q.kind::text LIKE 'NPQ%' ORDER BY q.id`;
  const updates = rows.map((q) => {
    const head = heads.get(q.schoolId) ?? null;
    const ended = q.status === "IN_PROGRESS" ? rng.weighted([["IN_PROGRESS", 14], ["WITHDRAWN", 1], ["NOT_PASSED", 1]] as const) : q.status;
    const status = ended === "PLANNED" ? "APPLIED" : ended;
    const verified = head !== null && head !== q.userId && rng.chance(status === "COMPLETED" ? 0.85 : 0.5);
    return { id: q.id, status, cohort: q.startDate ? cohortOf(q.startDate) : "Autumn 2026", funding: rng.weighted([["FUNDED", 6], ["SCHOOL_PAID", 2], ["TRUST_PAID", 2]] as const), verifiedBy: verified ? head : null };
  });
  if (!updates.length) return;
  await db.$executeRaw`
    UPDATE "Qualification" q SET status = u.status::"QualificationStatus", cohort = u.cohort, funding = u.funding::"NpqFunding",
      "verifiedById" = u.verified::uuid, "verifiedAt" = CASE WHEN u.verified IS NULL THEN NULL ELSE now() END
    FROM unnest(${updates.map((u) => u.id)}::uuid[], ${updates.map((u) => u.status)}::text[], ${updates.map((u) => u.cohort)}::text[],
                ${updates.map((u) => u.funding)}::text[], ${updates.map((u) => u.verifiedBy)}::text[]) AS u(id, status, cohort, funding, verified)
    WHERE q.id = u.id`;
}

export async function seedPipeline(db: Db | Tx, built: BuiltTrust, today: Date = new Date()) {
  const rng = createRng(DEMO_SEED).fork("pipeline");
  await completeNpqs(db, rng.fork("npqs"), built);
  const rows = buildPipeline(rng.fork("plans"), built, today);
  await insertRows(db, "Qualification", rows.coaching);
  await insertRows(db, "Aspiration", rows.aspirations);
  await insertRows(db, "SuccessionPost", rows.posts);
  await insertRows(db, "SuccessionCandidate", rows.candidates);
}
