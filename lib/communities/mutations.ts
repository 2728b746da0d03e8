import "server-only";
// Community writes: the trust admin sets communities up and appoints leaders; leaders manage
// members; staff join open communities (or ones they are invited to) and leave them.
import { audit } from "@/lib/audit";
import { can, type Viewer } from "@/lib/auth/policy";
import { db, type Tx } from "@/lib/db/client";
import { defineCommand } from "@/lib/server/action";
import { AppError, notFoundError } from "@/lib/server/errors";
import {
  archiveCommunitySchema,
  communityIdSchema,
  communityPersonSchema,
  createCommunitySchema,
  updateCommunitySchema,
} from "./schema";

const archived = () => new AppError("CONFLICT", "This community is archived: nothing in it can change until the trust reopens it.");

/** The community, when the viewer may manage it (leader of it, or trust admin) and it is active. */
export async function managedCommunity(tx: Tx, viewer: Viewer, communityId: string, opts: { allowArchived?: boolean } = {}) {
  if (!can(viewer, "community.manage", { communityId })) throw notFoundError();
  const community = await tx.community.findFirst({ where: { id: communityId, trustId: viewer.trustId } });
  if (!community) throw notFoundError();
  if (community.archivedAt && !opts.allowArchived) throw archived();
  return community;
}

/** A current member of staff of the viewer's trust (any school). */
export async function trustStaff(tx: Tx, viewer: Viewer, staffMemberId: string) {
  const staff = await tx.staffMember.findFirst({
    where: { id: staffMemberId, trustId: viewer.trustId, leaveDate: null },
    select: { id: true, userId: true, schoolId: true, firstName: true, lastName: true },
  });
  if (!staff) throw new AppError("NOT_FOUND", "That member of staff was not found.", { staffMemberId: ["Choose a current member of staff."] });
  return staff;
}

function requireAdmin(viewer: Viewer) {
  if (!can(viewer, "trust.admin")) throw notFoundError();
}

function nameTaken(error: unknown): never {
  if ((error as { code?: string }).code === "P2002") {
    throw new AppError("CONFLICT", "There is a problem: check the highlighted fields.", { name: ["A community with this name already exists."] });
  }
  throw error;
}

export const createCommunity = defineCommand(createCommunitySchema, async (viewer, input) => {
  requireAdmin(viewer);
  return db()
    .$transaction(async (tx) => {
      if (input.clusterId && !(await tx.cluster.findFirst({ where: { id: input.clusterId, trustId: viewer.trustId } }))) throw notFoundError();
      const community = await tx.community.create({ data: { trustId: viewer.trustId, ...input } });
      await audit(tx, viewer, { action: "community.create", entity: "Community", entityId: community.id, after: community });
      return { id: community.id };
    })
    .catch(nameTaken);
}, "Community created.");

export const updateCommunity = defineCommand(updateCommunitySchema, async (viewer, { communityId, ...input }) => {
  requireAdmin(viewer);
  return db()
    .$transaction(async (tx) => {
      const before = await managedCommunity(tx, viewer, communityId, { allowArchived: true });
      if (input.clusterId && !(await tx.cluster.findFirst({ where: { id: input.clusterId, trustId: viewer.trustId } }))) throw notFoundError();
      const after = await tx.community.update({ where: { id: communityId }, data: input });
      await audit(tx, viewer, { action: "community.update", entity: "Community", entityId: communityId, before, after });
      return { id: communityId };
    })
    .catch(nameTaken);
}, "Community saved.");

export const setCommunityArchived = defineCommand(archiveCommunitySchema, async (viewer, { communityId, archived: archive }) => {
  requireAdmin(viewer);
  return db().$transaction(async (tx) => {
    const before = await managedCommunity(tx, viewer, communityId, { allowArchived: true });
    const after = await tx.community.update({ where: { id: communityId }, data: { archivedAt: archive ? (before.archivedAt ?? new Date()) : null } });
    await audit(tx, viewer, { action: archive ? "community.archive" : "community.reopen", entity: "Community", entityId: communityId, before, after });
    return { id: communityId };
  });
});

/** Leadership is two rows that must agree: the LEADER membership and the NETWORK_LEADER role (the policy reads the role). */
export const appointLeader = defineCommand(communityPersonSchema, async (viewer, { communityId, staffMemberId }) => {
  requireAdmin(viewer);
  return db().$transaction(async (tx) => {
    await managedCommunity(tx, viewer, communityId);
    const staff = await trustStaff(tx, viewer, staffMemberId);
    if (!staff.userId) {
      throw new AppError("INVALID", "There is a problem: check the highlighted fields.", {
        staffMemberId: [`${staff.firstName} ${staff.lastName} has no sign-in, so cannot lead a community yet.`],
      });
    }
    const membership = await tx.membership.upsert({
      where: { communityId_staffMemberId: { communityId, staffMemberId } },
      create: { trustId: viewer.trustId, communityId, staffMemberId, role: "LEADER" },
      update: { role: "LEADER" },
    });
    const existing = await tx.roleAssignment.findFirst({ where: { userId: staff.userId, role: "NETWORK_LEADER", communityId } });
    const role =
      existing ??
      (await tx.roleAssignment.create({ data: { trustId: viewer.trustId, userId: staff.userId, role: "NETWORK_LEADER", communityId } }));
    await audit(tx, viewer, { action: "community.appointLeader", entity: "Community", entityId: communityId, after: { membership, role } });
    return { id: membership.id };
  });
}, "Leader appointed.");

