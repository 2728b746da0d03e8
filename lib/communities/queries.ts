import "server-only";
// Community reads. Communities are the trust's staff's: anyone with a current staff record (and
// the trust admin) may browse them; members and managers see members and meetings; governors
// and trustees without a staff record get not found.
import { notFound } from "next/navigation";
import { can, isTrustAdmin, type Viewer } from "@/lib/access/policy";
import { communityVisibleTo, meetingVisibleTo } from "@/lib/communities/access";
import { NOBODY, requirePermission } from "@/lib/access/where";
import { db, type Prisma } from "@/lib/db/client";
import { startOfLondonDay } from "@/lib/dates";
import { isId } from "@/lib/validation/fields";
import { pageWindow } from "@/lib/paging";

export { NOBODY };

/** Members per page of a community's page: its leaders and a school's worth of members. */
export const MEMBERS_PER_PAGE = 20;


/** Staff and the trust admin use communities; anyone else gets not found. */
export function requireCommunityUser(viewer: Viewer) {
  requirePermission(viewer, "community:view");
}

/** Every community the viewer may see, with their own membership, invitation and counts. */
export async function browseCommunities(viewer: Viewer) {
  requireCommunityUser(viewer);
  const staffId = viewer.staff?.id ?? NOBODY;
  const rows = await db().community.findMany({
    // The list leaves out archived communities for all but the admin, even ones the viewer belongs to.
    where: { ...communityVisibleTo(viewer), ...(isTrustAdmin(viewer) ? {} : { archivedAt: null }) },
    orderBy: [{ kind: "asc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      kind: true,
      subject: true,
      description: true,
      isOpen: true,
      archivedAt: true,
      cluster: { select: { name: true } },
      _count: { select: { memberships: true } },
      memberships: { where: { staffMemberId: staffId }, select: { role: true } },
      invitations: { where: { staffMemberId: staffId }, select: { createdAt: true } },
    },
  });
  return rows.map(({ _count, memberships, invitations, ...c }) => ({
    ...c,
    memberCount: _count.memberships,
    myRole: memberships[0]?.role ?? null,
    invited: invitations.length > 0,
    manage: can(viewer, "community:manage", { communityId: c.id }),
  }));
}

/** One community's page: what the viewer may see of it, or not found. */
export async function getCommunity(viewer: Viewer, id: string) {
  requireCommunityUser(viewer);
  if (!isId(id)) notFound();
  const staffId = viewer.staff?.id ?? NOBODY;
  const community = await db().community.findFirst({
    where: { id, ...communityVisibleTo(viewer) },
    include: {
      cluster: { select: { name: true } },
      memberships: { where: { role: "LEADER" }, select: { staffMember: { select: { firstName: true, lastName: true, school: { select: { name: true } } } } } },
      _count: { select: { memberships: true, resources: true } },
    },
  });
  if (!community) notFound();
  const manage = can(viewer, "community:manage", { communityId: id });
  const [mine, invitation, cpd] = await Promise.all([
    db().membership.findFirst({ where: { communityId: id, staffMemberId: staffId, trustId: viewer.trustId }, select: { role: true } }),
    db().communityInvitation.findFirst({ where: { communityId: id, staffMemberId: staffId, trustId: viewer.trustId }, select: { createdAt: true } }),
    db().cpdActivity.aggregate({ where: { communityId: id, staffMemberId: staffId, trustId: viewer.trustId }, _sum: { minutes: true }, _count: true }),
  ]);
  const member = Boolean(mine);
  return {
    ...community,
    leaders: community.memberships.map((m) => m.staffMember),
    memberCount: community._count.memberships,
    resourceCount: community._count.resources,
    access: { manage, member, invited: Boolean(invitation), myRole: mine?.role ?? null, seeMeetings: manage || member || community.isOpen, seeMembers: manage || member },
    myCpd: { minutes: cpd._sum.minutes ?? 0, meetings: cpd._count },
  };
}

export type CommunityPage = Awaited<ReturnType<typeof getCommunity>>;

/** Upcoming and recent meetings of a community the viewer may see meetings of. */
export async function communityMeetings(viewer: Viewer, community: CommunityPage) {
  if (!community.access.seeMeetings) return { upcoming: [], past: [] };
  const now = new Date();
  const select = { id: true, title: true, startsAt: true, durationMinutes: true, location: true, onlineUrl: true, status: true, registerClosedAt: true };
  const [upcoming, past] = await Promise.all([
    // A meeting earlier today stays "upcoming" until the London day is out.
    db().meeting.findMany({ where: { communityId: community.id, ...meetingVisibleTo(viewer), startsAt: { gte: startOfLondonDay(now) } }, orderBy: { startsAt: "asc" }, take: 10, select }),
    db().meeting.findMany({ where: { communityId: community.id, ...meetingVisibleTo(viewer), startsAt: { lt: startOfLondonDay(now) } }, orderBy: { startsAt: "desc" }, take: 12, select }),
  ]);
  return { upcoming, past };
}

const memberOrder: Prisma.MembershipOrderByWithRelationInput[] = [{ role: "desc" }, { staffMember: { lastName: "asc" } }, { staffMember: { firstName: "asc" } }];
const memberSelect = {
  role: true,
  joinedAt: true,
  staffMember: { select: { id: true, firstName: true, lastName: true, jobTitle: true, leaveDate: true, school: { select: { name: true } } } },
} satisfies Prisma.MembershipSelect;

/** Members with their school, for members and managers. */
export async function communityMembers(viewer: Viewer, community: CommunityPage) {
  if (!community.access.seeMembers) return [];
  return db().membership.findMany({ where: { communityId: community.id, trustId: viewer.trustId }, orderBy: memberOrder, select: memberSelect });
}

/** One page of the members (leaders first, then by name), with the count of all of them. */
export async function communityMemberPage(viewer: Viewer, community: CommunityPage, page: number, size = MEMBERS_PER_PAGE) {
  if (!community.access.seeMembers) return { rows: [], total: 0, page: 1, pageCount: 1 };
  const where = { communityId: community.id, trustId: viewer.trustId };
  const total = await db().membership.count({ where });
  const w = pageWindow(total, page, size);
  const rows = await db().membership.findMany({ where, orderBy: memberOrder, skip: w.skip, take: w.take, select: memberSelect });
  return { rows, total, page: w.page, pageCount: w.pageCount };
}

/** The community's newest resources (the library is trust-wide, so every community user sees them); the search finds the rest. */
export async function communityResources(viewer: Viewer, communityId: string, take = 10) {
  return db().resource.findMany({
    where: { communityId, trustId: viewer.trustId },
    orderBy: { createdAt: "desc" },
    take,
    select: {
      id: true, title: true, description: true, kind: true, url: true, fileId: true, tags: true, createdAt: true,
      author: { select: { firstName: true, lastName: true } },
    },
  });
}

/** A leader's member search: current staff of any school of the trust, by name. */
export async function searchStaffForCommunity(viewer: Viewer, communityId: string, q: string, take = 20) {
  requirePermission(viewer, "community:manage", { communityId });
  const terms = q.split(/\s+/).filter(Boolean).slice(0, 3);
  if (!terms.length) return [];
  const rows = await db().staffMember.findMany({
    where: {
      trustId: viewer.trustId,
      leaveDate: null,
      AND: terms.map((t) => ({
        OR: [{ firstName: { startsWith: t, mode: "insensitive" as const } }, { lastName: { startsWith: t, mode: "insensitive" as const } }],
      })),
    },
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
    take,
    select: {
      id: true, firstName: true, lastName: true, jobTitle: true,
      school: { select: { name: true } },
      memberships: { where: { communityId, trustId: viewer.trustId }, select: { role: true } },
      invitations: { where: { communityId, trustId: viewer.trustId }, select: { createdAt: true } },
    },
  });
  return rows.map(({ memberships, invitations, ...s }) => ({ ...s, role: memberships[0]?.role ?? null, invited: invitations.length > 0 }));
}

/** The trust admin's edit page: the community, its leaders, and the clusters to choose from. */
export async function communityForAdmin(viewer: Viewer, id: string) {
  requirePermission(viewer, "community:create");
  if (!isId(id)) notFound();
  const [community, clusters] = await Promise.all([
    db().community.findFirst({
      where: { id, trustId: viewer.trustId },
      include: {
        memberships: {
          where: { role: "LEADER" },
          select: { staffMember: { select: { id: true, firstName: true, lastName: true, jobTitle: true, school: { select: { name: true } } } } },
        },
      },
    }),
    trustClusters(viewer),
  ]);
  if (!community) notFound();
  return { community, leaders: community.memberships.map((m) => m.staffMember), clusters };
}

export async function trustClusters(viewer: Viewer) {
  return db().cluster.findMany({ where: { trustId: viewer.trustId }, orderBy: { name: "asc" }, select: { id: true, name: true } });
}

/** The NETWORK_LEADER community of the viewer's active role (for the home page). */
export async function communityName(viewer: Viewer, id: string | null) {
  if (!id || !isId(id)) return null;
  return db().community.findFirst({ where: { id, trustId: viewer.trustId }, select: { id: true, name: true } });
}
