// The people the journeys need, each a spec's own: a user with a known password, a staff record at
// a school, role assignments and community memberships, written straight into the e2e portal's
// database (a fresh one each run) before the spec runs. Demo accounts stay for the platform spec.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { hashPassword } from "../../lib/account/password";
import { DEMO_EMAILS, demoCommunity, demoEmail } from "../../prisma/seed/demo";
import { londonIsoDay } from "../support/days";
import { e2eDatabaseUrl } from "./server";

export const PERSON_PASSWORD = "e2e-journeys-2026";
/** The authenticator secret of the people whose role the trust asks a second factor of. */
export const PERSON_TOTP_SECRET = "KRSXG5CTMVRXEZLUKNSXG4TFOQ2DAMBQ";

type Membership = { community: string; role: "MEMBER" | "LEADER" };
export type Person = {
  first: string;
  last: string;
  jobTitle: string;
  category: "TEACHER" | "LEADERSHIP";
  careerStage: "ESTABLISHED" | "HEADTEACHER" | "ECT";
  /** Roles beyond STAFF: a head leads the demo teacher's school; a network leader a community. */
  head?: true;
  communities?: Membership[];
  /** Works at another school of the trust than the demo teacher's (the first by name). */
  otherSchool?: true;
  /** Works at a school of another cluster than the demo teacher's (the first by name). */
  otherCluster?: true;
  /** A verified CPD activity of theirs, by title. */
  cpd?: string;
  /** Their line manager, another person of this list (set whichever of the two is created first). */
  lineManager?: string;
  /** Opens every window of this year's performance development cycle on London's today. */
  openCycle?: true;
  /** Works at the trust's last school by name, which no other spec's people use (voice.spec's survey invites its whole school). */
  lastSchool?: true;
};

const teacher = (first: string, last: string, communities: Membership[] = []): Person => ({ first, last, jobTitle: "Teacher of English", category: "TEACHER", careerStage: "ESTABLISHED", communities });
const ENGLISH = "English Subject Community";

