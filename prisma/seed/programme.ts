// The demo trust's CPD programme (issue 19 §1–2): about 40 courses over the year around today (past ones
// with registers, verified CPD, ratings and six-week answers; future ones with bookings, approvals waiting
// and waiting lists), run by the trust, schools and a community, so every role's programme pages look
// lived-in at first start. The demo teacher has bookings, attended courses and a follow-up to answer; the
// demo head has bookings to approve and their school runs courses; the demo network leader runs one.
import type { Db, Tx } from "../../lib/db/client";
import { DEMO_EMAILS, DEMO_SEED } from "./demo";
import { insertRows } from "./insert";
import { CHANGED, COURSES, type CourseTemplate, NOT_YET, PUPILS, WILL_TRY } from "./programme-catalogue";
import { createRng, type Rng } from "./random";
import type { BuiltTrust, StaffRow } from "./types";

const DAY = 86_400_000;
const MONTHS = [-6, -5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5, 6];
const PER_MONTH = 3;

type Owner = { ownerSchoolId: string | null; communityId: string | null; providerSchoolId: string | null; organiser: string };

const suits = (t: CourseTemplate, s: StaffRow) => (t.stages.length === 0 || t.stages.includes(s.careerStage)) && (t.categories.length === 0 || t.categories.includes(s.category));

function sessionsOf(rng: Rng, t: CourseTemplate, first: Date) {
  if (t.kind === "CONFERENCE") {
    // Two slots of two parallel workshops on one day.
    return [0, 1, 2, 3].map((i) => ({ slot: i < 2 ? 1 : 2, title: `Workshop ${i + 1}`, startsAt: new Date(first.getTime() + (i < 2 ? 0 : 2) * 3_600_000) }));
  }
  return Array.from({ length: t.sessions }, (_, i) => ({ slot: 1, title: t.sessions > 1 ? `Part ${i + 1}` : null, startsAt: new Date(first.getTime() + i * 7 * DAY) }));
}

