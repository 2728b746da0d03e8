import "server-only";
// Community commands: the trust admin sets communities up and appoints leaders; leaders manage
// members; staff join open communities (or ones they are invited to) and leave them.
import { can, type Viewer } from "@/lib/access/policy";
import type { Tx } from "@/lib/db/client";
import { changed, command } from "@/lib/commands/command";
import { AppError, fieldError, notFoundError } from "@/lib/commands/errors";
import {
  archiveCommunitySchema,
  communityIdSchema,
  communityPersonSchema,
  createCommunitySchema,
  updateCommunitySchema,
} from "./schema";
import { routes, type Path } from "@/lib/routes";
import { notifyCommunityMember } from "@/lib/notifications/events/communities";
import { communityVisibleTo } from "./access";

const archived = () => new AppError("CONFLICT", "This community is archived: nothing in it can change until the trust reopens it.");

/** A community the viewer sees (communityVisibleTo); null when missing or out of scope (a command's `load`). */
export const visibleCommunity = (tx: Tx, viewer: Viewer, communityId: string) => tx.community.findFirst({ where: { id: communityId, ...communityVisibleTo(viewer) } });

/** Nothing in an archived community changes (but its archiving) until the trust reopens it. */
export function assertLive(community: { archivedAt: Date | null }) {
  if (community.archivedAt) throw archived();
}

/** A current member of staff of the viewer's trust (any school). */
async function trustStaff(tx: Tx, viewer: Viewer, staffMemberId: string) {
  const staff = await tx.staffMember.findFirst({
    where: { id: staffMemberId, trustId: viewer.trustId, leaveDate: null },
    select: { id: true, userId: true, schoolId: true, firstName: true, lastName: true },
  });
  if (!staff) throw new AppError("NOT_FOUND", "That member of staff was not found.", { staffMemberId: ["Choose a current member of staff."] });
  return staff;
}

/** The person's membership of the community, made when missing; `role` (LEADER) is set on an existing one too. */
function ensureMembership(tx: Tx, viewer: Viewer, communityId: string, staffMemberId: string, role?: "LEADER") {
  return tx.membership.upsert({
    where: { communityId_staffMemberId: { communityId, staffMemberId } },
    create: { trustId: viewer.trustId, communityId, staffMemberId, ...(role ? { role } : {}) },
    update: role ? { role } : {},
  });
}

function nameTaken(error: unknown) {
  if ((error as { code?: string }).code === "P2002") throw fieldError("name", "A community with this name already exists.");
}

async function clusterOfTrust(tx: Tx, viewer: Viewer, clusterId: string | null) {
  if (clusterId && !(await tx.cluster.findFirst({ where: { id: clusterId, trustId: viewer.trustId } }))) throw notFoundError();
}

const admin = (viewer: Viewer) => can(viewer, "community:create");
/** Through the registry, about the loaded community: its leaders (and the trust admin) manage it. */
export const manages = (viewer: Viewer, _: unknown, community: { id: string }) => can(viewer, "community:manage", { communityId: community.id });
const loadCommunity = (tx: Tx, viewer: Viewer, input: { communityId: string }) => visibleCommunity(tx, viewer, input.communityId);
const isStaff = (viewer: Viewer) => viewer.staff !== null;
const pages = (input: { communityId: string }, ...more: Path[]) => [routes.community(input.communityId), routes.communities(), routes.home(), ...more];
const editPage = (input: { communityId: string }) => pages(input, routes.communityEdit(input.communityId));
const managePage = (input: { communityId: string }) => pages(input, routes.communityManage(input.communityId));

export const createCommunity = command({
  schema: createCommunitySchema,
  authorize: admin,
  async work(tx, viewer, input) {
    await clusterOfTrust(tx, viewer, input.clusterId);
    const community = await tx.community.create({ data: { trustId: viewer.trustId, ...input } });
    return changed("Community", community.id, "community.create", { after: community });
  },
  revalidate: () => [routes.communities()],
  success: "Community created.",
  onError: nameTaken,
});

export const updateCommunity = command({
  schema: updateCommunitySchema,
  load: loadCommunity,
  authorize: admin,
  async work(tx, viewer, { communityId, ...input }, before) {
    await clusterOfTrust(tx, viewer, input.clusterId);
    const after = await tx.community.update({ where: { id: communityId }, data: input });
    return changed("Community", communityId, "community.update", { before, after });
  },
  revalidate: (input) => pages(input),
  success: "Community saved.",
  onError: nameTaken,
});

export const setCommunityArchived = command({
  schema: archiveCommunitySchema,
  load: loadCommunity,
  authorize: admin,
  async work(tx, viewer, { communityId, archived: archive }, before) {
    const after = await tx.community.update({ where: { id: communityId }, data: { archivedAt: archive ? (before.archivedAt ?? new Date()) : null } });
    return changed("Community", communityId, archive ? "community.archive" : "community.reopen", { before, after });
  },
  revalidate: (input) => pages(input),
});

/** Leadership is two rows that must agree: the LEADER membership and the NETWORK_LEADER role (the policy reads the role). */
export const appointLeader = command({
  schema: communityPersonSchema,
  load: loadCommunity,
  authorize: admin,
  async work(tx, viewer, { communityId, staffMemberId }, community) {
    assertLive(community);
    const staff = await trustStaff(tx, viewer, staffMemberId);
    if (!staff.userId) {
      throw fieldError("staffMemberId", `${staff.firstName} ${staff.lastName} has no sign-in, so cannot lead a community yet.`);
    }
    const membership = await ensureMembership(tx, viewer, communityId, staffMemberId, "LEADER");
    const existing = await tx.roleAssignment.findFirst({ where: { userId: staff.userId, role: "NETWORK_LEADER", communityId, trustId: viewer.trustId } });
    const role = existing ?? (await tx.roleAssignment.create({ data: { trustId: viewer.trustId, userId: staff.userId, role: "NETWORK_LEADER", communityId } }));
    return changed("Community", communityId, "community.appointLeader", { after: { membership, role } }, { id: membership.id });
  },
  revalidate: editPage,
  success: "Leader appointed.",
});

