// Communities: a member added or invited, a meeting scheduled. Communities are open to the trust's
// staff (community:view), so a member may open the community and its meetings; the text names only
// the community and the meeting, which they read there.
import type { Tx } from "@/lib/db/client";
import { formatMeetingTime } from "@/lib/dates";
import { notify } from "../notify";
import { routes } from "@/lib/routes";

const userOf = async (tx: Tx, trustId: string, staffMemberId: string) =>
  (await tx.staffMember.findFirst({ where: { id: staffMemberId, trustId }, select: { userId: true } }))?.userId;

export async function notifyCommunityMember(tx: Tx, trustId: string, communityId: string, staffMemberId: string, how: "added" | "invited") {
  const community = await tx.community.findFirst({ where: { id: communityId, trustId }, select: { name: true } });
  if (!community) return;
  await notify(tx, {
    trustId,
    userIds: [await userOf(tx, trustId, staffMemberId)],
    kind: how === "added" ? "community.member-added" : "community.invited",
    title: how === "added" ? `Added to ${community.name}` : `Invited to join ${community.name}`,
    body: how === "added" ? "You are now a member: its meetings and resources are open to you." : "Open the community to join it.",
    link: routes.community(communityId),
  });
}

/** The community's members (not whoever scheduled it) are told of a meeting still to come; a series is told once, by its first. */
export async function notifyMeetingScheduled(tx: Tx, trustId: string, meetingId: string, count = 1, scheduledBy?: string) {
  const meeting = await tx.meeting.findFirst({ where: { id: meetingId, trustId }, select: { id: true, title: true, startsAt: true, communityId: true, community: { select: { name: true } } } });
  if (!meeting || meeting.startsAt.getTime() <= Date.now()) return;
  const members = await tx.membership.findMany({ where: { communityId: meeting.communityId, trustId }, select: { staffMember: { select: { userId: true } } } });
  await notify(tx, {
    trustId,
    userIds: members.map((m) => m.staffMember.userId).filter((u) => u !== scheduledBy),
    kind: "meeting.scheduled",
    title: `${meeting.community.name}: ${meeting.title}, ${formatMeetingTime(meeting.startsAt)}`,
    body: count > 1 ? `The first of ${count} meetings in a series.` : "The calendar entry is attached to the email.",
    link: routes.meeting(meeting.communityId, meeting.id),
  });
}
