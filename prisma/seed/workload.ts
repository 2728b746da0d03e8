// The demo trust's workload demands (issue 20 §2): a few per school (live ones approved a term ago,
// checked after half a term with 60–85% of the sample answering, usually taking longer than expected;
// one waiting for the head's approval), and one trust-wide data drop, so the pages look lived-in.
import type { Db, Tx } from "../../lib/db/client";
import { isoDay, londonToday } from "../../lib/dates";
import { surveyStage } from "../../lib/voice/anonymity";
import { CHECK_SAMPLE } from "../../lib/workload/rules";
import { DEMO_SEED } from "./demo";
import { insertRows } from "./insert";
import { createRng } from "./random";
import type { BuiltTrust } from "./types";

const DAY = 86_400_000;
const DEMANDS = [
  { title: "Weekly written feedback in every exercise book", kind: "MARKING_POLICY", affects: ["TEACHER"], expected: 600, replaces: "Fortnightly deep marking", offset: 360 },
  { title: "Half-termly assessment data entered for every pupil", kind: "DATA_DROP", affects: ["TEACHER"], expected: 240, replaces: "Nothing", offset: 0 },
  { title: "New end-of-year report format with targets per subject", kind: "REPORT_FORMAT", affects: ["TEACHER", "LEADERSHIP"], expected: 300, replaces: "The old comment-only report", offset: 120 },
  { title: "Weekly phase meetings after school", kind: "MEETING_PATTERN", affects: ["TEACHER", "SUPPORT"], expected: 720, replaces: "Fortnightly whole-staff briefings", offset: 480 },
  { title: "Behaviour incidents logged online the same day", kind: "OTHER", affects: ["TEACHER", "SUPPORT"], expected: 180, replaces: "Paper incident slips", offset: 150 },
];

export function buildWorkload(built: BuiltTrust, today: Date) {
  const rng = createRng(DEMO_SEED).fork("workload");
  const trustId = built.trust.id;
  const admin = built.roleAssignments.find((r) => r.role === "TRUST_ADMIN")!.userId;
  const now = londonToday(today).getTime();
  const rows = { demands: [] as object[], checks: [] as object[], invites: [] as object[], answers: [] as object[] };
  const phase = new Map(built.schools.map((s) => [s.id, s.phase]));
  const addDemand = (schoolId: string | null, t: (typeof DEMANDS)[number], proposer: string, approver: string, live: boolean) => {
    const id = rng.uuid();
    const decidedOn = new Date(now - rng.int(60, 120) * DAY);
    rows.demands.push({ id, trustId, schoolId, title: t.title, kind: t.kind, affects: t.affects, expectedMinutes: t.expected, replaces: t.replaces, offsetMinutes: t.offset, reviewOn: isoDay(new Date(now + rng.int(30, 150) * DAY)), status: live ? "APPROVED" : "PROPOSED", proposedById: proposer, decidedById: live ? approver : null, decidedOn: live ? isoDay(decidedOn) : null, createdAt: new Date(decidedOn.getTime() - 7 * DAY) });
    if (!live) return;
    const checkId = rng.uuid();
    const sentOn = new Date(decidedOn.getTime() + 42 * DAY);
    rows.checks.push({ id: checkId, trustId, demandId: id, sentOn: isoDay(sentOn), closesOn: isoDay(new Date(sentOn.getTime() + 14 * DAY)) });
    const affected = built.staff.filter((s) => !s.leaveDate && s.userId && (!schoolId || s.schoolId === schoolId) && t.affects.includes(s.category));
    const reality = rng.float(0.9, 1.7);
    for (const s of rng.shuffle(affected).slice(0, CHECK_SAMPLE)) {
      const answered = rng.chance(0.72);
      rows.invites.push({ trustId, checkId, userId: s.userId, answered });
      if (answered) rows.answers.push({ id: rng.uuid(), trustId, checkId, schoolId: s.schoolId, phase: phase.get(s.schoolId), category: s.category, stage: surveyStage(s.careerStage), minutes: Math.max(0, Math.round((t.expected / 2) * reality * rng.float(0.6, 1.4))), answeredOn: isoDay(new Date(sentOn.getTime() + rng.int(0, 13) * DAY)) });
    }
  };
  for (const school of built.schools) {
    const head = built.roleAssignments.find((r) => r.role === "HEADTEACHER" && r.schoolId === school.id)?.userId ?? admin;
    const chosen = rng.shuffle(DEMANDS.slice(0, 4)).slice(0, rng.int(2, 3));
    chosen.forEach((t, i) => addDemand(school.id, t, head, head, i < chosen.length - 1 || rng.chance(0.5)));
  }
  addDemand(null, DEMANDS[4]!, admin, admin, true);
  return rows;
}

export async function seedWorkload(db: Db | Tx, built: BuiltTrust, today: Date = new Date()) {
  const rows = buildWorkload(built, today);
  await insertRows(db, "WorkloadDemand", rows.demands);
  await insertRows(db, "WorkloadCheck", rows.checks);
  await insertRows(db, "WorkloadCheckInvite", rows.invites);
  await insertRows(db, "WorkloadCheckAnswer", rows.answers);
}
