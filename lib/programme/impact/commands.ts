import "server-only";
// What attendees say: a rating and what they will try, straight after the course; six weeks later what
// they changed and what they saw in pupils. Only someone who attended may answer, and only for themselves.
import { can } from "@/lib/access/policy";
import { changed, command } from "@/lib/commands/command";
import { AppError, fieldError } from "@/lib/commands/errors";
import { routes } from "@/lib/routes";
import { courseVisibleTo } from "../access";
import { feedbackSchema, followUpSchema } from "../schema";

export const rateCourse = command({
  schema: feedbackSchema,
  load: (tx, viewer, input) => tx.course.findFirst({ where: { id: input.courseId, ...courseVisibleTo(viewer) }, select: { id: true, trustId: true } }),
  authorize: (viewer) => Boolean(viewer.staff) && can(viewer, "course:book:own", { trustId: viewer.trustId, staffMemberId: viewer.staff?.id }),
  async work(tx, viewer, input, course) {
    const staffMemberId = viewer.staff!.id;
    const attended = await tx.sessionAttendance.count({ where: { trustId: viewer.trustId, staffMemberId, attended: true, session: { courseId: course.id } } });
    if (!attended) throw fieldError("rating", "Only people who attended the course can rate it.");
    const key = { courseId_staffMemberId: { courseId: course.id, staffMemberId } };
    const before = await tx.courseFeedback.findUnique({ where: key });
    const values = { rating: input.rating, willTry: input.willTry };
    const after = await tx.courseFeedback.upsert({ where: key, create: { trustId: viewer.trustId, courseId: course.id, staffMemberId, ...values }, update: values });
    return changed("CourseFeedback", after.id, "course.feedback", { before, after }, { courseId: course.id });
  },
  revalidate: (_, data) => [routes.course(data.courseId), routes.courseImpact(data.courseId)],
  success: "Thank you: your rating is saved.",
});

export const answerFollowUp = command({
  schema: followUpSchema,
  load: (tx, viewer, input) => tx.impactFollowUp.findFirst({ where: { id: input.followUpId, trustId: viewer.trustId, staffMemberId: viewer.staff?.id ?? "" } }),
  authorize: (viewer, _, f) => can(viewer, "course:book:own", f),
  async work(tx, viewer, input, f) {
    const now = new Date();
    if (f.dueAt > now && !f.askedAt) throw new AppError("CONFLICT", "This follow-up opens six weeks after the course.");
    if (f.courseId) {
      const attended = await tx.sessionAttendance.count({ where: { trustId: viewer.trustId, staffMemberId: f.staffMemberId, attended: true, session: { courseId: f.courseId } } });
      if (!attended) throw fieldError("practice", "You did not attend this course, so there is no impact to report.");
    }
    const values = { changedPractice: input.changedPractice, practice: input.practice, pupils: input.pupils, answeredAt: now };
    await tx.impactFollowUp.update({ where: { id: f.id }, data: values });
    return changed("ImpactFollowUp", f.id, "impact.answer", { before: { answeredAt: f.answeredAt }, after: values }, { id: f.id, courseId: f.courseId });
  },
  revalidate: (_, data) => [routes.followUp(data.id), routes.programme(), routes.home(), ...(data.courseId ? [routes.courseImpact(data.courseId)] : [])],
  success: "Thank you: your answer is saved.",
});
