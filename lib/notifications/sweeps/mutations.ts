// Daily (06:30 London): reminders and what falls due. Each notification carries a key of its kind and
// record (`dedupeKey`, unique per person), so a rerun (a retry, a restart, a second worker) adds
// nothing; windows look back a week, so a day the worker was down is caught up, not lost.
import { can } from "@/lib/access/policy";
import { db } from "@/lib/db/client";
import type { Tx } from "@/lib/db/client";
import { formatDate, formatMeetingTime, londonToday, startOfLondonDay } from "@/lib/dates";
import { viewerOf } from "../events/reviews";
import { notify, type NotifyInput } from "../notify";
import { routes } from "@/lib/routes";
import { coachingLapsed } from "@/lib/coaching/mutations";

const DAY = 86_400_000;
const plus = (d: Date, days: number) => new Date(d.getTime() + days * DAY);
const tell = (input: NotifyInput) => db().$transaction((tx: Tx) => notify(tx, { ...input, scheduled: true }));

async function meetingReminders(now: Date) {
  const tomorrow = plus(startOfLondonDay(now), 1);
  const meetings = await db().meeting.findMany({
    where: { status: "PLANNED", startsAt: { gte: tomorrow, lt: plus(tomorrow, 1) } },
    select: { id: true, trustId: true, title: true, startsAt: true, communityId: true, community: { select: { name: true, memberships: { select: { staffMember: { select: { userId: true } } } } } } },
  });
  let told = 0;
  for (const m of meetings) {
    const ids = await tell({
      trustId: m.trustId, userIds: m.community.memberships.map((x) => x.staffMember.userId), kind: "meeting.reminder", now,
      title: `Tomorrow: ${m.community.name}, ${m.title}, ${formatMeetingTime(m.startsAt)}`, body: "The calendar entry is attached to the email.",
      link: routes.meeting(m.communityId, m.id), dedupeKey: `meeting.reminder:${m.id}`,
    });
    told += ids.length;
  }
  return told;
}

async function openRegisters(now: Date) {
  const twoDaysAgo = plus(startOfLondonDay(now), -2);
  const meetings = await db().meeting.findMany({
    where: { status: { not: "CANCELLED" }, registerClosedAt: null, startsAt: { gte: plus(twoDaysAgo, -7), lt: plus(twoDaysAgo, 1) } },
    select: { id: true, trustId: true, title: true, startsAt: true, communityId: true, community: { select: { name: true, memberships: { where: { role: "LEADER" }, select: { staffMember: { select: { userId: true } } } } } } },
  });
  let told = 0;
  for (const m of meetings) {
    told += (await tell({
      trustId: m.trustId, userIds: m.community.memberships.map((x) => x.staffMember.userId), kind: "meeting.register-open", now,
      title: `Register still open: ${m.community.name}, ${m.title}`, body: `The meeting was on ${formatMeetingTime(m.startsAt)}.`,
      link: routes.meeting(m.communityId, m.id), dedupeKey: `meeting.register-open:${m.id}`,
    })).length;
  }
  return told;
}

async function training(now: Date) {
  const today = londonToday(now);
  const rows = await db().trainingCompletion.findMany({
    where: { expiresOn: { gte: plus(today, -7), lte: plus(today, 30) }, requirement: { active: true }, staffMember: { leaveDate: null, NOT: { userId: null } } },
    select: { id: true, trustId: true, staffMemberId: true, requirementId: true, expiresOn: true, requirement: { select: { name: true } }, staffMember: { select: { userId: true } } },
  });
  // Renewed since: a later completion of the same requirement (the latest of each pair, in one query).
  const latest = await db().trainingCompletion.groupBy({
    by: ["staffMemberId", "requirementId"],
    where: { staffMemberId: { in: [...new Set(rows.map((c) => c.staffMemberId))] }, requirementId: { in: [...new Set(rows.map((c) => c.requirementId))] } },
    _max: { expiresOn: true },
  });
  const latestOf = new Map(latest.map((l) => [`${l.staffMemberId}:${l.requirementId}`, l._max.expiresOn?.getTime() ?? 0]));
  let told = 0;
  for (const c of rows) {
    if ((latestOf.get(`${c.staffMemberId}:${c.requirementId}`) ?? 0) > c.expiresOn.getTime()) continue;
    const expired = c.expiresOn < today;
    told += (await tell({
      trustId: c.trustId, userIds: [c.staffMember.userId], kind: expired ? "training.expired" : "training.expiring", now,
      title: expired ? `Expired: ${c.requirement.name}` : `${c.requirement.name} expires on ${formatDate(c.expiresOn)}`,
      body: expired ? `It expired on ${formatDate(c.expiresOn)}.` : "Book the refresher before then.",
      link: routes.development(), dedupeKey: `${expired ? "training.expired" : "training.expiring"}:${c.id}`,
    })).length;
  }
  return told;
}

async function reviewActions(now: Date) {
  const today = londonToday(now);
  const actions = await db().reviewAction.findMany({
    where: { status: { not: "DONE" }, dueOn: { gte: plus(today, -7), lte: plus(today, 7) } },
    select: { id: true, trustId: true, schoolId: true, description: true, dueOn: true, owner: { select: { userId: true, leaveDate: true } } },
  });
  let told = 0;
  for (const a of actions) {
    const owner = a.owner.userId ? await viewerOf(db(), a.trustId, a.owner.userId) : null;
    // Only an owner who may open the school's reviews page is told (nothing they could not open).
    if (!owner || !can(owner, "review:view", { trustId: a.trustId, schoolId: a.schoolId })) continue;
    const overdue = a.dueOn < today;
    const kind = overdue ? "review-action.overdue" : "review-action.due";
    told += (await tell({
      trustId: a.trustId, userIds: [owner.userId], kind, now,
      title: overdue ? `Overdue since ${formatDate(a.dueOn)}: a CSI action` : `Due on ${formatDate(a.dueOn)}: a CSI action`,
      body: a.description.length > 200 ? `${a.description.slice(0, 197)}…` : a.description,
      link: routes.reviewSchool(a.schoolId), dedupeKey: `${kind}:${a.id}`,
    })).length;
  }
  return told;
}

/** A draft review's visit within 7 days: its lead and team, who may open it (their review relation). */
async function reviewsDue(now: Date) {
  const today = londonToday(now);
  const reviews = await db().schoolReview.findMany({
    where: { status: "DRAFT", supersedesId: null, visitDate: { gte: today, lte: plus(today, 7) } },
    select: { id: true, trustId: true, visitDate: true, leadReviewerId: true, school: { select: { name: true } }, team: { select: { userId: true } } },
  });
  let told = 0;
  for (const r of reviews) {
    told += (await tell({
      trustId: r.trustId, userIds: [r.leadReviewerId, ...r.team.map((x) => x.userId)], kind: "review.due", now,
      title: `Peer review of ${r.school.name}: the visit is on ${formatDate(r.visitDate)}`, body: "Open the review to prepare.",
      link: routes.review(r.id), dedupeKey: `review.due:${r.id}:${formatDate(r.visitDate)}`,
    })).length;
  }
  return told;
}

export async function runSweeps(now: Date) {
  return {
    reviewsDue: await reviewsDue(now),
    meetingReminders: await meetingReminders(now),
    openRegisters: await openRegisters(now),
    training: await training(now),
    reviewActions: await reviewActions(now),
    coachingLapsed: await coachingLapsed(now),
  };
}
