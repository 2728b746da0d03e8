// The demo trust's school improvement priorities (issue 18 §1): three to five per school for this
// academic year, each owned by a leader of the school, with dated milestones (the earlier ones done)
// and a termly rating for every term begun, so every role's priorities pages look lived-in at first start.
import type { Db, Tx } from "../../lib/db/client";
import { academicYear, termKey } from "../../lib/dates";
import { termsOfYear } from "../../lib/priorities/rules";
import { DEMO_SEED } from "./demo";
import { insertRows } from "./insert";
import { createRng } from "./random";
import type { BuiltTrust } from "./types";

type Template = { title: string; why: string; strand: string; success: string; milestones: string[] };

// In the trust's own words where it has them (seed 004: "careful prioritisation and sequencing").
const TEMPLATES: Template[] = [
  { title: "Early reading: every pupil reads fluently by the end of Year 2", why: "Phonics screening results dipped below the trust average last summer.", strand: "PROFESSIONAL_LEARNING", success: "90% of pupils meet the phonics screening standard; no pupil leaves Year 2 unable to read.", milestones: ["All staff trained in the phonics scheme", "Half-termly reading assessments in place", "Keep-up sessions running for the lowest 20%"] },
  { title: "Consistent retrieval practice in every lesson", why: "The last review found knowledge is not secure over time in foundation subjects.", strand: "PROFESSIONAL_LEARNING", success: "Drop-ins show retrieval practice in 9 lessons of 10; end-of-unit quizzes improve term on term.", milestones: ["INSET on retrieval practice", "Subject leaders model in department time", "Drop-in focus week"] },
  { title: "Develop middle leaders to lead their subjects", why: "Several subject leaders are new to post and not yet confident in quality assurance.", strand: "LEADERSHIP_DEVELOPMENT", success: "Every subject leader completes a deep dive with a senior leader and presents to governors.", milestones: ["Middle leaders begin the NPQ or trust programme", "Paired deep dives with senior leaders", "Subject reports to governors"] },
  { title: "Attendance: reduce persistent absence", why: "Persistent absence is above the national figure, especially for disadvantaged pupils.", strand: "QUALITY_ASSURANCE", success: "Persistent absence falls below 15%; the gap for disadvantaged pupils halves.", milestones: ["Attendance lead meets families weekly", "Fortnightly attendance review with the trust", "First-day calling for every absence"] },
  { title: "SEND: adaptive teaching in every classroom", why: "Pupils with SEND make less progress than their peers in writing.", strand: "PROFESSIONAL_LEARNING", success: "Pupil passports in use in every class; the progress gap in writing narrows.", milestones: ["SENCo training for all teachers", "Pupil passports reviewed with families", "Work scrutiny focused on SEND"] },
  { title: "Learn from partner schools through the trust's networks", why: "Our curriculum in science is less developed than in partner schools.", strand: "PROFESSIONAL_NETWORKS", success: "Science leader joins the trust network; a shared unit is taught and evaluated.", milestones: ["Join the science network", "Visit a partner school", "Teach the shared unit"] },
  { title: "Sharpen self-evaluation and quality assurance", why: "The critical friend asked for evaluation that leads more clearly to action.", strand: "QUALITY_ASSURANCE", success: "The school's self-evaluation matches external review judgements; actions are tracked to completion.", milestones: ["New quality assurance calendar", "Governor link visits aligned to priorities", "Mid-year self-evaluation update"] },
];

const STAGES = ["SENIOR_LEADER", "MIDDLE_LEADER", "HEADTEACHER"];

export function buildPriorities(built: BuiltTrust, today: Date) {
  const rng = createRng(DEMO_SEED).fork("priorities");
  const { startYear } = academicYear(today);
  const now = termKey(today);
  const terms = termsOfYear(startYear).filter((t) => t <= now);
  const trustId = built.trust.id;
  const admin = built.roleAssignments.find((r) => r.role === "TRUST_ADMIN");
  const priorities: object[] = [];
  const milestones: object[] = [];
  const progress: object[] = [];
  for (const school of built.schools) {
    const srng = rng.fork(school.id);
    const staff = built.staff.filter((s) => s.schoolId === school.id && !s.leaveDate);
    const leaders = staff.filter((s) => STAGES.includes(s.careerStage));
    const owners = leaders.length ? leaders : staff;
    const head = built.roleAssignments.find((r) => r.role === "HEADTEACHER" && r.schoolId === school.id);
    const author = head?.userId ?? admin?.userId;
    if (!owners.length || !author) continue;
    for (const template of srng.shuffle(TEMPLATES).slice(0, srng.int(3, 5))) {
      const id = srng.uuid();
      const owner = srng.pick(owners);
      const created = new Date(Date.UTC(startYear, 8, srng.int(2, 20)));
      priorities.push({ id, trustId, schoolId: school.id, academicYear: startYear, title: template.title, why: template.why, strand: template.strand, ownerId: owner.id, successCriteria: template.success, createdById: author, createdAt: created, updatedAt: created });
      template.milestones.forEach((title, i) => {
        // Spread across the year: autumn, spring, summer; those already past are mostly done.
        const dueOn = new Date(Date.UTC(startYear + (i === 0 ? 0 : 1), [10, 2, 5][i]!, 15));
        const done = dueOn < today && srng.chance(0.8);
        milestones.push({ id: srng.uuid(), trustId, priorityId: id, title, dueOn: dueOn.toISOString().slice(0, 10), doneAt: done ? dueOn : null, createdAt: created });
      });
      for (const term of terms) {
        const rating = srng.weighted([["GREEN", 5], ["AMBER", 3], ["RED", 1]] as const);
        const note = { GREEN: "On plan: milestones met and early signs of impact.", AMBER: "Started well, but staffing changes slowed the work; the plan is adjusted.", RED: "Behind plan: the trust's support has been asked for." }[rating];
        progress.push({ id: srng.uuid(), trustId, priorityId: id, term, rating, note, recordedById: author, at: today });
      }
    }
  }
  return { priorities, milestones, progress };
}

export async function seedPriorities(db: Db | Tx, built: BuiltTrust, today: Date = new Date()) {
  const rows = buildPriorities(built, today);
  await insertRows(db, "ImprovementPriority", rows.priorities);
  await insertRows(db, "PriorityMilestone", rows.milestones);
  await insertRows(db, "PriorityProgress", rows.progress);
}
