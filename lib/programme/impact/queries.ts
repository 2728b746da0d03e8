import "server-only";
// Impact: one course's report for its organiser (attendance by school and career stage, ratings, the
// six-week answers quoted without names to anyone but the trust admin, the share who changed something),
// and the trust's view by strand and provider with the number of answers beside every figure.
import { notFound } from "next/navigation";
import type { Viewer } from "@/lib/access/policy";
import { requirePermission } from "@/lib/access/where";
import { db } from "@/lib/db/client";
import { isId } from "@/lib/validation/fields";
import { courseVisibleTo, mayOrganise, readsImpactNames } from "../access";
import { FEW_ANSWERS } from "../labels";
import { schoolNames } from "../queries";
import { share } from "../rules";

const count = <K extends string>(keys: K[]) => [...keys.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<K, number>())].map(([key, n]) => ({ key, n })).sort((a, b) => b.n - a.n);
const mean = (xs: number[]) => (xs.length ? Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 10) / 10 : null);

export async function courseImpact(viewer: Viewer, courseId: string) {
  if (!isId(courseId)) notFound();
  const course = await db().course.findFirst({ where: { id: courseId, ...courseVisibleTo(viewer) }, select: { id: true, title: true, trustId: true, ownerSchoolId: true, communityId: true, places: true } });
  if (!course || !mayOrganise(viewer, course)) notFound();
  const named = readsImpactNames(viewer);
  const [attendance, booked, feedback, followUps, names] = await Promise.all([
    db().sessionAttendance.findMany({ where: { trustId: viewer.trustId, session: { courseId } }, select: { staffMemberId: true, attended: true } }),
    db().courseBooking.count({ where: { trustId: viewer.trustId, courseId, status: "BOOKED" } }),
    db().courseFeedback.findMany({ where: { trustId: viewer.trustId, courseId }, select: { rating: true, willTry: true, staffMemberId: true }, orderBy: { createdAt: "asc" } }),
    db().impactFollowUp.findMany({ where: { trustId: viewer.trustId, courseId }, select: { staffMemberId: true, answeredAt: true, changedPractice: true, practice: true, pupils: true }, orderBy: { answeredAt: "asc" } }),
    schoolNames(viewer.trustId),
  ]);
  const present = [...new Set(attendance.filter((a) => a.attended).map((a) => a.staffMemberId))];
  const recorded = new Set(attendance.map((a) => a.staffMemberId));
  const noShows = [...recorded].filter((id) => !present.includes(id)).length;
  const people = await db().staffMember.findMany({ where: { trustId: viewer.trustId, id: { in: [...new Set([...present, ...feedback.map((f) => f.staffMemberId), ...followUps.map((f) => f.staffMemberId)])] } }, select: { id: true, firstName: true, lastName: true, schoolId: true, careerStage: true } });
  const person = new Map(people.map((p) => [p.id, p]));
  const attendees = present.map((id) => person.get(id)!).filter(Boolean);
  const nameOf = (id: string) => (named ? `${person.get(id)?.firstName ?? ""} ${person.get(id)?.lastName ?? ""}`.trim() : null);
  const answered = followUps.filter((f) => f.answeredAt);
  const changed = answered.filter((f) => f.changedPractice).length;
  return {
    id: course.id, title: course.title, named,
    attendance: { booked, attended: present.length, noShows },
    bySchool: count(attendees.map((a) => names.get(a.schoolId) ?? "")),
    byStage: count(attendees.map((a) => a.careerStage)),
    ratings: { n: feedback.length, mean: mean(feedback.map((f) => f.rating)), spread: [1, 2, 3, 4, 5].map((r) => ({ rating: r, n: feedback.filter((f) => f.rating === r).length })) },
    willTry: feedback.map((f) => ({ text: f.willTry, name: nameOf(f.staffMemberId) })),
    followUps: { asked: followUps.length, answered: answered.length, changed, share: share(changed, answered.length), few: answered.length < FEW_ANSWERS },
    answers: answered.map((f) => ({ changed: Boolean(f.changedPractice), practice: f.practice ?? "", pupils: f.pupils, name: nameOf(f.staffMemberId) })),
  };
}

type Tally = { label: string; courses: number; ratings: number[]; answered: number; changed: number };
const figures = (t: Tally) => ({
  label: t.label, courses: t.courses, ratingN: t.ratings.length, rating: mean(t.ratings),
  answered: t.answered, changedShare: share(t.changed, t.answered), few: t.answered < FEW_ANSWERS,
});

/** The trust's impact by strand and by provider: every figure with its number of answers, a caution under five. */
export async function trustImpact(viewer: Viewer) {
  requirePermission(viewer, "programme:impact");
  const t = viewer.trustId;
  const [courses, feedback, followUps, names] = await Promise.all([
    db().course.findMany({ where: { trustId: t, status: "PUBLISHED" }, select: { id: true, strand: true, providerSchoolId: true, providerName: true } }),
    db().courseFeedback.findMany({ where: { trustId: t }, select: { courseId: true, rating: true } }),
    db().impactFollowUp.findMany({ where: { trustId: t, answeredAt: { not: null } }, select: { courseId: true, activityId: true, changedPractice: true } }),
    schoolNames(t),
  ]);
  const activityStrand = new Map((await db().cpdActivity.findMany({ where: { trustId: t, id: { in: followUps.flatMap((f) => (f.activityId ? [f.activityId] : [])) } }, select: { id: true, strand: true } })).map((a) => [a.id, a.strand]));
  const byCourse = new Map(courses.map((c) => [c.id, c]));
  const strands = new Map<string, Tally>();
  const providers = new Map<string, Tally>();
  const tally = (m: Map<string, Tally>, key: string) => m.get(key) ?? m.set(key, { label: key, courses: 0, ratings: [], answered: 0, changed: 0 }).get(key)!;
  const providerOf = (c: { providerSchoolId: string | null; providerName: string | null }) => (c.providerSchoolId ? names.get(c.providerSchoolId) : c.providerName) ?? "Unknown provider";
  for (const c of courses) { tally(strands, c.strand).courses++; tally(providers, providerOf(c)).courses++; }
  for (const f of feedback) {
    const c = byCourse.get(f.courseId);
    if (!c) continue;
    tally(strands, c.strand).ratings.push(f.rating);
    tally(providers, providerOf(c)).ratings.push(f.rating);
  }
  for (const f of followUps) {
    const c = f.courseId ? byCourse.get(f.courseId) : null;
    const strand = c?.strand ?? (f.activityId ? activityStrand.get(f.activityId) : undefined);
    const targets = [strand ? tally(strands, strand) : null, c ? tally(providers, providerOf(c)) : null].filter((x): x is Tally => x !== null);
    for (const x of targets) { x.answered++; if (f.changedPractice) x.changed++; }
  }
  return { strands: [...strands.values()].map(figures), providers: [...providers.values()].map(figures).sort((a, b) => b.answered - a.answered || a.label.localeCompare(b.label)) };
}

/** One of the viewer's own follow-ups, to answer or to read back. */
export async function followUpOf(viewer: Viewer, id: string) {
  if (!isId(id) || !viewer.staff) notFound();
  const f = await db().impactFollowUp.findFirst({ where: { id, trustId: viewer.trustId, staffMemberId: viewer.staff.id } });
  if (!f) notFound();
  return f;
}
