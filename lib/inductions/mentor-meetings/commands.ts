import "server-only";
// ECT mentor meetings (issue 18 §4): the induction's mentor logs each meeting (date, length, the
// framework areas it worked on, notes, the next step), corrects it or deletes it. A meeting is CPD for
// both people: one MENTORING activity each, verified (the meeting itself is the evidence; neither
// person can change it as their own record), kept exactly once per person by the unique
// (mentorMeetingId, staffMemberId), moved with the meeting when it is corrected and removed with it.
// A correction keeps no versions of its own: the audit log holds the before and after.
import type { Viewer } from "@/lib/access/policy";
import { changed, command } from "@/lib/commands/command";
import { fieldError } from "@/lib/commands/errors";
import type { Tx } from "@/lib/db/client";
import type { FrameworkArea } from "@/lib/db/generated/enums";
import { formatDate, fromIsoDay } from "@/lib/dates";
import { routes } from "@/lib/routes";
import { inductionVisibleTo } from "../access";
import { mayChangeMeeting, mayLogMeeting, mentorMeetingVisibleTo } from "./access";
import { areaList } from "./labels";
import { deleteMeetingSchema, editMeetingSchema, logMeetingSchema } from "./schema";

const person = { select: { id: true, schoolId: true, firstName: true, lastName: true } } as const;
const INDUCTION = { id: true, trustId: true, startDate: true, completedOn: true, mentorId: true, staffMember: person, mentor: person } as const;
type Induction = { id: string; startDate: Date; completedOn: Date | null; staffMember: Person; mentor: Person | null };
type Person = { id: string; schoolId: string; firstName: string; lastName: string };
type Fields = { heldOn: string; minutes: number; "areas[]": FrameworkArea[]; notes: string | null; nextStep: string };

const nameOf = (p: { firstName: string; lastName: string }) => `${p.firstName} ${p.lastName}`;
const pages = (inductionId: string) => [routes.induction(inductionId), routes.inductions(), routes.development(), routes.home()];

/** The date must fall within the induction: on or after its start, and not after its completion. */
function checkDate(heldOn: string, induction: Induction) {
  const day = fromIsoDay(heldOn);
  if (day < induction.startDate) throw fieldError("heldOn", `The meeting must be on or after the induction's start, ${formatDate(induction.startDate)}.`);
  if (induction.completedOn && day > induction.completedOn) throw fieldError("heldOn", `The induction was completed on ${formatDate(induction.completedOn)}: the meeting must be on or before it.`);
}

const columns = (input: Fields) => ({ heldOn: fromIsoDay(input.heldOn), minutes: input.minutes, areas: input["areas[]"], notes: input.notes, nextStep: input.nextStep });

/** The two CPD records' details: the ECT's (professional learning) and the mentor's (leadership development). */
function cpdRows(induction: Induction, mentor: Person, meeting: { heldOn: Date; minutes: number; areas: FrameworkArea[] }) {
  const common = { type: "MENTORING" as const, startDate: meeting.heldOn, endDate: meeting.heldOn, minutes: meeting.minutes };
  const focus = areaList(meeting.areas);
  return [
    { ...common, staffMemberId: induction.staffMember.id, schoolId: induction.staffMember.schoolId, strand: "PROFESSIONAL_LEARNING" as const, title: `ECT mentor meeting with ${nameOf(mentor)}: ${focus}` },
    { ...common, staffMemberId: mentor.id, schoolId: mentor.schoolId, strand: "LEADERSHIP_DEVELOPMENT" as const, title: `Mentoring ${nameOf(induction.staffMember)} (ECT): ${focus}` },
  ];
}

export const logMeeting = command({
  schema: logMeetingSchema,
  load: (tx, viewer, { inductionId }) => tx.earlyCareerInduction.findFirst({ where: { id: inductionId, ...inductionVisibleTo(viewer) }, select: INDUCTION }),
  authorize: (viewer, _, induction) => mayLogMeeting(viewer, induction),
  async work(tx, viewer, input, induction) {
    checkDate(input.heldOn, induction);
    const mentor = induction.mentor!;
    const meeting = await tx.mentorMeeting.create({ data: { trustId: viewer.trustId, inductionId: induction.id, mentorId: mentor.id, recordedById: viewer.userId, ...columns(input) } });
    const now = new Date();
    const cpd = cpdRows(induction, mentor, meeting).map((row) => ({ ...row, trustId: viewer.trustId, mentorMeetingId: meeting.id, status: "VERIFIED" as const, submittedAt: now, verifiedById: viewer.userId, verifiedAt: now }));
    await tx.cpdActivity.createMany({ data: cpd });
    return changed("MentorMeeting", meeting.id, "mentor-meeting.log", { after: { ...meeting, cpd } }, { id: meeting.id, inductionId: induction.id });
  },
  revalidate: (_, data) => pages(data.inductionId),
  success: "Meeting logged. It counts as CPD for you and the ECT.",
});

/** A meeting the viewer reads, with its induction's people; null when missing or out of scope. */
const visibleMeeting = (tx: Tx, viewer: Viewer, meetingId: string) =>
  tx.mentorMeeting.findFirst({ where: { id: meetingId, ...mentorMeetingVisibleTo(viewer) }, include: { induction: { select: INDUCTION } } });

type Loaded = NonNullable<Awaited<ReturnType<typeof visibleMeeting>>>;
const changes = (viewer: Viewer, _: unknown, meeting: Loaded) => mayChangeMeeting(viewer, meeting);
const recorded = (m: Loaded) => ({ heldOn: m.heldOn, minutes: m.minutes, areas: m.areas, notes: m.notes, nextStep: m.nextStep });

export const editMeeting = command({
  schema: editMeetingSchema,
  load: (tx, viewer, { meetingId }) => visibleMeeting(tx, viewer, meetingId),
  authorize: changes,
  async work(tx, viewer, input, before) {
    checkDate(input.heldOn, before.induction);
    const after = columns(input);
    const was = recorded(before);
    if (JSON.stringify(after) === JSON.stringify(was)) return { data: { id: before.id, inductionId: before.inductionId }, unchanged: true };
    await tx.mentorMeeting.update({ where: { id: before.id }, data: after });
    for (const row of cpdRows(before.induction, before.induction.mentor!, after)) {
      await tx.cpdActivity.updateMany({ where: { mentorMeetingId: before.id, staffMemberId: row.staffMemberId }, data: { title: row.title, startDate: row.startDate, endDate: row.endDate, minutes: row.minutes } });
    }
    return changed("MentorMeeting", before.id, "mentor-meeting.edit", { before: was, after }, { id: before.id, inductionId: before.inductionId });
  },
  revalidate: (_, data) => pages(data.inductionId),
  success: "Meeting saved; the CPD records follow it.",
});

export const deleteMeeting = command({
  schema: deleteMeetingSchema,
  load: (tx, viewer, { meetingId }) => visibleMeeting(tx, viewer, meetingId),
  authorize: changes,
  async work(tx, _viewer, _input, before) {
    const { count } = await tx.cpdActivity.deleteMany({ where: { mentorMeetingId: before.id } });
    await tx.mentorMeeting.delete({ where: { id: before.id } });
    return changed("MentorMeeting", before.id, "mentor-meeting.delete", { before: { ...recorded(before), cpdRemoved: count } }, { id: before.id, inductionId: before.inductionId });
  },
  revalidate: (_, data) => pages(data.inductionId),
  success: "Meeting deleted, with its CPD records.",
});
