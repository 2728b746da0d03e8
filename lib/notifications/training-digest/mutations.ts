// Weekly (Monday, with the digests), to each school's headteacher(s): how many, and which, of the
// staff who work there have statutory training expiring within 30 days or expired and not renewed.
// Heads read their staff's named records (staff:view), so names are fine here; the recipients are
// asked that permission one by one, and only HEADTEACHER assignments are read, so a governor or a
// trustee is never told. One notification per head per school per week (dedupeKey), so a rerun adds nothing.
import { can } from "@/lib/access/policy";
import { db } from "@/lib/db/client";
import type { Tx } from "@/lib/db/client";
import { formatDate, isoDay, londonToday } from "@/lib/dates";
import { worksAt } from "@/lib/people/employment/where";
import { routes, withQuery } from "@/lib/routes";
import { viewerOf } from "../events/reviews";
import { notify } from "../notify";

const DAY = 86_400_000;
const WINDOW_DAYS = 30;
/** Names listed in the body; the rest are counted, and the page lists them all. */
const LISTED = 20;

type Entry = { name: string; requirement: string; expiresOn: Date };

/** The Monday of `today`'s week (London days are UTC-midnight dates here). */
export const weekOf = (today: Date) => isoDay(new Date(today.getTime() - ((today.getUTCDay() + 6) % 7) * DAY));

/** The latest completion of each person × active requirement at the school, kept when it ends within the window. */
async function dueAt(trustId: string, schoolId: string, today: Date): Promise<{ expiring: Entry[]; expired: Entry[] }> {
  const rows = await db().trainingCompletion.findMany({
    where: { trustId, requirement: { active: true }, staffMember: { trustId, leaveDate: null, ...worksAt([schoolId], today) } },
    select: { staffMemberId: true, requirementId: true, expiresOn: true, requirement: { select: { name: true } }, staffMember: { select: { firstName: true, lastName: true } } },
  });
  const latest = new Map<string, (typeof rows)[number]>();
  for (const r of rows) {
    const key = `${r.staffMemberId}:${r.requirementId}`;
    const seen = latest.get(key);
    if (!seen || r.expiresOn > seen.expiresOn) latest.set(key, r);
  }
  const horizon = new Date(today.getTime() + WINDOW_DAYS * DAY);
  const due = [...latest.values()]
    .filter((r) => r.expiresOn <= horizon)
    .map((r) => ({ name: `${r.staffMember.lastName}, ${r.staffMember.firstName}`, requirement: r.requirement.name, expiresOn: r.expiresOn }))
    .sort((a, b) => a.expiresOn.getTime() - b.expiresOn.getTime() || a.name.localeCompare(b.name));
  return { expired: due.filter((e) => e.expiresOn < today), expiring: due.filter((e) => e.expiresOn >= today) };
}

/** The body: the counts, then who and what, soonest first, up to LISTED lines. */
export function digestBody(schoolName: string, { expiring, expired }: { expiring: Entry[]; expired: Entry[] }): string {
  const line = (e: Entry, verb: string) => `${e.name}: ${e.requirement}, ${verb} ${formatDate(e.expiresOn)}`;
  const lines = [...expired.map((e) => line(e, "expired")), ...expiring.map((e) => line(e, "expires"))];
  const more = lines.length > LISTED ? [`… and ${lines.length - LISTED} more on the school development page.`] : [];
  return [`At ${schoolName}: ${expired.length} expired, ${expiring.length} expiring within ${WINDOW_DAYS} days.`, ...lines.slice(0, LISTED), ...more].join("\n");
}

export async function trainingDigests(now: Date): Promise<number> {
  const today = londonToday(now);
  const week = weekOf(today);
  const heads = await db().roleAssignment.findMany({
    where: { role: "HEADTEACHER", schoolId: { not: null } },
    select: { trustId: true, userId: true, schoolId: true, school: { select: { name: true } } },
  });
  const bySchool = new Map<string, { trustId: string; name: string; userIds: string[] }>();
  for (const h of heads) {
    const entry = bySchool.get(h.schoolId!) ?? { trustId: h.trustId, name: h.school?.name ?? "", userIds: [] };
    entry.userIds.push(h.userId);
    bySchool.set(h.schoolId!, entry);
  }
  let told = 0;
  for (const [schoolId, school] of bySchool) {
    const due = await dueAt(school.trustId, schoolId, today);
    const total = due.expired.length + due.expiring.length;
    if (!total) continue;
    const allowed: string[] = [];
    for (const userId of school.userIds) {
      const head = await viewerOf(db(), school.trustId, userId);
      if (head && can(head, "staff:view", { trustId: school.trustId, schoolId })) allowed.push(userId);
    }
    const ids = await db().$transaction((tx: Tx) =>
      notify(tx, {
        scheduled: true,
        trustId: school.trustId,
        userIds: allowed,
        kind: "training.staff-digest",
        title: `Staff training: ${total === 1 ? "1 statutory training record" : `${total} statutory training records`} expiring or expired`,
        body: digestBody(school.name, due),
        link: withQuery(routes.schoolDevelopment(), new URLSearchParams({ school: schoolId })),
        now,
        dedupeKey: `training.staff-digest:${schoolId}:${week}`,
      }),
    );
    told += ids.length;
  }
  return told;
}