export function buildProgramme(built: BuiltTrust, today: Date, leaderCommunity: string | null) {
  const rng = createRng(DEMO_SEED).fork("programme");
  const trustId = built.trust.id;
  const userOf = (email: string) => built.users.find((u) => u.email === email)?.id ?? null;
  const admin = built.roleAssignments.find((r) => r.role === "TRUST_ADMIN")!.userId;
  const demoHead = userOf(DEMO_EMAILS.head);
  const headSchool = built.roleAssignments.find((r) => r.role === "HEADTEACHER" && r.userId === demoHead)?.schoolId ?? built.schools[0]!.id;
  const headOf = (schoolId: string) => built.roleAssignments.find((r) => r.role === "HEADTEACHER" && r.schoolId === schoolId)?.userId ?? admin;
  const teacher = built.staff.find((s) => s.email === DEMO_EMAILS.teacher);
  const current = built.staff.filter((s) => !s.leaveDate);
  const rows = { courses: [] as object[], sessions: [] as object[], bookings: [] as object[], choices: [] as object[], attendance: [] as object[], cpd: [] as object[], feedback: [] as object[], followUps: [] as object[] };
  let n = 0;
  for (const month of MONTHS) {
    for (let k = 0; k < PER_MONTH; k++, n++) {
      const t = COURSES[n % COURSES.length]!;
      const crng = rng.fork(`course-${n}`);
      const school = crng.pick(built.schools);
      const owner: Owner =
        t.kind === "SCHOOL_VISIT" ? { ownerSchoolId: school.id, communityId: null, providerSchoolId: school.id, organiser: headOf(school.id) }
        : n % 7 === 2 ? { ownerSchoolId: headSchool, communityId: null, providerSchoolId: headSchool, organiser: headOf(headSchool) }
        : n % 9 === 4 && leaderCommunity ? { ownerSchoolId: null, communityId: leaderCommunity, providerSchoolId: school.id, organiser: admin }
        : { ownerSchoolId: null, communityId: null, providerSchoolId: t.provider ? null : school.id, organiser: admin };
      const first = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + month, crng.int(3, 26), 15, 30));
      const sessions = sessionsOf(crng, t, first).map((s) => ({ id: crng.uuid(), ...s }));
      const last = sessions.at(-1)!.startsAt;
      const courseId = crng.uuid();
      const future = first > today;
      const draft = future && n % 17 === 0;
      const eligible = crng.shuffle(current.filter((s) => suits(t, s)));
      // The demo teacher books a few, past and future, so their pages have something of theirs.
      if (teacher && suits(t, teacher) && n % 4 === 1) eligible.unshift(teacher);
      // Every third future course is full with a short waiting list (its places fitted to who may book).
      const full = future && n % 3 === 0;
      const places = full ? Math.max(2, Math.min(t.places, eligible.length - 3)) : t.places;
      rows.courses.push({
        id: courseId, trustId, title: t.title, description: t.description, strand: t.strand, kind: t.kind, careerStages: t.stages, categories: t.categories, phases: [],
        providerSchoolId: owner.providerSchoolId, providerName: owner.providerSchoolId ? null : t.provider, places, needsApproval: Boolean(t.approval),
        bookingDeadline: future ? new Date(first.getTime() - 7 * DAY).toISOString().slice(0, 10) : null, status: draft ? "DRAFT" : "PUBLISHED",
        ownerSchoolId: owner.ownerSchoolId, communityId: owner.communityId, createdById: owner.organiser, publishedAt: draft ? null : new Date(first.getTime() - 40 * DAY), createdAt: new Date(first.getTime() - 45 * DAY),
      });
      for (const s of sessions) rows.sessions.push({ id: s.id, trustId, courseId, title: s.title, slot: s.slot, startsAt: s.startsAt, durationMinutes: t.minutes, venue: t.kind === "SCHOOL_VISIT" ? school.name : crng.pick(["Trust centre", "Conference suite", "Online"]), onlineUrl: null });
      if (draft) continue;

      const wanted = full ? places + 3 : future ? crng.int(Math.ceil(places * 0.3), places) : crng.int(Math.ceil(places * 0.5), places);
      const bookers = [...new Set(eligible)].slice(0, wanted);
      const pendingFrom = future && t.approval ? Math.floor(bookers.length * 0.6) : bookers.length;
      bookers.forEach((s, i) => {
        const status = i >= places ? "WAITING" : i >= pendingFrom || (future && t.approval && s.schoolId === headSchool && i % 2 === 0) ? "PENDING" : "BOOKED";
        const bookingId = crng.uuid();
        const at = new Date(first.getTime() - (30 - i * 0.1) * DAY);
        rows.bookings.push({ id: bookingId, trustId, courseId, staffMemberId: s.id, schoolId: s.schoolId, status, queuedAt: at, createdAt: at, updatedAt: at, ...(status === "BOOKED" && t.approval ? { decidedById: headOf(s.schoolId), decidedAt: at } : {}) });
        const mine = t.kind === "CONFERENCE" ? [crng.pick(sessions.filter((x) => x.slot === 1)), crng.pick(sessions.filter((x) => x.slot === 2))] : sessions;
        if (t.kind === "CONFERENCE") for (const c of mine) rows.choices.push({ trustId, bookingId, sessionId: c.id, slot: c.slot });
        if (future || status !== "BOOKED") return;
        let attendedAny = false;
        for (const session of mine.filter((x) => x.startsAt < today)) {
          const attended = s.id === teacher?.id || crng.chance(0.9);
          rows.attendance.push({ trustId, sessionId: session.id, staffMemberId: s.id, attended });
          if (!attended) continue;
          attendedAny = true;
          const day = new Date(Date.UTC(session.startsAt.getUTCFullYear(), session.startsAt.getUTCMonth(), session.startsAt.getUTCDate())).toISOString().slice(0, 10);
          rows.cpd.push({
            id: crng.uuid(), trustId, schoolId: s.schoolId, staffMemberId: s.id, title: session.title && t.kind !== "CONFERENCE" ? `${t.title}: ${session.title}` : t.title, type: t.kind, strand: t.strand,
            provider: t.provider ?? school.name, startDate: day, endDate: day, minutes: t.minutes, status: "VERIFIED", verifiedById: owner.organiser, verifiedAt: session.startsAt,
            submittedAt: session.startsAt, courseSessionId: session.id, createdAt: session.startsAt, updatedAt: session.startsAt,
          });
        }
        if (!attendedAny || last >= today) return;
        if (crng.chance(0.75)) rows.feedback.push({ id: crng.uuid(), trustId, courseId, staffMemberId: s.id, rating: crng.weighted([[5, 4], [4, 5], [3, 2], [2, 1]] as const), willTry: crng.pick(WILL_TRY), createdAt: new Date(last.getTime() + DAY) });
        const dueAt = new Date(last.getTime() + 42 * DAY);
        const asked = dueAt <= today;
        // The demo teacher's latest asked follow-up waits for an answer; the rest are answered most of the time.
        const answered = asked && new Date(dueAt.getTime() + 3 * DAY) <= today && (s.id === teacher?.id ? dueAt.getTime() < today.getTime() - 30 * DAY : crng.chance(0.6));
        const changed = crng.chance(0.75);
        rows.followUps.push({
          id: crng.uuid(), trustId, staffMemberId: s.id, courseId, title: t.title, dueAt, askedAt: asked ? dueAt : null, createdAt: last,
          ...(answered ? { answeredAt: new Date(dueAt.getTime() + 3 * DAY), changedPractice: changed, practice: changed ? crng.pick(CHANGED) : crng.pick(NOT_YET), pupils: changed ? crng.pick(PUPILS) : null } : {}),
        });
      });
    }
  }
  return rows;
}

export async function seedProgramme(db: Db | Tx, built: BuiltTrust, today: Date = new Date()) {
  const leader = built.roleAssignments.find((r) => r.role === "NETWORK_LEADER" && r.userId === built.users.find((u) => u.email === DEMO_EMAILS.networkLeader)?.id)?.communityId ?? null;
  const community = leader ? await db.community.findFirst({ where: { id: leader, trustId: built.trust.id }, select: { id: true } }) : null;
  const rows = buildProgramme(built, today, community?.id ?? null);
  await insertRows(db, "Course", rows.courses);
  await insertRows(db, "CourseSession", rows.sessions);
  await insertRows(db, "CourseBooking", rows.bookings);
  await insertRows(db, "BookingSession", rows.choices);
  await insertRows(db, "SessionAttendance", rows.attendance);
  await insertRows(db, "CpdActivity", rows.cpd);
  await insertRows(db, "CourseFeedback", rows.feedback);
  await insertRows(db, "ImpactFollowUp", rows.followUps);
}
