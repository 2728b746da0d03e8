import "server-only";
// Who reads and who writes an ECT's mentor meetings (issue 18 §4). The log is part of the induction:
// whoever reads the induction reads it (its ECT, mentor and tutor, the school's head and senior
// leaders, the trust admin: lib/inductions/access.ts), nobody else. Only the induction's mentor logs
// one ("mentor-meeting:log:own", asked with the mentor as the target), and a logged meeting is
// corrected or deleted by the mentor who held it while they still mentor the ECT.
import { can, type Viewer } from "@/lib/access/policy";
import type { Prisma } from "@/lib/db/generated/client";
import { inductionVisibleTo } from "../access";

export function mentorMeetingVisibleTo(v: Viewer): Prisma.MentorMeetingWhereInput {
  return { trustId: v.trustId, induction: inductionVisibleTo(v) };
}

/** May log a meeting of this induction: its mentor. */
export const mayLogMeeting = (v: Viewer, induction: { trustId: string; mentorId: string | null }) =>
  can(v, "mentor-meeting:log:own", { trustId: induction.trustId, staffMemberId: induction.mentorId });

/** May correct or delete this meeting: the mentor who held it, while still the induction's mentor. */
export const mayChangeMeeting = (v: Viewer, meeting: { trustId: string; mentorId: string; induction: { mentorId: string | null } }) =>
  meeting.induction.mentorId === meeting.mentorId && mayLogMeeting(v, { trustId: meeting.trustId, mentorId: meeting.mentorId });
