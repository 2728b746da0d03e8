// The demo trust's communities: the DEMO_COMMUNITIES (whose ids the NETWORK_LEADER role
// assignments already point at) plus two more, with members from many schools, a year of
// meetings with registers and minutes, the CPD those registers generate, resources and expertise.
import type { Db, Tx } from "../../lib/db/client";
import { addDays, startOfUtcDay, weekday } from "./dates";
import { DEMO_COMMUNITIES, DEMO_EMAILS, DEMO_SEED } from "./demo";
import { COMMUNITY_PLANS, EXAMPLE_EXPERTISE, EXPERTISE_AREAS, LEVELS, RESOURCE_SHAPES } from "./communities-content";
import { type InsertProgress, insertRows } from "./insert";
import { createRng, type Rng } from "./random";
import type { BuiltTrust, StaffRow } from "./types";
import { londonLocalToUtc, utcToLondonLocal } from "@/lib/dates";

type Row = Record<string, unknown>;
export type CommunityRows = Record<"Community" | "Membership" | "CommunityInvitation" | "RoleAssignment" | "Meeting" | "Attendance" | "CpdActivity" | "Resource" | "Expertise", Row[]>;

const DAY = 86_400_000;
const at16 = (day: Date) => londonLocalToUtc(`${day.toISOString().slice(0, 10)}T16:00`) ?? day;

/** Term-time weekdays: a meeting that would fall in August moves to mid-September. */
function termDay(d: Date): Date {
  return weekday(d.getUTCMonth() === 7 ? new Date(Date.UTC(d.getUTCFullYear(), 8, 15)) : d);
}

