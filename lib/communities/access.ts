import "server-only";
// Which communities and meetings a viewer may see, built from the kernel (lib/access): the trust pin and the registry's scopes.
import { isTrustAdmin, ledCommunities, type Viewer } from "@/lib/access/policy";
import { NOTHING } from "@/lib/access/where";
import type { Prisma } from "@/lib/db/generated/client";

/**
 * Communities: the trust's staff see the live ones, plus archived ones they belong to or lead; the
 * trust admin sees all; anyone without a staff record (governors, trustees) sees none.
 */
export function communityVisibleTo(v: Viewer): Prisma.CommunityWhereInput {
  if (isTrustAdmin(v)) return { trustId: v.trustId };
  if (!v.staff) return { trustId: v.trustId, OR: NOTHING };
  return {
    trustId: v.trustId,
    OR: [{ archivedAt: null }, { memberships: { some: { staffMemberId: v.staff.id } } }, { id: { in: ledCommunities(v) as string[] } }],
  };
}

/** Meetings: of communities the viewer leads or belongs to, and of open, live communities. */
export function meetingVisibleTo(v: Viewer): Prisma.MeetingWhereInput {
  if (isTrustAdmin(v)) return { trustId: v.trustId };
  if (!v.staff) return { trustId: v.trustId, OR: NOTHING };
  return {
    trustId: v.trustId,
    OR: [
      { communityId: { in: ledCommunities(v) as string[] } },
      { community: { memberships: { some: { staffMemberId: v.staff.id } } } },
      { community: { isOpen: true, archivedAt: null } },
    ],
  };
}
