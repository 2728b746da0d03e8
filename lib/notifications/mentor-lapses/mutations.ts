// Weekly (Monday morning): the mentor and the induction tutor of each ECT whose mentor meetings have
// lapsed (lib/inductions/mentor-meetings/rules.ts: none in 14 days of term) are told, once per lapse:
// the key is the induction and the day its clock started, so a rerun, or next week's sweep while the
// lapse goes on, adds nothing; a meeting and a later lapse tell them again. Both may open the induction
// (induction:view:own), which the link leads to; the head sees lapses on the inductions overview.
import { db } from "@/lib/db/client";
import type { Tx } from "@/lib/db/client";
import { formatDate, londonToday } from "@/lib/dates";
import { mentorLapse } from "@/lib/inductions/mentor-meetings/rules";
import { routes } from "@/lib/routes";
import { notify } from "../notify";

export async function mentorLapses(now: Date): Promise<number> {
  const today = londonToday(now);
  const inductions = await db().earlyCareerInduction.findMany({
    where: { completedOn: null, startDate: { lte: today }, staffMember: { OR: [{ leaveDate: null }, { leaveDate: { gt: today } }] } },
    select: {
      id: true, trustId: true, startDate: true, completedOn: true,
      staffMember: { select: { firstName: true, lastName: true } },
      mentor: { select: { userId: true } },
      inductionTutor: { select: { userId: true } },
      mentorMeetings: { select: { heldOn: true }, orderBy: { heldOn: "desc" }, take: 1 },
    },
  });
  let told = 0;
  for (const i of inductions) {
    const lapse = mentorLapse({ ...i, lastMeeting: i.mentorMeetings[0]?.heldOn ?? null }, today);
    if (!lapse) continue;
    const ect = `${i.staffMember.firstName} ${i.staffMember.lastName}`;
    const ids = await db().$transaction((tx: Tx) =>
      notify(tx, {
        scheduled: true,
        trustId: i.trustId,
        userIds: [i.mentor?.userId, i.inductionTutor?.userId],
        kind: "mentor-meeting.lapsed",
        title: `No mentor meeting with ${ect} in 14 days of term`,
        body: `${lapse.lastMeeting ? `The last was on ${formatDate(lapse.lastMeeting)}` : "None has been logged since the induction started"}; meetings lapsed on ${formatDate(lapse.since)}. Log the next one on the induction page.`,
        link: routes.induction(i.id),
        dedupeKey: `mentor-meeting.lapsed:${lapse.key}`,
        now,
      }),
    );
    told += ids.length;
  }
  return told;
}
