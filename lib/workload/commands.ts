import "server-only";
// Workload demands (issue 20 §2): proposed by a school's leaders (the trust admin, trust-wide), approved or
// rejected by the head (the trust admin); the check's one question answered once and anonymously.
import { can } from "@/lib/access/policy";
import { changed, command } from "@/lib/commands/command";
import { fieldError } from "@/lib/commands/errors";
import { formatDate, fromIsoDay, isoDay, londonToday } from "@/lib/dates";
import { routes } from "@/lib/routes";
import { surveyStage } from "@/lib/voice/anonymity";
import { demandVisibleTo, mayApprove, mayPropose } from "./access";
import { checkAnswerSchema, decideSchema, proposeSchema } from "./schema";

export const proposeDemand = command({
  schema: proposeSchema,
  authorize: (viewer, input) => mayPropose(viewer, input.schoolId),
  async work(tx, viewer, input) {
    if (input.reviewOn <= isoDay(londonToday())) throw fieldError("reviewOn", "The review date must be in the future.");
    if (input.schoolId && !(await tx.school.findFirst({ where: { id: input.schoolId, trustId: viewer.trustId, archivedAt: null }, select: { id: true } }))) throw fieldError("schoolId", "Choose a school of the trust.");
    const demand = await tx.workloadDemand.create({
      data: {
        trustId: viewer.trustId, schoolId: input.schoolId, title: input.title, kind: input.kind, affects: input["affects[]"], expectedMinutes: input.expectedHours,
        replaces: input.replaces, offsetMinutes: input.offsetHours, reviewOn: fromIsoDay(input.reviewOn), proposedById: viewer.userId,
      },
    });
    return changed("WorkloadDemand", demand.id, "workload.propose", { after: demand }, { id: demand.id, schoolId: demand.schoolId });
  },
  revalidate: (_, data) => [routes.workload(), ...(data.schoolId ? [routes.workload(data.schoolId)] : [])],
  success: "Demand proposed: it waits for approval.",
});

export const decideDemand = command({
  schema: decideSchema,
  load: (tx, viewer, input) => tx.workloadDemand.findFirst({ where: { id: input.demandId, ...demandVisibleTo(viewer) } }),
  authorize: (viewer, _, demand) => mayApprove(viewer, demand),
  async work(tx, viewer, input, before) {
    const data = { id: before.id, schoolId: before.schoolId };
    if (before.status === input.decision) return { data, unchanged: true };
    if (before.status !== "PROPOSED") throw fieldError("decision", "This demand is already decided.");
    const after = await tx.workloadDemand.update({ where: { id: before.id }, data: { status: input.decision, decidedById: viewer.userId, decidedOn: londonToday() } });
    return changed("WorkloadDemand", before.id, `workload.${input.decision.toLowerCase()}`, { before: { status: before.status }, after: { status: after.status } }, data);
  },
  revalidate: (_, data) => [routes.workload(), ...(data.schoolId ? [routes.workload(data.schoolId)] : [])],
  success: (_, input) => (input.decision === "APPROVED" ? "Approved: a check asks staff how long it takes after half a term." : "Rejected."),
});

export const answerCheck = command({
  schema: checkAnswerSchema,
  load: (tx, viewer, input) => tx.workloadCheck.findFirst({ where: { id: input.checkId, trustId: viewer.trustId, invites: { some: { userId: viewer.userId } } } }),
  authorize: (viewer, _, check) => can(viewer, "workload:answer:own", { trustId: check.trustId, staffMemberId: viewer.staff?.id ?? null }),
  async work(tx, viewer, input, check) {
    const today = londonToday();
    if (check.closesOn < today) throw fieldError("hours", `This check closed on ${formatDate(check.closesOn)}.`);
    // Marks the invitation answered first: a second answer (or two at once) finds it answered and writes nothing.
    const marked = await tx.workloadCheckInvite.updateMany({ where: { checkId: check.id, userId: viewer.userId, answered: false }, data: { answered: true } });
    if (marked.count === 0) throw fieldError("hours", "You have already answered this check.");
    const me = await tx.staffMember.findFirstOrThrow({ where: { id: viewer.staff!.id }, select: { category: true, careerStage: true, school: { select: { id: true, phase: true } } } });
    await tx.workloadCheckAnswer.create({ data: { trustId: check.trustId, checkId: check.id, schoolId: me.school.id, phase: me.school.phase, category: me.category, stage: surveyStage(me.careerStage), minutes: input.hours, answeredOn: today } });
    // No audit entry, as for survey answers (decision 030): it would tie the person to the answer's day.
    return { data: { checkId: check.id }, unchanged: true };
  },
  revalidate: () => [routes.staffSurveys()],
  success: "Thank you: your answer is saved, anonymously.",
});
