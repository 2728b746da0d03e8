import "server-only";
// Answering the exit survey (decision 031): whoever holds a live link answers once, anonymously. The
// answers carry the school, phase, category and coarse career stage of the record they left and the day,
// nothing else; the invitation row only turns "answered", so a second answer (or two at once) is refused.
import { command } from "@/lib/commands/command";
import { AppError, fieldError, PROBLEM } from "@/lib/commands/errors";
import { londonToday } from "@/lib/dates";
import { surveyStage } from "@/lib/voice/anonymity";
import { checkExitAnswers, exitAnswerSchema } from "./exit-survey";
import { EXIT_LINK_GONE } from "./labels";
import { hashExitToken } from "./mutations";


export const answerExitSurvey = command({
  schema: exitAnswerSchema,
  load: (tx, viewer, input) => tx.exitSurveyInvite.findFirst({ where: { tokenHash: hashExitToken(input.token), trustId: viewer.trustId } }),
  authorize: (viewer, _, invite) => invite.trustId === viewer.trustId,
  async work(tx, viewer, input, invite) {
    const today = londonToday();
    if (invite.expiresOn < today) throw new AppError("CONFLICT", EXIT_LINK_GONE);
    const { answers, errors } = checkExitAnswers(input);
    if (Object.keys(errors).length) throw new AppError("INVALID", PROBLEM, errors);
    // Taken first: a second answer, or one sent at the same moment, waits for this row and finds it taken.
    const taken = await tx.exitSurveyInvite.updateMany({ where: { id: invite.id, answered: false }, data: { answered: true } });
    if (taken.count === 0) throw fieldError("token", "You have already answered this survey: thank you.");
    const leaver = await tx.staffMember.findFirstOrThrow({
      where: { id: invite.staffMemberId, trustId: viewer.trustId },
      select: { category: true, careerStage: true, school: { select: { id: true, phase: true } } },
    });
    const response = await tx.exitSurveyResponse.create({
      data: { trustId: viewer.trustId, schoolId: leaver.school.id, phase: leaver.school.phase, category: leaver.category, stage: surveyStage(leaver.careerStage), answeredOn: today },
      select: { id: true },
    });
    await tx.exitSurveyAnswer.createMany({ data: answers.map((a) => ({ trustId: viewer.trustId, responseId: response.id, ...a })) });
    // No audit entry, on purpose (as staff surveys): it would name the person beside the answer's day.
    return { data: { answered: true }, unchanged: true };
  },
  success: "Thank you: your answers are saved, anonymously.",
});
