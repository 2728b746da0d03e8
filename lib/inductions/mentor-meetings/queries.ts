import "server-only";
// Reads of ECT mentor meetings (issue 18 §4): an induction's log with the framework areas it has
// covered and whether meetings have lapsed (for the induction page), and one meeting for its mentor
// to correct. Every read goes through mentorMeetingVisibleTo; a page asks inductionDetail first.
import { notFound } from "next/navigation";
import type { Viewer } from "@/lib/access/policy";
import { db } from "@/lib/db/client";
import type { FrameworkArea } from "@/lib/db/generated/enums";
import { isoDay, londonToday } from "@/lib/dates";
import { isId } from "@/lib/validation/fields";
import { inductionVisibleTo } from "../access";
import { mayChangeMeeting, mayLogMeeting, mentorMeetingVisibleTo } from "./access";
import { AREAS } from "./labels";
import { mentorLapse } from "./rules";

/** How often each area has been worked on and when last: the tutor sees at a glance which have not. */
export function coverage(meetings: { heldOn: Date; areas: FrameworkArea[] }[]) {
  return AREAS.map((area) => {
    const on = meetings.filter((m) => m.areas.includes(area));
    return { area, meetings: on.length, last: on.reduce<Date | null>((a, m) => (!a || m.heldOn > a ? m.heldOn : a), null) };
  });
}

/**
 * An induction's meetings, latest first, with coverage, the lapse (if any) and what the viewer may do;
 * 404 unless the viewer reads the induction. Read through the induction's where-builder once (the rule
 * of mentorMeetingVisibleTo), on its own, so the page runs it beside inductionDetail.
 */
export async function inductionMeetings(viewer: Viewer, inductionId: string) {
  if (!isId(inductionId)) notFound();
  const induction = await db().earlyCareerInduction.findFirst({
    where: { id: inductionId, ...inductionVisibleTo(viewer) },
    select: {
      id: true, trustId: true, startDate: true, completedOn: true, mentorId: true,
      mentorMeetings: {
        orderBy: [{ heldOn: "desc" }, { createdAt: "desc" }],
        select: {
          id: true, heldOn: true, minutes: true, areas: true, notes: true, nextStep: true, mentorId: true, trustId: true,
          mentor: { select: { firstName: true, lastName: true } },
        },
      },
    },
  });
  if (!induction) notFound();
  const rows = induction.mentorMeetings;
  const meetings = rows.map((m) => ({ ...m, mayChange: mayChangeMeeting(viewer, { ...m, induction }) }));
  return {
    meetings,
    coverage: coverage(rows),
    totalMinutes: rows.reduce((sum, m) => sum + m.minutes, 0),
    lapse: mentorLapse({ ...induction, lastMeeting: rows[0]?.heldOn ?? null }, londonToday()),
    mayLog: mayLogMeeting(viewer, induction),
  };
}

/** The induction a mentor logs a meeting of: 404 unless the viewer is its mentor. */
export async function meetingForm(viewer: Viewer, inductionId: string) {
  if (!isId(inductionId)) notFound();
  const induction = await db().earlyCareerInduction.findFirst({
    where: { id: inductionId, ...inductionVisibleTo(viewer) },
    select: { id: true, trustId: true, mentorId: true, startDate: true, completedOn: true, staffMember: { select: { firstName: true, lastName: true } } },
  });
  if (!induction || !mayLogMeeting(viewer, induction)) notFound();
  return { induction, today: isoDay(londonToday()) };
}

/** One meeting for its mentor to correct or delete: 404 for anyone else, or under another induction's id. */
export async function meetingToChange(viewer: Viewer, inductionId: string, meetingId: string) {
  if (!isId(inductionId) || !isId(meetingId)) notFound();
  const meeting = await db().mentorMeeting.findFirst({
    where: { id: meetingId, inductionId, ...mentorMeetingVisibleTo(viewer) },
    select: {
      id: true, trustId: true, mentorId: true, heldOn: true, minutes: true, areas: true, notes: true, nextStep: true,
      induction: { select: { id: true, mentorId: true, startDate: true, staffMember: { select: { firstName: true, lastName: true } } } },
    },
  });
  if (!meeting || !mayChangeMeeting(viewer, meeting)) notFound();
  return { meeting, today: isoDay(londonToday()) };
}
