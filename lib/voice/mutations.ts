// Daily (06:45 London): invitations for surveys opening today (or in the last week, if the worker was
// down) and one reminder two days before a survey closes to those who have not answered. Each is keyed
// (dedupeKey per survey and kind), so a rerun tells nobody twice. Who has answered is read here only.
import { db, type Tx } from "@/lib/db/client";
import { londonToday } from "@/lib/dates";
import { notifySurveyOpen, notifySurveyReminder } from "@/lib/notifications/events/voice";

const DAY = 86_400_000;
const SELECT = { id: true, trustId: true, schoolId: true, title: true, closesOn: true } as const;

export async function surveySweep(now: Date = new Date()) {
  const today = londonToday(now);
  const opening = await db().survey.findMany({ where: { opensOn: { gte: new Date(today.getTime() - 7 * DAY), lte: today }, closesOn: { gte: today } }, select: SELECT });
  const closing = await db().survey.findMany({ where: { opensOn: { lt: today }, closesOn: { gte: today, lte: new Date(today.getTime() + 2 * DAY) } }, select: SELECT });
  let invited = 0;
  let reminded = 0;
  for (const s of opening) invited += (await db().$transaction((tx: Tx) => notifySurveyOpen(tx, s, now))).length;
  for (const s of closing) reminded += (await db().$transaction((tx: Tx) => notifySurveyReminder(tx, s, now))).length;
  return { invited, reminded };
}