export function buildCommunities(rng: Rng, built: BuiltTrust, opts: { scale: number; today?: Date }): CommunityRows {
  const today = startOfUtcDay(opts.today ?? new Date());
  const now = opts.today ?? new Date();
  const trustId = built.trust.id;
  const out: CommunityRows = { Community: [], Membership: [], CommunityInvitation: [], RoleAssignment: [], Meeting: [], Attendance: [], CpdActivity: [], Resource: [], Expertise: [] };
  const current = built.staff.filter((s) => !s.leaveDate);
  const staffByUser = new Map(current.filter((s) => s.userId).map((s) => [s.userId as string, s]));
  const personas = new Set<string>(Object.values(DEMO_EMAILS));
  const byEmail = (email: string) => current.find((s) => s.email === email);
  const schools = built.schools;
  const schoolName = new Map(schools.map((s) => [s.id, s.name]));

  for (const plan of COMMUNITY_PLANS) {
    const crng = rng.fork(plan.name);
    const demo = DEMO_COMMUNITIES.find((c) => c.name === plan.name);
    const id = demo?.id ?? crng.uuid();
    out.Community.push({ id, trustId, name: plan.name, kind: plan.kind, subject: plan.subject, description: plan.description, isOpen: plan.isOpen, createdAt: addDays(today, -900) });

    // Leaders: the NETWORK_LEADER roles for demo communities; for the others, appointed here (both rows, as the admin page does).
    let leaders = built.roleAssignments.filter((r) => r.role === "NETWORK_LEADER" && r.communityId === id).map((r) => staffByUser.get(r.userId)).filter((s): s is StaffRow => Boolean(s));
    if (!demo) {
      const pick = crng.shuffle(current.filter((s) => s.userId && !personas.has(s.email) && plan.joins(s) > 0 && s.category !== "SUPPORT")).slice(0, 1);
      for (const s of pick) out.RoleAssignment.push({ id: crng.uuid(), trustId, userId: s.userId, role: "NETWORK_LEADER", schoolId: null, communityId: id });
      leaders = pick;
    }
    const joined = new Map<string, Date>();
    const members: StaffRow[] = [];
    const join = (s: StaffRow, role: "LEADER" | "MEMBER") => {
      if (joined.has(s.id)) return;
      const daysAgo = role === "LEADER" || crng.chance(0.85) ? crng.int(400, 1500) : crng.int(30, 365);
      const joinedAt = addDays(today, -daysAgo);
      joined.set(s.id, joinedAt);
      members.push(s);
      out.Membership.push({ id: crng.uuid(), trustId, communityId: id, staffMemberId: s.id, role, joinedAt });
    };
    for (const l of leaders) join(l, "LEADER");
    // More staff at a larger scale join naturally; a few more per school keep every scale lively.
    for (const s of current) if (!personas.has(s.email) && crng.chance(plan.joins(s))) join(s, "MEMBER");
    const teacher = byEmail(DEMO_EMAILS.teacher);
    if (teacher && (plan.name === "English Subject Community" || plan.name === "Trust Mathematics Community")) join(teacher, "MEMBER");
    // The senior leader attends English meetings too: the browser test registers them, so the
    // teacher's hours stay the CPD journey's own when both tests run at once.
    const senior = byEmail(DEMO_EMAILS.seniorLeader);
    if (senior && plan.name === "English Subject Community") join(senior, "MEMBER");
    if (teacher && !plan.isOpen) out.CommunityInvitation.push({ trustId, communityId: id, staffMemberId: teacher.id, invitedById: leaders[0]?.userId ?? teacher.userId, createdAt: addDays(now, -3) });

    // A year of meetings every five to seven weeks, then two planned.
    const meetingDays: Date[] = [];
    for (let d = addDays(today, -crng.int(350, 365)); d < today; d = addDays(d, crng.int(35, 49))) meetingDays.push(termDay(d));
    const held = meetingDays.filter((d) => d < today);
    const planned = [termDay(addDays(today, crng.int(10, 30))), termDay(addDays(today, crng.int(45, 75)))];
    const leaderUser = leaders[0]?.userId ?? null;
    for (const [i, day] of [...held, ...planned].entries()) {
      const isHeld = i < held.length;
      const cancelled = isHeld && crng.chance(0.05);
      const topic = plan.topics[i % plan.topics.length] ?? "Network meeting";
      const startsAt = at16(day);
      const durationMinutes = crng.pick([60, 90, 90, 120]);
      const host = crng.pick(schools);
      const online = crng.chance(0.3);
      const meetingId = crng.uuid();
      const closedAt = isHeld && !cancelled ? new Date(startsAt.getTime() + durationMinutes * 60_000 + DAY) : null;
      out.Meeting.push({
        id: meetingId, trustId, communityId: id, title: topic, startsAt, durationMinutes,
        location: online ? null : `${host.name}, ${crng.pick(["Library", "Staff room", "Room 4", "Conference room", "Hall"])}`,
        onlineUrl: online ? `https://meet.northbridge.example/${plan.name.toLowerCase().replace(/[^a-z]+/g, "-")}` : null,
        agenda: `1. Welcome and actions from last time\n2. ${topic}\n3. Sharing practice from schools\n4. Next steps`,
        minutes: closedAt ? `Discussed ${topic.toLowerCase()}. Colleagues from ${crng.int(3, 9)} schools shared practice. Actions: trial the approach before the next meeting and bring examples.` : null,
        status: cancelled ? "CANCELLED" : isHeld ? "HELD" : "PLANNED",
        registerClosedAt: closedAt,
        createdAt: addDays(startsAt, -30),
      });
      if (!closedAt) continue;
      const rate = crng.float(0.55, 0.85);
      for (const s of members) {
        if ((joined.get(s.id) as Date) > startsAt) continue;
        const attended = leaders.includes(s) ? crng.chance(0.97) : crng.chance(rate);
        out.Attendance.push({ trustId, meetingId, staffMemberId: s.id, attended });
        if (!attended) continue;
        out.CpdActivity.push({
          id: crng.uuid(), trustId, schoolId: s.schoolId, staffMemberId: s.id, title: `${plan.name}: ${topic}`,
          type: "NETWORK_MEETING", strand: "PROFESSIONAL_NETWORKS", provider: plan.name, startDate: day, endDate: day,
          minutes: durationMinutes, subject: plan.subject, communityId: id, meetingId, status: "VERIFIED",
          // Nobody verifies their own hours: the leader's records were verified at their school (by someone the seed does not name).
          submittedAt: closedAt, verifiedById: s.userId === leaderUser ? null : leaderUser, verifiedAt: closedAt, createdAt: closedAt, updatedAt: closedAt,
        });
      }
    }

    // The English community's drop-in began 45 minutes before the seed ran: its register is open for the
    // leader to take (the demo's "take the register" and the browser test's journey).
    if (plan.name === "English Subject Community") {
      // Never before London's midnight, so it is today's meeting whenever the seed runs.
      const midnight = londonLocalToUtc(`${utcToLondonLocal(now).slice(0, 10)}T00:00`) ?? now;
      const startsAt = new Date(Math.max(midnight.getTime(), Math.floor((now.getTime() - 45 * 60_000) / 60_000) * 60_000));
      out.Meeting.push({
        id: crng.fork("drop-in").uuid(), trustId, communityId: id, title: "Reading fluency drop-in", startsAt, durationMinutes: 75,
        location: null, onlineUrl: "https://meet.northbridge.example/english-drop-in", agenda: "1. Fluency probes\n2. Sharing practice",
        minutes: null, status: "PLANNED", registerClosedAt: null, createdAt: addDays(now, -14),
      });
    }

    // Resources: a shelf per community that grows with the trust.
    const authors = members.length ? [...leaders, ...members.slice(0, 20)] : [];
    const resourceCount = authors.length ? crng.int(8, 14) * opts.scale : 0;
    for (let i = 0; i < resourceCount; i++) {
      const topic = crng.pick(plan.topics);
      const [kind, title] = crng.pick(RESOURCE_SHAPES);
      const author = crng.pick(authors);
      const tags = crng.shuffle(plan.tags).slice(0, crng.int(2, 4));
      out.Resource.push({
        id: crng.uuid(), trustId, communityId: id, title: title(topic), kind, tags,
        description: `Shared by ${author.firstName} ${author.lastName} (${schoolName.get(author.schoolId) ?? "the trust"}) after the ${topic.toLowerCase()} meeting.`,
        url: `https://resources.northbridge.example/${id.slice(0, 8)}/${i + 1}`,
        authorId: author.id, createdAt: new Date(now.getTime() - crng.int(1, 700) * DAY),
      });
    }
  }

  // The expertise directory: some staff list what they could help other schools with.
  const erng = rng.fork("expertise");
  for (const s of current) {
    const keys = [...s.subjects, s.jobTitle].filter((k) => EXPERTISE_AREAS[k]);
    // Of the demo personas only the network leader lists expertise, so the others' pages stay predictable.
    const p = s.email === DEMO_EMAILS.networkLeader ? 1 : personas.has(s.email) ? 0 : s.category === "SUPPORT" ? 0.1 : 0.18;
    if (!keys.length || !erng.chance(p)) continue;
    const areas = erng.shuffle(keys.flatMap((k) => EXPERTISE_AREAS[k] ?? [])).slice(0, erng.int(1, 2));
    for (const area of new Set(areas)) {
      const level = s.careerStage === "ECT" || s.careerStage === "EARLY_CAREER" ? "DEVELOPING" : erng.weighted(LEVELS);
      const when = new Date(now.getTime() - erng.int(5, 600) * DAY);
      out.Expertise.push({
        id: erng.uuid(), trustId, staffMemberId: s.id, area, level, willingToSupport: erng.chance(0.55),
        description: `${s.jobTitle} at ${schoolName.get(s.schoolId) ?? "the trust"}: ${erng.pick(["has led training on", "can share resources for", "has coached colleagues in", "is researching"])} ${area.toLowerCase()}.`,
        createdAt: when, updatedAt: when,
      });
    }
  }
  // Its own fork, so the entries above stay as they were.
  const xrng = rng.fork("expertise examples");
  for (const [area, subjects] of EXAMPLE_EXPERTISE) {
    if (out.Expertise.some((e) => e.area === area)) continue;
    const s = subjects.map((k) => current.find((c) => c.subjects.includes(k) && !personas.has(c.email))).find(Boolean);
    if (!s) continue;
    const when = new Date(now.getTime() - xrng.int(5, 600) * DAY);
    out.Expertise.push({
      id: xrng.uuid(), trustId, staffMemberId: s.id, area, willingToSupport: true,
      level: s.careerStage === "ECT" || s.careerStage === "EARLY_CAREER" ? "DEVELOPING" : "EXPERIENCED",
      description: `${s.jobTitle} at ${schoolName.get(s.schoolId) ?? "the trust"}: has led training on ${area.toLowerCase()}.`,
      createdAt: when, updatedAt: when,
    });
  }
  return out;
}

