import "server-only";
// Reads of coaching, always through the where-builders (./access.ts). The coaching page lists the
// viewer's own pairings, a head's school's pairings (people, cadence, last session: never steps or
// notes), the programme's numbers for the trust, and the set-up form's people. A pairing's own page,
// with its steps and notes, is the pair's alone: anyone else gets 404.
import { notFound } from "next/navigation";
import { canAny, PERMISSIONS, type Viewer } from "@/lib/access/policy";
import { ownStaffId } from "@/lib/access/where";
import { db } from "@/lib/db/client";
import { isoDay, londonToday } from "@/lib/dates";
import { isId } from "@/lib/validation/fields";
import { mayCoach, mayManagePairing, mayReadContent, pairingContentVisibleTo, pairingVisibleTo } from "./access";
import { cadenceStatus, isActive, thisTerm } from "./rules";

const PERSON = { select: { id: true, firstName: true, lastName: true, jobTitle: true, schoolId: true, school: { select: { name: true } } } } as const;
type Person = { firstName: string; lastName: string; jobTitle: string; school: { name: string } };
const name = (p: Person) => `${p.firstName} ${p.lastName}`;
const described = (p: Person) => `${name(p)} (${p.jobTitle}, ${p.school.name})`;

/** The latest session date of each pairing (dates only: the content is never read here). */
async function lastSessions(pairingIds: string[], trustId: string) {
  if (!pairingIds.length) return new Map<string, Date>();
  const rows = await db().coachingSession.groupBy({ by: ["pairingId"], where: { trustId, pairingId: { in: pairingIds } }, _max: { heldOn: true } });
  return new Map(rows.flatMap((r) => (r._max.heldOn ? [[r.pairingId, r._max.heldOn] as const] : [])));
}

/** Pairings with their people, cadence and status: the viewer's own, or those a head or the trust admin reads. */
async function pairingRows(viewer: Viewer, where: object) {
  const today = londonToday();
  const rows = await db().coachingPairing.findMany({
    where: { ...pairingVisibleTo(viewer), ...where },
    select: { id: true, trustId: true, focus: true, cadence: true, startsOn: true, endsOn: true, coachId: true, coacheeId: true, coach: PERSON, coachee: PERSON },
    orderBy: [{ startsOn: "desc" }, { id: "asc" }],
    take: 500,
  });
  const last = await lastSessions(rows.map((r) => r.id), viewer.trustId);
  return rows.map((r) => ({
    id: r.id, focus: r.focus, cadence: r.cadence, startsOn: r.startsOn, endsOn: r.endsOn,
    coach: described(r.coach), coachee: described(r.coachee), coachId: r.coachId, coacheeId: r.coacheeId,
    lastSession: last.get(r.id) ?? null,
    status: cadenceStatus(r, last.get(r.id) ?? null, today),
    manage: mayManagePairing(viewer, { trustId: r.trustId, coachee: { schoolId: r.coachee.schoolId } }),
  }));
}

/** The programme's numbers: active pairs, sessions this term and the share of active pairs keeping cadence. */
export async function programmeNumbers(viewer: Viewer) {
  const today = londonToday();
  const term = thisTerm(today);
  const pairs = await db().coachingPairing.findMany({
    where: { trustId: viewer.trustId, startsOn: { lte: today }, OR: [{ endsOn: null }, { endsOn: { gte: today } }] },
    select: { id: true, startsOn: true, endsOn: true, cadence: true },
  });
  const [last, sessions] = await Promise.all([
    lastSessions(pairs.map((p) => p.id), viewer.trustId),
    db().coachingSession.count({ where: { trustId: viewer.trustId, heldOn: { gte: term.start, lt: term.end } } }),
  ]);
  const keeping = pairs.filter((p) => cadenceStatus(p, last.get(p.id) ?? null, today) === "ON_TRACK").length;
  return { activePairs: pairs.length, sessionsThisTerm: sessions, keeping, keepingPercent: pairs.length ? Math.round((keeping / pairs.length) * 100) : null };
}

const STAFF_OPTION = { id: true, firstName: true, lastName: true, jobTitle: true, schoolId: true, school: { select: { name: true } } } as const;
const BY_NAME = [{ lastName: "asc" as const }, { firstName: "asc" as const }];
/** At most this many people found by a search: a name narrows it to a few. */
export const COACH_MATCHES = 50;

/** The trust's current staff whose name or school's name holds every word typed (up to four). */
function staffMatching(viewer: Viewer, words: string[]) {
  return db().staffMember.findMany({
    where: {
      trustId: viewer.trustId, leaveDate: null,
      AND: words.map((w) => ({ OR: [{ firstName: { contains: w, mode: "insensitive" as const } }, { lastName: { contains: w, mode: "insensitive" as const } }, { school: { name: { contains: w, mode: "insensitive" as const } } }] })),
    },
    select: STAFF_OPTION, orderBy: BY_NAME, take: COACH_MATCHES + 1,
  });
}