export const removeLeader = defineCommand(communityPersonSchema, async (viewer, { communityId, staffMemberId }) => {
  requireAdmin(viewer);
  return db().$transaction(async (tx) => {
    await managedCommunity(tx, viewer, communityId, { allowArchived: true });
    const staff = await tx.staffMember.findFirst({ where: { id: staffMemberId, trustId: viewer.trustId }, select: { userId: true } });
    if (!staff) throw notFoundError();
    // They stay a member: stepping down as leader is not leaving the community.
    const membership = await tx.membership.updateMany({ where: { communityId, staffMemberId, role: "LEADER" }, data: { role: "MEMBER" } });
    const roles = staff.userId
      ? await tx.roleAssignment.deleteMany({ where: { userId: staff.userId, role: "NETWORK_LEADER", communityId, trustId: viewer.trustId } })
      : { count: 0 };
    await audit(tx, viewer, {
      action: "community.removeLeader",
      entity: "Community",
      entityId: communityId,
      before: { staffMemberId, memberships: membership.count, roles: roles.count },
    });
    return { id: communityId };
  });
}, "Leadership removed.");

export const addMember = defineCommand(communityPersonSchema, async (viewer, { communityId, staffMemberId }) => {
  return db().$transaction(async (tx) => {
    await managedCommunity(tx, viewer, communityId);
    await trustStaff(tx, viewer, staffMemberId);
    const membership = await tx.membership.upsert({
      where: { communityId_staffMemberId: { communityId, staffMemberId } },
      create: { trustId: viewer.trustId, communityId, staffMemberId },
      update: {},
    });
    await tx.communityInvitation.deleteMany({ where: { communityId, staffMemberId } });
    await audit(tx, viewer, { action: "community.addMember", entity: "Membership", entityId: membership.id, after: membership });
    return { id: membership.id };
  });
}, "Member added.");

export const removeMember = defineCommand(communityPersonSchema, async (viewer, { communityId, staffMemberId }) => {
  return db().$transaction(async (tx) => {
    await managedCommunity(tx, viewer, communityId);
    const membership = await tx.membership.findFirst({ where: { communityId, staffMemberId, trustId: viewer.trustId } });
    if (!membership) throw notFoundError();
    if (membership.role === "LEADER") throw new AppError("CONFLICT", "A leader is removed by the trust, which ends their leadership first.");
    await tx.membership.delete({ where: { id: membership.id } });
    await audit(tx, viewer, { action: "community.removeMember", entity: "Membership", entityId: membership.id, before: membership });
    return { id: membership.id };
  });
}, "Member removed.");

export const inviteMember = defineCommand(communityPersonSchema, async (viewer, { communityId, staffMemberId }) => {
  if (!viewer.staff && !can(viewer, "trust.admin")) throw notFoundError();
  return db().$transaction(async (tx) => {
    await managedCommunity(tx, viewer, communityId);
    await trustStaff(tx, viewer, staffMemberId);
    if (await tx.membership.findFirst({ where: { communityId, staffMemberId } })) {
      throw new AppError("CONFLICT", "They are already a member.", { staffMemberId: ["Already a member."] });
    }
    const invitation = await tx.communityInvitation.upsert({
      where: { communityId_staffMemberId: { communityId, staffMemberId } },
      create: { trustId: viewer.trustId, communityId, staffMemberId, invitedById: viewer.userId },
      update: {},
    });
    await audit(tx, viewer, { action: "community.invite", entity: "CommunityInvitation", entityId: `${communityId}:${staffMemberId}`, after: invitation });
    return { id: communityId };
  });
}, "Invitation sent.");

/** Staff join an open community, or an invite-only one they were invited to. */
export const joinCommunity = defineCommand(communityIdSchema, async (viewer, { communityId }) => {
  const staff = viewer.staff;
  if (!staff) throw notFoundError();
  return db().$transaction(async (tx) => {
    const community = await tx.community.findFirst({ where: { id: communityId, trustId: viewer.trustId } });
    if (!community) throw notFoundError();
    if (community.archivedAt) throw archived();
    const invitation = await tx.communityInvitation.findFirst({ where: { communityId, staffMemberId: staff.id } });
    if (!community.isOpen && !invitation) {
      throw new AppError("FORBIDDEN", "This community is by invitation only: ask its leader to invite you.");
    }
    const membership = await tx.membership.upsert({
      where: { communityId_staffMemberId: { communityId, staffMemberId: staff.id } },
      create: { trustId: viewer.trustId, communityId, staffMemberId: staff.id },
      update: {},
    });
    if (invitation) await tx.communityInvitation.delete({ where: { communityId_staffMemberId: { communityId, staffMemberId: staff.id } } });
    await audit(tx, viewer, { action: "community.join", entity: "Membership", entityId: membership.id, after: membership });
    return { id: membership.id };
  });
}, "You have joined the community.");

export const leaveCommunity = defineCommand(communityIdSchema, async (viewer, { communityId }) => {
  const staff = viewer.staff;
  if (!staff) throw notFoundError();
  return db().$transaction(async (tx) => {
    const membership = await tx.membership.findFirst({ where: { communityId, staffMemberId: staff.id, trustId: viewer.trustId } });
    if (!membership) throw notFoundError();
    if (membership.role === "LEADER") throw new AppError("CONFLICT", "Leaders step down through the trust before leaving.");
    await tx.membership.delete({ where: { id: membership.id } });
    await audit(tx, viewer, { action: "community.leave", entity: "Membership", entityId: membership.id, before: membership });
    return { id: membership.id };
  });
}, "You have left the community.");
