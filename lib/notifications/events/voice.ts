// Staff surveys (decision 030): the invitation when a survey opens, to everyone in its audience, and one
// reminder before it closes. Who is reminded is read from the participation table in the sweep and never
// shown: each person sees only their own notification, and its words are the same whether or not they
// answered ("if you have not answered yet"), so even a reminder forwarded proves nothing.
import type { Tx } from "@/lib/db/client";
import { formatDate, londonToday } from "@/lib/dates";
import { routes } from "@/lib/routes";
import { notify } from "../notify";

type SurveyRow = { id: string; trustId: string; schoolId: string | null; title: string; closesOn: Date };

/** The sign-ins of the survey's current staff, without those who have answered when `unansweredOnly`. */
async function audience(tx: Tx, survey: SurveyRow, unansweredOnly: boolean, now: Date) {
  const staff = await tx.staffMember.findMany({
    where: {
      trustId: survey.trustId,
      ...(survey.schoolId ? { schoolId: survey.schoolId } : {}),
      userId: { not: null },
      OR: [{ leaveDate: null }, { leaveDate: { gt: londonToday(now) } }],
    },
    select: { userId: true },
  });
  if (!unansweredOnly) return staff.map((s) => s.userId);
  const answered = new Set((await tx.surveyParticipation.findMany({ where: { surveyId: survey.id }, select: { userId: true } })).map((p) => p.userId));
  return staff.map((s) => s.userId).filter((id) => id && !answered.has(id));
}

export async function notifySurveyOpen(tx: Tx, survey: SurveyRow, now: Date = new Date()) {
  return notify(tx, {
    scheduled: true,
    trustId: survey.trustId, userIds: await audience(tx, survey, false, now), kind: "survey.invitation", now,
    title: `Staff survey: ${survey.title}`, body: `Open until ${formatDate(survey.closesOn)}. Nobody, not even the head, can see who said what.`,
    link: routes.survey(survey.id), dedupeKey: `survey.invitation:${survey.id}`,
  });
}

export async function notifySurveyReminder(tx: Tx, survey: SurveyRow, now: Date = new Date()) {
  return notify(tx, {
    scheduled: true,
    trustId: survey.trustId, userIds: await audience(tx, survey, true, now), kind: "survey.reminder", now,
    title: `Closes ${formatDate(survey.closesOn)}: ${survey.title}`, body: "If you have already answered, thank you: there is nothing more to do.",
    link: routes.survey(survey.id), dedupeKey: `survey.reminder:${survey.id}`,
  });
}