const searchWords = (text: string) => text.split(/\s+/).filter(Boolean).slice(0, 4);

/**
 * The people the set-up form offers: coachees of the schools the viewer heads; as coaches, the staff of
 * those schools, or (`coachSearch`) those of the whole trust whose name or school matches every word.
 * The trust admin, who may pair anyone, finds the coachee by name too (`coacheeSearch`): no list of
 * the trust's every member of staff (6,806 options at scale 10, 1.4 MB of HTML), which no one can use.
 */
async function setUpOptions(viewer: Viewer, coachSearch: string, coacheeSearch: string) {
  const scope = PERMISSIONS["coaching:manage"].schools(viewer);
  const words = searchWords(coachSearch);
  const coacheeWords = scope === "all" ? searchWords(coacheeSearch) : [];
  const [school, coacheesFound, found] = await Promise.all([
    scope === "all" ? null : db().staffMember.findMany({ where: { trustId: viewer.trustId, leaveDate: null, schoolId: { in: scope } }, select: STAFF_OPTION, orderBy: BY_NAME }),
    coacheeWords.length ? staffMatching(viewer, coacheeWords) : null,
    words.length ? staffMatching(viewer, words) : null,
  ]);
  const option = (s: NonNullable<typeof found>[number]) => ({ value: s.id, label: described(s) });
  const coachees = school ?? coacheesFound?.slice(0, COACH_MATCHES) ?? [];
  return {
    /** Whether coachees are found by name (the trust admin) rather than listed (a head's schools). */
    findCoachee: scope === "all",
    coachees: coachees.map(option),
    coaches: (found ? found.slice(0, COACH_MATCHES) : (school ?? [])).map(option),
    coachSearch: words.length ? coachSearch.trim() : "",
    coacheeSearch: coacheeWords.length ? coacheeSearch.trim() : "",
    more: (found?.length ?? 0) > COACH_MATCHES,
    moreCoachees: (coacheesFound?.length ?? 0) > COACH_MATCHES,
  };
}

/** The coaching page: whatever of it the viewer may read; 404 for someone who may read none. */
export async function coachingHome(viewer: Viewer, { coachSearch = "", coacheeSearch = "" }: { coachSearch?: string; coacheeSearch?: string } = {}) {
  const own = canAny(viewer, "coaching:view:own");
  const school = canAny(viewer, "coaching:view:any");
  const numbers = canAny(viewer, "coaching:numbers");
  if (!own && !school && !numbers) notFound();
  const me = ownStaffId(viewer);
  const scope = PERMISSIONS["coaching:view:any"].schools(viewer);
  return {
    mine: own ? (await pairingRows(viewer, { OR: [{ coachId: me }, { coacheeId: me }] })).map((p) => ({ ...p, role: p.coachId === me ? ("coach" as const) : ("coachee" as const) })) : null,
    school: school ? await pairingRows(viewer, scope === "all" ? {} : { OR: [{ coachee: { schoolId: { in: scope } } }, { coach: { schoolId: { in: scope } } }] }) : null,
    numbers: numbers ? await programmeNumbers(viewer) : null,
    setUp: canAny(viewer, "coaching:manage") ? await setUpOptions(viewer, coachSearch.slice(0, 100), coacheeSearch.slice(0, 100)) : null,
  };
}

/** One pairing with its steps and sessions: the pair's alone (404 for a head, the trust admin, anyone else). */
export async function pairingDetail(viewer: Viewer, id: string) {
  if (!isId(id)) notFound();
  const p = await db().coachingPairing.findFirst({
    where: { id, ...pairingContentVisibleTo(viewer) },
    include: {
      coach: PERSON, coachee: PERSON,
      steps: { orderBy: [{ createdAt: "desc" }], select: { id: true, description: true, setOn: true, securedOn: true } },
      sessions: { orderBy: [{ heldOn: "desc" }, { createdAt: "desc" }], select: { id: true, heldOn: true, minutes: true, notes: true } },
    },
  });
  if (!p || !mayReadContent(viewer, p)) notFound();
  const today = londonToday();
  const current = p.steps.find((s) => !s.securedOn) ?? null;
  return {
    id: p.id, focus: p.focus, cadence: p.cadence, startsOn: p.startsOn, endsOn: p.endsOn,
    coach: described(p.coach), coachee: described(p.coachee),
    status: cadenceStatus(p, p.sessions[0]?.heldOn ?? null, today),
    active: isActive(p, today),
    coaching: mayCoach(viewer, p),
    current,
    secured: p.steps.filter((s) => s.securedOn),
    sessions: p.sessions.map((s) => ({ ...s, heldOnIso: isoDay(s.heldOn) })),
    totalMinutes: p.sessions.reduce((sum, s) => sum + s.minutes, 0),
    today: isoDay(today),
    startsOnIso: isoDay(p.startsOn),
  };
}
