// A few notifications for the demo teacher, head and network leader, so their notifications page and
// header count look lived-in. Written as rows only (no delivery jobs: the demo sends no mail). Each
// links to a record the person may open, as lib/notifications/events would have written it.
import type { Tx } from "../../lib/db/client";
import { DEMO_EMAILS } from "./demo";
import type { BuiltTrust } from "./types";

type Row = { userId: string; kind: string; title: string; body: string; link: string; hoursAgo: number; read?: boolean };

export async function seedNotifications(tx: Tx, built: BuiltTrust, now: Date = new Date()): Promise<void> {
  const userOf = (email: string) => built.users.find((u) => u.email === email);
  const rows: Row[] = [];
  const teacher = userOf(DEMO_EMAILS.teacher);
  const teacherStaff = teacher && (await tx.staffMember.findFirst({ where: { userId: teacher.id }, select: { id: true } }));
  if (teacher && teacherStaff) {
    const verified = await tx.cpdActivity.findFirst({ where: { staffMemberId: teacherStaff.id, status: "VERIFIED" }, orderBy: { verifiedAt: "desc" } });
    if (verified) rows.push({ userId: teacher.id, kind: "cpd.verified", title: `Verified: ${verified.title}`, body: "It now counts towards your verified hours.", link: `/development/${verified.id}`, hoursAgo: 30, read: true });
    const membership = await tx.membership.findFirst({ where: { staffMemberId: teacherStaff.id }, include: { community: { select: { name: true } } } });
    if (membership) {
      rows.push({ userId: teacher.id, kind: "community.member-added", title: `Added to ${membership.community.name}`, body: "You are now a member: its meetings and resources are open to you.", link: `/communities/${membership.communityId}`, hoursAgo: 72, read: true });
      const meeting = await tx.meeting.findFirst({ where: { communityId: membership.communityId, status: "PLANNED", startsAt: { gt: now } }, orderBy: { startsAt: "asc" } });
      if (meeting) rows.push({ userId: teacher.id, kind: "meeting.scheduled", title: `${membership.community.name}: ${meeting.title}`, body: "The calendar entry is attached to the email.", link: `/communities/${membership.communityId}/meetings/${meeting.id}`, hoursAgo: 5 });
    }
  }
  const head = userOf(DEMO_EMAILS.head);
  if (head) {
    rows.push({ userId: head.id, kind: "cpd.verification-digest", title: "CPD records are waiting for you to verify", body: "Open the queue to verify or return them.", link: "/verification", hoursAgo: 4 });
    const review = await tx.schoolReview.findFirst({ where: { OR: [{ leadReviewerId: head.id }, { team: { some: { userId: head.id } } }] } });
    if (review) rows.push({ userId: head.id, kind: "review.assigned", title: "A peer review is assigned to you", body: "Open the review to see the school and the visit date.", link: `/reviews/${review.id}`, hoursAgo: 50, read: true });
  }
  const leader = userOf(DEMO_EMAILS.networkLeader);
  const led = leader && (await tx.roleAssignment.findFirst({ where: { userId: leader.id, role: "NETWORK_LEADER", communityId: { not: null } } }));
  if (leader && led?.communityId) {
    const held = await tx.meeting.findFirst({ where: { communityId: led.communityId, startsAt: { lt: now }, status: { not: "CANCELLED" } }, orderBy: { startsAt: "desc" } });
    if (held) rows.push({ userId: leader.id, kind: "meeting.register-open", title: `Register: ${held.title}`, body: "Close the register so attendees' CPD is recorded.", link: `/communities/${led.communityId}/meetings/${held.id}`, hoursAgo: 20 });
    rows.push({ userId: leader.id, kind: "community.member-added", title: "A new member joined your community", body: "Open the community to welcome them.", link: `/communities/${led.communityId}`, hoursAgo: 90, read: true });
  }
  await tx.notification.createMany({
    data: rows.map((r) => {
      const at = new Date(now.getTime() - r.hoursAgo * 3_600_000);
      return { trustId: built.trust.id, userId: r.userId, kind: r.kind, title: r.title, body: r.body, link: r.link, createdAt: at, readAt: r.read ? new Date(at.getTime() + 3_600_000) : null };
    }),
  });
}
