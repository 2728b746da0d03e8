import "server-only";
// Daily (the "appraisal.sweep" job): the cycle's windows. A review's window opening within a week is told to
// both parties of each plan whose objectives are agreed; a step left undone when its window closed (in the
// last week, so a day the worker was down is caught up) is told to both as overdue. Both may open the plan;
// the text names the step and its dates, nothing of the contents. Keys make a rerun add nothing.
import { db, type Tx } from "@/lib/db/client";
import { academicYear, formatDate, londonToday } from "@/lib/dates";
import { notify } from "@/lib/notifications/notify";
import { routes } from "@/lib/routes";
import { REVIEW_KIND_LABEL } from "../labels";
import { cycleFor } from "../mutations";
import { objectivesWindow, reviewWindow, type Window } from "../rules";

const DAY = 86_400_000;
const opensSoon = (w: Window, today: Date) => w.from >= today && w.from.getTime() <= today.getTime() + 7 * DAY;
const closedLately = (w: Window, today: Date) => w.to < today && w.to.getTime() >= today.getTime() - 7 * DAY;

export async function appraisalWindows(now: Date) {
  const today = londonToday(now);
  const year = academicYear(today).startYear;
  let told = 0;
  for (const { id: trustId } of await db().trust.findMany({ select: { id: true } })) {
    const cycle = await cycleFor(db(), trustId, year);
    const plans = await db().appraisalPlan.findMany({
      where: { trustId, academicYear: year, staffMember: { leaveDate: null } },
      select: {
        id: true, isHead: true, reviewerId: true, revieweeAgreedAt: true, reviewerAgreedAt: true, staffMember: { select: { userId: true } },
        reviews: { where: { supersededAt: null, revieweeSignedAt: { not: null }, reviewerSignedAt: { not: null } }, select: { kind: true } },
      },
    });
    for (const p of plans) {
      const agreed = Boolean(p.revieweeAgreedAt && p.reviewerAgreedAt);
      const steps = [
        { key: "objectives", label: "Agreeing objectives", window: objectivesWindow(cycle, p.isHead), done: agreed, announced: false },
        ...(["MID_YEAR", "END_OF_YEAR"] as const).map((kind) => ({ key: kind, label: REVIEW_KIND_LABEL[kind], window: reviewWindow(cycle, kind), done: p.reviews.some((r) => r.kind === kind), announced: agreed })),
      ];
      for (const s of steps) {
        const soon = s.announced && !s.done && opensSoon(s.window, today);
        const overdue = !s.done && closedLately(s.window, today);
        if (!soon && !overdue) continue;
        const ids = await db().$transaction((tx: Tx) =>
          notify(tx, {
            scheduled: true,
            trustId, userIds: [p.staffMember.userId, p.reviewerId], kind: "appraisal.window", now,
            title: soon ? `${s.label} opens on ${formatDate(s.window.from)}` : `Overdue: ${s.label.toLowerCase()} closed on ${formatDate(s.window.to)}`,
            body: soon ? `Open until ${formatDate(s.window.to)}.` : "Arrange it with the other party as soon as you can.",
            link: routes.performancePlan(p.id), dedupeKey: `appraisal.window:${soon ? "opens" : "overdue"}:${s.key}:${p.id}`,
          }),
        );
        told += ids.length;
      }
    }
  }
  return told;
}