export const PEOPLE = {
  // cpd.spec: a teacher logs and submits, a head of the same school verifies.
  cpdTeacher: teacher("Orla", "Journeyteacher"),
  cpdHead: { first: "Hamid", last: "Journeyhead", jobTitle: "Headteacher", category: "LEADERSHIP", careerStage: "HEADTEACHER", head: true },
  // communities.spec: the English community's leader takes the register; a member attends.
  communityLeader: teacher("Lena", "Journeyleader", [{ community: ENGLISH, role: "LEADER" }]),
  communityMember: teacher("Amos", "Journeyattendee", [{ community: ENGLISH, role: "MEMBER" }]),
  // The meeting recorded afterwards has an attendee of its own, so the two tests' hours never mix.
  communityLateMember: teacher("Rhea", "Lateattendee", [{ community: ENGLISH, role: "MEMBER" }]),
  // empty-file.spec: a teacher and a leader of their own.
  fileTeacher: teacher("Tess", "Emptyfile"),
  fileLeader: teacher("Leo", "Emptyfile", [{ community: ENGLISH, role: "LEADER" }]),
  // inductions.spec: a head starts a new teacher's induction with a mentor, who then sees their ECT.
  inductionHead: { first: "Ines", last: "Inductionhead", jobTitle: "Headteacher", category: "LEADERSHIP", careerStage: "HEADTEACHER", head: true },
  inductionMentor: teacher("Mina", "Inductionmentor"),
  inductionEct: { ...teacher("Ezra", "Inductionect"), careerStage: "ECT" },
  // placements.spec: the admin seconds a teacher with CPD to another school, whose head then sees them.
  placementTeacher: { ...teacher("Petra", "Secondee"), cpd: "Oracy and questioning course" },
  placementHomeHead: { first: "Hugo", last: "Homehead", jobTitle: "Headteacher", category: "LEADERSHIP", careerStage: "HEADTEACHER", head: true },
  placementHostHead: { first: "Hana", last: "Hosthead", jobTitle: "Headteacher", category: "LEADERSHIP", careerStage: "HEADTEACHER", head: true, otherSchool: true },
  // csi.spec: a head of another cluster peer-reviews the demo school, whose head then acts on the review.
  csiReviewedHead: { first: "Rhona", last: "Reviewedhead", jobTitle: "Headteacher", category: "LEADERSHIP", careerStage: "HEADTEACHER", head: true },
  csiReviewerHead: { first: "Victor", last: "Reviewinghead", jobTitle: "Headteacher", category: "LEADERSHIP", careerStage: "HEADTEACHER", head: true, otherCluster: true },
  // notifications.spec: a head returns a teacher's CPD record; the teacher is told in the portal and by email.
  notifyTeacher: teacher("Nell", "Notified"),
  notifyHead: { first: "Nico", last: "Notifyhead", jobTitle: "Headteacher", category: "LEADERSHIP", careerStage: "HEADTEACHER", head: true },
  // priorities.spec: a head writes a priority owned by a teacher and records progress; the demo governor reads it by role.
  priorityHead: { first: "Priya", last: "Priorityhead", jobTitle: "Headteacher", category: "LEADERSHIP", careerStage: "HEADTEACHER", head: true },
  priorityOwner: { ...teacher("Owen", "Priorityowner"), jobTitle: "Reading lead (e2e)" },
  // access-log.spec: a head opens a teacher's portfolio; the teacher sees it under "Who opened my records".
  accessHead: { first: "Agnes", last: "Accesshead", jobTitle: "Headteacher", category: "LEADERSHIP", careerStage: "HEADTEACHER", head: true },
  accessTeacher: teacher("Theo", "Accessteacher"),
  // mentor-meetings.spec: a mentor logs meetings with their ECT, who sees them and their hours rise; the tutor and a head read the log.
  meetingMentor: teacher("Marta", "Meetingmentor"),
  meetingTutor: teacher("Theo", "Meetingtutor"),
  meetingEct: { ...teacher("Elif", "Meetingect"), careerStage: "ECT" },
  meetingHead: { first: "Hilde", last: "Meetinghead", jobTitle: "Headteacher", category: "LEADERSHIP", careerStage: "HEADTEACHER", head: true },
  // programme.spec: a head publishes courses and approves; a teacher books, attends and answers the follow-up;
  // two more teachers meet a full course's waiting list.
  programmeHead: { first: "Petal", last: "Programmehead", jobTitle: "Headteacher", category: "LEADERSHIP", careerStage: "HEADTEACHER", head: true },
  programmeTeacher: teacher("Bea", "Programmebooker"),
  programmeFirst: teacher("Finn", "Firstbooker"),
  programmeSecond: teacher("Sara", "Secondbooker"),
  // coaching.spec: a head pairs a teacher with a coach of another school, who records sessions; the head drops in on a teacher, who replies.
  coachingHead: { first: "Carys", last: "Coachinghead", jobTitle: "Headteacher", category: "LEADERSHIP", careerStage: "HEADTEACHER", head: true },
  coachingCoach: { ...teacher("Colm", "Journeycoach"), otherSchool: true },
  coachingCoachee: teacher("Cleo", "Journeycoachee"),
  dropInTeacher: teacher("Dara", "Dropinteacher"),
  // pipeline.spec: teachers record aspirations (JavaScript on and off) and an NPQ; their head endorses, verifies and plans the SENCO post.
  pipelineTeacher: teacher("Asha", "Aspiring"),
  pipelineNoScript: teacher("Noel", "Noscript"),
  pipelineSuccessor: { ...teacher("Sid", "Successor"), jobTitle: "Assistant SENCO (e2e)" },
  pipelineHead: { first: "Perry", last: "Pipelinehead", jobTitle: "Headteacher", category: "LEADERSHIP", careerStage: "HEADTEACHER", head: true },
  // appraisal.spec: a teacher and their line manager (their reviewer) agree objectives and sign off the mid-year review.
  appraisalReviewer: teacher("Rita", "Appraisalreviewer"),
  appraisalTeacher: { ...teacher("Theo", "Appraisee"), cpd: "Phonics refresher (e2e)", lineManager: "appraisalReviewer", openCycle: true },
  appraisalHead: { first: "Hattie", last: "Appraisalhead", jobTitle: "Headteacher", category: "LEADERSHIP", careerStage: "HEADTEACHER", head: true },
  // voice.spec: a head builds a survey of their school; a teacher and four colleagues answer it on a phone.
  voiceHead: { first: "Vera", last: "Voicehead", jobTitle: "Headteacher", category: "LEADERSHIP", careerStage: "HEADTEACHER", head: true, lastSchool: true },
  voiceTeacher: { ...teacher("Val", "Voiceteacher"), lastSchool: true },
  voiceColleague1: { ...teacher("Cai", "Voiceone"), lastSchool: true },
  voiceColleague2: { ...teacher("Cara", "Voicetwo"), lastSchool: true },
  voiceColleague3: { ...teacher("Cole", "Voicethree"), lastSchool: true },
  voiceColleague4: { ...teacher("Cleo", "Voicefour"), lastSchool: true },
  // instances.spec: signed in on one app instance, working on another; another locked out across both.
  instancesTeacher: teacher("Nia", "Twoinstances"),
  instancesLocked: teacher("Lou", "Lockedout"),
  // retention.spec: a head records a teacher's leaving with its reason; the leaver answers the exit survey on a phone.
  retentionHead: { first: "Rowan", last: "Retentionhead", jobTitle: "Headteacher", category: "LEADERSHIP", careerStage: "HEADTEACHER", head: true },
  retentionLeaver: teacher("Lark", "Retentionleaver"),
} satisfies Record<string, Person>;

