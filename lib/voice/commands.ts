import "server-only";
// Writing staff surveys (decision 030): a head builds their school's from the bank, the trust admin a
// trust-wide one; staff answer once, anonymously; leaders record "you said, we did" against the results.
import type { Viewer } from "@/lib/access/policy";
import { changed, command } from "@/lib/commands/command";
import { AppError, fieldError, PROBLEM } from "@/lib/commands/errors";
import type { Tx } from "@/lib/db/client";
import { formatDate, fromIsoDay, isoDay, londonToday, termKey } from "@/lib/dates";
import { notifySurveyOpen } from "@/lib/notifications/events/voice";
import { routes } from "@/lib/routes";
import { inAudience, mayBuild, mayRecordAction, surveyVisibleTo } from "./access";
import { surveyStage } from "./anonymity";
import { bankQuestion } from "./bank";
import { answererGroup, recordAnswer } from "./mutations";
import { actionSchema, answerSchema, buildSurveySchema, checkAnswers } from "./schema";

export const buildSurvey = command({
  schema: buildSurveySchema,
  authorize: (viewer, input) => mayBuild(viewer, input.schoolId),
  async work(tx, viewer, input) {
    const today = isoDay(londonToday());
    if (input.opensOn < today) throw fieldError("opensOn", "The opening date must be today or later.");
    if (input.schoolId && !(await tx.school.findFirst({ where: { id: input.schoolId, trustId: viewer.trustId, archivedAt: null }, select: { id: true } }))) {
      throw fieldError("schoolId", "Choose a school of the trust.");
    }
    const opensOn = fromIsoDay(input.opensOn);
    const survey = await tx.survey.create({
      data: {
        trustId: viewer.trustId, schoolId: input.schoolId, title: input.title, term: termKey(opensOn), opensOn, closesOn: fromIsoDay(input.closesOn), createdById: viewer.userId,
        questions: { create: input["questions[]"].map((key, position) => ({ trustId: viewer.trustId, key, position, kind: bankQuestion(key)!.kind, text: bankQuestion(key)!.text })) },
      },
    });
    // Opening today: invited now, in this transaction; later, by the daily sweep on the day (lib/voice/mutations.ts).
    if (input.opensOn === today) await notifySurveyOpen(tx, survey);
    return changed("Survey", survey.id, "survey.build", { after: { ...survey, questions: input["questions[]"] } });
  },
  revalidate: () => [routes.surveyBuild(), routes.surveyResultsList(), routes.staffSurveys()],
  success: "Survey saved.",
});

/** The survey, when the viewer is in its audience (anyone else: not found). */
const audienceSurvey = (tx: Tx, viewer: Viewer, surveyId: string) =>
  tx.survey.findFirst({ where: { id: surveyId, ...surveyVisibleTo(viewer) }, include: { questions: { orderBy: { position: "asc" } } } });

export const answerSurvey = command({
  schema: answerSchema,
  load: (tx, viewer, input) => audienceSurvey(tx, viewer, input.surveyId),
  authorize: (viewer, _, survey) => inAudience(viewer, survey),
  async work(tx, viewer, input, survey) {
    const today = londonToday();
    if (survey.opensOn > today) throw fieldError("surveyId", `This survey opens on ${formatDate(survey.opensOn)}.`);
    if (survey.closesOn < today) throw fieldError("surveyId", `This survey closed on ${formatDate(survey.closesOn)}: answers are no longer taken.`);
    const { answers, errors } = checkAnswers(survey.questions, input);
    if (Object.keys(errors).length) throw new AppError("INVALID", PROBLEM, errors);
    const me = await answererGroup(tx, viewer.trustId, viewer.staff!.id);
    if (!me) throw fieldError("surveyId", "Only current staff answer this survey.");
    const atom = { surveyId: survey.id, schoolId: me.schoolId, phase: me.phase, category: me.category, stage: surveyStage(me.careerStage) };
    if (!(await recordAnswer(tx, viewer, atom, today, answers))) throw fieldError("surveyId", "You have already answered this survey: each person answers once.");
    // No audit entry, on purpose: an audit row names the person and the minute, and beside the answer's
    // day it could tie them to their answers. The participation row is the record that they answered.
    return { data: { surveyId: survey.id }, unchanged: true };
  },
  revalidate: (_, data) => [routes.staffSurveys(), routes.survey(data.surveyId)],
  success: "Thank you: your answers are saved, anonymously.",
});

export const recordAction = command({
  schema: actionSchema,
  load: (tx, viewer, input) => tx.survey.findFirst({ where: { id: input.surveyId, ...surveyVisibleTo(viewer) }, include: { questions: { select: { key: true } } } }),
  authorize: (viewer, input, survey) => mayRecordAction(viewer, survey, input.schoolId),
  async work(tx, viewer, input, survey) {
    if (input.questionKey && !survey.questions.some((q) => q.key === input.questionKey)) throw fieldError("questionKey", "Choose a question of this survey.");
    const action = await tx.surveyAction.create({
      data: { trustId: viewer.trustId, surveyId: survey.id, schoolId: input.schoolId, questionKey: input.questionKey, youSaid: input.youSaid, weDid: input.weDid, recordedById: viewer.userId },
    });
    return changed("SurveyAction", action.id, "survey.action", { after: action }, { id: action.id, surveyId: survey.id });
  },
  revalidate: (_, data) => [routes.surveyResults(data.surveyId), routes.staffSurveys()],
  success: "Recorded: staff see it beside the next survey.",
});
