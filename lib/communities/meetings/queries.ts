import "server-only";
// A meeting's page and calendar file. Members and managers see their community's meetings (and
// anyone may see an open community's); the register is for managers only.
import { notFound } from "next/navigation";
import { can, type Viewer } from "@/lib/access/policy";
import { meetingVisibleTo } from "@/lib/communities/access";
import { db } from "@/lib/db/client";
import { NOBODY, requireCommunityUser } from "../queries";
import { isId } from "@/lib/validation/fields";

async function visibleMeeting(viewer: Viewer, communityId: string, meetingId: string) {
  requireCommunityUser(viewer);
  if (!isId(communityId) || !isId(meetingId)) notFound();
  const meeting = await db().meeting.findFirst({
    where: { id: meetingId, communityId, ...meetingVisibleTo(viewer) },
    include: { community: { select: { id: true, name: true, subject: true, isOpen: true, archivedAt: true } } },
  });
  if (!meeting) notFound();
  const manage = can(viewer, "community:manage", { communityId });
  const member = viewer.staff
    ? Boolean(await db().membership.findFirst({ where: { communityId, staffMemberId: viewer.staff.id, trustId: viewer.trustId }, select: { id: true } }))
    : false;
  return { meeting, access: { manage, member } };
}

export async function getMeeting(viewer: Viewer, communityId: string, meetingId: string) {
  const { meeting, access } = await visibleMeeting(viewer, communityId, meetingId);
  const staffId = viewer.staff?.id ?? NOBODY;
  const [register, mine, cpd] = await Promise.all([
    access.manage ? meetingRegister(viewer, communityId, meetingId) : Promise.resolve([]),
    db().attendance.findFirst({ where: { meetingId, staffMemberId: staffId, trustId: viewer.trustId }, select: { attended: true } }),
    db().cpdActivity.findFirst({ where: { meetingId, staffMemberId: staffId, trustId: viewer.trustId }, select: { minutes: true, status: true } }),
  ]);
  const attendedCount = register.filter((r) => r.attended).length;
  return { meeting, access, register, attendedCount, mine: { attended: mine?.attended ?? null, cpd } };
}

/** Current members plus anyone already on the register, with whether they attended. */
async function meetingRegister(viewer: Viewer, communityId: string, meetingId: string) {
  const person = { id: true, firstName: true, lastName: true, jobTitle: true, school: { select: { name: true } } } as const;
  const [members, attendance] = await Promise.all([
    db().membership.findMany({ where: { communityId, trustId: viewer.trustId }, select: { role: true, staffMember: { select: person } } }),
    db().attendance.findMany({ where: { meetingId, trustId: viewer.trustId }, select: { attended: true, staffMember: { select: person } } }),
  ]);
  const rows = new Map<string, { staff: (typeof members)[number]["staffMember"]; role: string | null; attended: boolean | null }>();
  for (const m of members) rows.set(m.staffMember.id, { staff: m.staffMember, role: m.role, attended: null });
  for (const a of attendance) rows.set(a.staffMember.id, { staff: a.staffMember, role: rows.get(a.staffMember.id)?.role ?? null, attended: a.attended });
  return [...rows.values()]
    .sort((a, b) => a.staff.lastName.localeCompare(b.staff.lastName) || a.staff.firstName.localeCompare(b.staff.firstName))
    .map((r) => ({ ...r.staff, school: r.staff.school.name, role: r.role, attended: r.attended }));
}

export type RegisterRow = Awaited<ReturnType<typeof meetingRegister>>[number];

/** What the .ics file needs, under the same access rule as the meeting's page. */
export async function meetingForCalendar(viewer: Viewer, communityId: string, meetingId: string) {
  const { meeting } = await visibleMeeting(viewer, communityId, meetingId);
  return { ...meeting, communityName: meeting.community.name };
}
