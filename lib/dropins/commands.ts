import "server-only";
// Drop-in visits (issue 18 §3): a leader of the teacher's school (or the trust admin) records a short,
// ungraded visit, shared with the teacher at once; the teacher and the visitor may then write a thread.
import { changed, command } from "@/lib/commands/command";
import { fieldError } from "@/lib/commands/errors";
import { fromIsoDay } from "@/lib/dates";
import { notifyDropIn, notifyDropInReply } from "@/lib/notifications/events/coaching";
import { routes } from "@/lib/routes";
import { dropInVisibleTo, mayRecordDropIn, mayReply } from "./access";
import { dropInSchema, replySchema } from "./schema";

export const recordDropIn = command({
  schema: dropInSchema,
  load: (tx, viewer, input) =>
    tx.staffMember.findFirst({ where: { id: input.teacherId, trustId: viewer.trustId, leaveDate: null }, select: { id: true, trustId: true, schoolId: true } }),
  authorize: (viewer, _, teacher) => mayRecordDropIn(viewer, teacher),
  async work(tx, viewer, input, teacher) {
    if (teacher.id === viewer.staff?.id) throw fieldError("teacherId", "Choose a colleague: a drop-in is a visit to someone else's lesson.");
    const visit = await tx.dropInVisit.create({
      data: { trustId: viewer.trustId, schoolId: teacher.schoolId, teacherId: teacher.id, visitorId: viewer.userId, visitedOn: fromIsoDay(input.visitedOn), focus: input.focus, wentWell: input.wentWell, nextStep: input.nextStep },
    });
    await notifyDropIn(tx, viewer.trustId, visit.id);
    return changed("DropInVisit", visit.id, "dropin.record", { after: visit }, { id: visit.id });
  },
  revalidate: (_, data) => [routes.dropIns(), routes.dropIn(data.id)],
  success: "Visit recorded and shared with the teacher.",
});

export const replyToDropIn = command({
  schema: replySchema,
  load: (tx, viewer, input) => tx.dropInVisit.findFirst({ where: { id: input.visitId, ...dropInVisibleTo(viewer) } }),
  authorize: (viewer, _, visit) => mayReply(viewer, visit),
  async work(tx, viewer, input, visit) {
    const reply = await tx.dropInReply.create({ data: { trustId: viewer.trustId, visitId: visit.id, authorId: viewer.userId, body: input.body } });
    await notifyDropInReply(tx, viewer.trustId, visit.id, viewer.userId);
    return changed("DropInReply", reply.id, "dropin.reply", { after: reply }, { id: visit.id });
  },
  revalidate: (_, data) => [routes.dropIns(), routes.dropIn(data.id)],
  success: "Reply sent.",
});