const ORDER = ["Community", "RoleAssignment", "Membership", "CommunityInvitation", "Meeting", "Attendance", "CpdActivity", "Resource", "Expertise"] as const;
const CHUNK = 5_000;

export async function insertCommunities(db: Db | Tx, rows: CommunityRows, onProgress?: (p: InsertProgress) => void) {
  const total = ORDER.reduce((n, t) => n + rows[t].length, 0);
  let done = 0;
  for (const table of ORDER) {
    for (let i = 0; i < rows[table].length; i += CHUNK) {
      const chunk = rows[table].slice(i, i + CHUNK);
      await insertRows(db, table, chunk);
      done += chunk.length;
      onProgress?.({ table: `communities: ${table}`, done, total });
    }
  }
}

/** Builds and inserts the communities of a built trust. Its own fork: the community ids themselves come from fork("communities"). */
export async function seedCommunities(db: Db | Tx, built: BuiltTrust, opts: { scale: number; today?: Date; onProgress?: (p: InsertProgress) => void }) {
  const rows = buildCommunities(createRng(DEMO_SEED).fork("communities").fork("rows"), built, opts);
  await insertCommunities(db, rows, opts.onProgress);
  // Fresh statistics, so the planner uses the full-text indexes straight after a bulk load (autovacuum would, later).
  // StaffMember too: without its row count the directory search walks every member of staff.
  await db.$executeRawUnsafe(`ANALYZE "Community", "Membership", "Meeting", "Attendance", "Resource", "Expertise", "StaffMember"`);
  return Object.fromEntries(ORDER.map((t) => [t, rows[t].length])) as Record<(typeof ORDER)[number], number>;
}