export const removeLeader = command({
  schema: communityPersonSchema,
  load: loadCommunity,
  authorize: admin,
  async work(tx, viewer, { communityId, staffMemberId }) {
    const staff = await tx.staffMember.findFirst({ where: { id: staffMemberId, trustId: viewer.trustId }, select: { userId: true } });
    if (!staff) throw notFoundError();
    // They stay a member: stepping down as leader is not leaving the community.
    const membership = await tx.membership.updateMany({ where: { communityId, staffMemberId, role: "LEADER", trustId: viewer.trustId }, data: { role: "MEMBER" } });
    const roles = staff.userId
      ? await tx.roleAssignment.deleteMany({ where: { userId: staff.userId, role: "NETWORK_LEADER", communityId, trustId: viewer.trustId } })
      : { count: 0 };
    return changed("Community", communityId, "community.removeLeader", { before: { staffMemberId, memberships: membership.count, roles: roles.count } });
  },
  revalidate: editPage,
  success: "Leadership removed.",
});

export const addMember = command({
  schema: communityPersonSchema,
  load: loadCommunity,
  authorize: manages,
  async work(tx, viewer, { communityId, staffMemberId }, community) {
    assertLive(community);
    await trustStaff(tx, viewer, staffMemberId);
    const membership = await ensureMembership(tx, viewer, communityId, staffMemberId);
    await tx.communityInvitation.deleteMany({ where: { communityId, staffMemberId, trustId: viewer.trustId } });
    await notifyCommunityMember(tx, viewer.trustId, communityId, staffMemberId, "added");
    return changed("Membership", membership.id, "community.addMember", { after: membership });
  },
  revalidate: managePage,
  success: "Member added.",
});

export const removeMember = command({
  schema: communityPersonSchema,
  load: loadCommunity,
  authorize: manages,
  async work(tx, viewer, { communityId, staffMemberId }, community) {
    assertLive(community);
    const membership = await tx.membership.findFirst({ where: { communityId, staffMemberId, trustId: viewer.trustId } });
    if (!membership) throw notFoundError();
    if (membership.role === "LEADER") throw new AppError("CONFLICT", "A leader is removed by the trust, which ends their leadership first.");
    await tx.membership.delete({ where: { id: membership.id } });
    return changed("Membership", membership.id, "community.removeMember", { before: membership });
  },
  revalidate: managePage,
  success: "Member removed.",
});

export const inviteMember = command({
  schema: communityPersonSchema,
  load: loadCommunity,
  authorize: (viewer, input, community) => manages(viewer, input, community) && (isStaff(viewer) || admin(viewer)),
  async work(tx, viewer, { communityId, staffMemberId }, community) {
    assertLive(community);
    await trustStaff(tx, viewer, staffMemberId);
    if (await tx.membership.findFirst({ where: { communityId, staffMemberId, trustId: viewer.trustId } })) {
      throw new AppError("CONFLICT", "They are already a member.", { staffMemberId: ["Already a member."] });
    }
    const invitation = await tx.communityInvitation.upsert({
      where: { communityId_staffMemberId: { communityId, staffMemberId } },
      create: { trustId: viewer.trustId, communityId, staffMemberId, invitedById: viewer.userId },
      update: {},
    });
    await notifyCommunityMember(tx, viewer.trustId, communityId, staffMemberId, "invited");
    return changed("CommunityInvitation", `${communityId}:${staffMemberId}`, "community.invite", { after: invitation }, { id: communityId });
  },
  revalidate: (input) => [routes.communityManage(input.communityId)],
  success: "Invitation sent.",
});

/** Staff join an open community, or an invite-only one they were invited to. */
export const joinCommunity = command({
  schema: communityIdSchema,
  load: loadCommunity,
  authorize: isStaff,
  async work(tx, viewer, { communityId }, community) {
    const staffMemberId = viewer.staff!.id;
    assertLive(community);
    const invitation = await tx.communityInvitation.findFirst({ where: { communityId, staffMemberId, trustId: viewer.trustId } });
    if (!community.isOpen && !invitation) throw new AppError("FORBIDDEN", "This community is by invitation only: ask its leader to invite you.");
    const membership = await ensureMembership(tx, viewer, communityId, staffMemberId);
    if (invitation) await tx.communityInvitation.delete({ where: { communityId_staffMemberId: { communityId, staffMemberId } } });
    return changed("Membership", membership.id, "community.join", { after: membership });
  },
  revalidate: (input) => pages(input),
  success: "You have joined the community.",
});

export const leaveCommunity = command({
  schema: communityIdSchema,
  // The viewer's own membership: none (or no staff record) is "not found".
  load: (tx, viewer, { communityId }) =>
    viewer.staff ? tx.membership.findFirst({ where: { communityId, staffMemberId: viewer.staff.id, trustId: viewer.trustId } }) : Promise.resolve(null),
  authorize: isStaff,
  async work(tx, viewer, _, membership) {
    if (membership.role === "LEADER") throw new AppError("CONFLICT", "Leaders step down through the trust before leaving.");
    await tx.membership.delete({ where: { id: membership.id } });
    return changed("Membership", membership.id, "community.leave", { before: membership });
  },
  revalidate: (input) => pages(input),
  success: "You have left the community.",
});
