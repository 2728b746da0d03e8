// Daily, with the survey sweep: half a term after a demand is approved, its one-question check goes to a
// sample of the staff it falls on (up to CHECK_SAMPLE, drawn at random), each told once. A demand has at
// most one check (unique), so a rerun sends nothing twice.
import { db, type Tx } from "@/lib/db/client";
import { formatDate, londonToday } from "@/lib/dates";
import { notify } from "@/lib/notifications/notify";
import { routes } from "@/lib/routes";
import { CHECK_OPEN_DAYS, CHECK_SAMPLE, HALF_TERM_DAYS } from "./rules";

const DAY = 86_400_000;

export async function workloadSweep(now: Date = new Date()) {
  const today = londonToday(now);
  const due = await db().workloadDemand.findMany({
    where: { status: "APPROVED", decidedOn: { lte: new Date(today.getTime() - HALF_TERM_DAYS * DAY) }, reviewOn: { gte: today }, checks: { none: {} } },
    select: { id: true, trustId: true, schoolId: true, title: true, affects: true },
  });
  let asked = 0;
  for (const d of due) {
    asked += await db().$transaction(async (tx: Tx) => {
      const staff = await tx.staffMember.findMany({
        where: { trustId: d.trustId, ...(d.schoolId ? { schoolId: d.schoolId } : {}), category: { in: d.affects }, userId: { not: null }, OR: [{ leaveDate: null }, { leaveDate: { gt: today } }] },
        select: { userId: true },
      });
      // A random sample (Fisher–Yates), so no one can predict or choose who is asked.
      const ids = staff.map((s) => s.userId!);
      for (let i = ids.length - 1; i > 0; i--) {
        const j = Math.floor(Math.random() * (i + 1));
        [ids[i], ids[j]] = [ids[j]!, ids[i]!];
      }
      const sample = ids.slice(0, CHECK_SAMPLE);
      const closesOn = new Date(today.getTime() + CHECK_OPEN_DAYS * DAY);
      const check = await tx.workloadCheck.create({ data: { trustId: d.trustId, demandId: d.id, sentOn: today, closesOn, invites: { create: sample.map((userId) => ({ trustId: d.trustId, userId })) } } });
      const told = await notify(tx, {
        scheduled: true,
        trustId: d.trustId, userIds: sample, kind: "workload.check", now,
        title: `How long has “${d.title}” taken you?`, body: `One anonymous question, open until ${formatDate(closesOn)}.`,
        link: routes.workloadCheck(check.id), dedupeKey: `workload.check:${check.id}`,
      });
      return told.length;
    });
  }
  return { checks: due.length, asked };
}