export type PersonKey = keyof typeof PEOPLE;
export const PERSON_KEYS = Object.keys(PEOPLE) as PersonKey[];
export const personEmail = (key: PersonKey) => demoEmail(`e2e.${key.toLowerCase()}`);
export const personName = (key: PersonKey) => `${PEOPLE[key].first} ${PEOPLE[key].last}`;
export const personState = (key: PersonKey) => `tests/e2e/.auth/person-${key}.json`;
export const needsCode = (key: PersonKey) => Boolean((PEOPLE[key] as Person).head);

/** The person's user id and school's name, from the e2e database (a select of users, a school to find). */
export async function personRecord(key: PersonKey, databaseUrl = e2eDatabaseUrl()): Promise<{ userId: string; school: string }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows: [row] } = await client.query<{ userId: string; school: string }>(
      `SELECT u.id AS "userId", sc.name AS school FROM "User" u JOIN "StaffMember" s ON s."userId" = u.id JOIN "School" sc ON sc.id = s."schoolId" WHERE u.email = $1`,
      [personEmail(key)],
    );
    if (!row) throw new Error(`${key} has no sign-in: did the people setup run?`);
    return row;
  } finally {
    await client.end();
  }
}

/** Writes the person (idempotent: an existing sign-in is left as it is), in one transaction. */
export async function createPerson(key: PersonKey, databaseUrl = e2eDatabaseUrl()): Promise<void> {
  const person: Person = PEOPLE[key];
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("BEGIN");
    const { rows: [school] } = await client.query<{ trustId: string; schoolId: string }>(
      `SELECT s."trustId", s."schoolId" FROM "StaffMember" s JOIN "User" u ON u.id = s."userId" WHERE u.email = $1`,
      [DEMO_EMAILS.teacher],
    );
    if (!school) throw new Error("The e2e database has no demo school: did the seed run?");
    const email = personEmail(key);
    const userId = randomUUID();
    const created = await client.query(
      `INSERT INTO "User" (id, "trustId", email, name, "passwordHash", "mfaSecret", "mfaEnabledAt")
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (email) DO NOTHING`,
      [userId, school.trustId, email, personName(key), await hashPassword(PERSON_PASSWORD), person.head ? PERSON_TOTP_SECRET : null, person.head ? new Date() : null],
    );
    if (created.rowCount === 0) return void (await client.query("ROLLBACK"));
    if (person.otherSchool) {
      const { rows: [other] } = await client.query<{ id: string }>(
        `SELECT id FROM "School" WHERE "trustId" = $1 AND id <> $2 AND "archivedAt" IS NULL ORDER BY name LIMIT 1`,
        [school.trustId, school.schoolId],
      );
      school.schoolId = other!.id;
    }
    if (person.otherCluster) {
      const { rows: [other] } = await client.query<{ id: string }>(
        `SELECT id FROM "School" WHERE "trustId" = $1 AND "clusterId" <> (SELECT "clusterId" FROM "School" WHERE id = $2) AND "archivedAt" IS NULL ORDER BY name LIMIT 1`,
        [school.trustId, school.schoolId],
      );
      if (!other) throw new Error("The e2e database has no school in another cluster than the demo school's.");
      school.schoolId = other.id;
    }
    if (person.lastSchool) {
      const { rows: [last] } = await client.query<{ id: string }>(`SELECT id FROM "School" WHERE "trustId" = $1 AND "archivedAt" IS NULL ORDER BY name DESC LIMIT 1`, [school.trustId]);
      school.schoolId = last!.id;
    }
    const staffId = randomUUID();
    await client.query(
      `INSERT INTO "StaffMember" (id, "trustId", "schoolId", "userId", "firstName", "lastName", email, "jobTitle", category, "careerStage", fte, "startDate", subjects)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 1, DATE '2020-09-01', ARRAY['English'])`,
      [staffId, school.trustId, school.schoolId, userId, person.first, person.last, email, person.jobTitle, person.category, person.careerStage],
    );
    const role = (name: string, schoolId: string | null, communityId: string | null) =>
      client.query(`INSERT INTO "RoleAssignment" (id, "trustId", "userId", role, "schoolId", "communityId") VALUES ($1, $2, $3, $4, $5, $6)`, [randomUUID(), school.trustId, userId, name, schoolId, communityId]);
    await role("STAFF", null, null);
    if (person.cpd) {
      await client.query(
        `INSERT INTO "CpdActivity" (id, "trustId", "schoolId", "staffMemberId", title, type, strand, "startDate", "endDate", minutes, status, "updatedAt")
         VALUES ($1, $2, $3, $4, $5, 'COURSE', 'PROFESSIONAL_LEARNING', $6, $6, 180, 'VERIFIED', now())`,
        [randomUUID(), school.trustId, school.schoolId, staffId, person.cpd, londonIsoDay(-30)],
      );
    }
    if (person.head) await role("HEADTEACHER", school.schoolId, null);
    for (const m of person.communities ?? []) {
      const communityId = demoCommunity(m.community).id;
      await client.query(`INSERT INTO "Membership" (id, "trustId", "communityId", "staffMemberId", role) VALUES ($1, $2, $3, $4, $5)`, [randomUUID(), school.trustId, communityId, staffId, m.role]);
      if (m.role === "LEADER") await role("NETWORK_LEADER", null, communityId);
    }
    await appraisalRelations(client, key, staffId, school.trustId);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

/** Performance development: the line manager link (both ways, whichever person comes first) and, for the
 *  spec's teacher, this year's cycle with every window open today, so the journey works on any day. */
async function appraisalRelations(client: pg.Client, key: PersonKey, staffId: string, trustId: string) {
  const person: Person = PEOPLE[key];
  const managerEmail = person.lineManager ? personEmail(person.lineManager as PersonKey) : null;
  if (managerEmail) await client.query(`UPDATE "StaffMember" SET "lineManagerId" = (SELECT id FROM "StaffMember" WHERE email = $2) WHERE id = $1`, [staffId, managerEmail]);
  for (const [report, p] of Object.entries(PEOPLE) as [PersonKey, Person][]) {
    if (p.lineManager === key) await client.query(`UPDATE "StaffMember" SET "lineManagerId" = $1 WHERE email = $2`, [staffId, personEmail(report)]);
  }
  if (!person.openCycle) return;
  const today = londonIsoDay(0);
  const start = Number(today.slice(0, 4)) - (Number(today.slice(5, 7)) < 9 ? 1 : 0);
  await client.query(
    `INSERT INTO "AppraisalCycle" (id, "trustId", "academicYear", "objectivesFrom", "objectivesTo", "headsObjectivesTo", "midYearFrom", "midYearTo", "endYearFrom", "endYearTo", "updatedById", "updatedAt")
     VALUES ($1, $2, $3, $4, $5, $5, $5, $5, $5, $6, (SELECT id FROM "User" WHERE email = $7), now())
     ON CONFLICT ("trustId", "academicYear") DO UPDATE SET "objectivesTo" = $5, "headsObjectivesTo" = $5, "midYearFrom" = $5, "midYearTo" = $5, "endYearFrom" = $5`,
    [randomUUID(), trustId, start, `${start}-09-01`, today, `${start + 1}-08-31`, DEMO_EMAILS.admin],
  );
}
