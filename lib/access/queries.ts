import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/client";
import type { Viewer } from "./policy";
import { mfaRequiredFor } from "./mfa-rules";
import { isId } from "@/lib/validation/fields";

const viewerSelect = {
  id: true,
  trustId: true,
  name: true,
  email: true,
  status: true,
  mfaEnabledAt: true,
  trust: { select: { requireMfa: true } },
  staffMember: { select: { id: true, schoolId: true, leaveDate: true } },
  roleAssignments: { select: { id: true, role: true, schoolId: true, communityId: true }, orderBy: { createdAt: "asc" } },
} satisfies Prisma.UserSelect;

type Row = Prisma.UserGetPayload<{ select: typeof viewerSelect }>;

function toViewer(user: Row): Viewer {
  const staff = user.staffMember && !user.staffMember.leaveDate ? user.staffMember : null;
  return {
    userId: user.id,
    trustId: user.trustId,
    name: user.name,
    email: user.email,
    staff: staff ? { id: staff.id, schoolId: staff.schoolId } : null,
    roles: user.roleAssignments,
  };
}

/** Loads a viewer by user id: roles and own employment. Null for a missing or disabled user. */
export async function loadViewer(userId: string): Promise<Viewer | null> {
  const user = await db().user.findUnique({ where: { id: userId }, select: viewerSelect });
  if (!user || user.status !== "ACTIVE") return null;
  return toViewer(user);
}

export type SignedInSession = {
  viewer: Viewer;
  sessionId: string;
  /** The trust requires a second factor of this person and they have none yet: they must enrol first. */
  mfaEnrolmentRequired: boolean;
};

const TOUCH_AFTER_MS = 5 * 60_000;

/**
 * The viewer of a session cookie, in the one query that loads their roles: null unless the user
 * is active and the session row is live (not signed out, ended or expired).
 */

export async function loadSession(userId: string, sessionId: string): Promise<SignedInSession | null> {
  if (!isId(userId) || !isId(sessionId)) return null;
  const now = new Date();
  const user = await db().user.findUnique({
    where: { id: userId },
    select: {
      ...viewerSelect,
      sessions: { where: { id: sessionId, revokedAt: null, expiresAt: { gt: now } }, select: { id: true, method: true, lastSeenAt: true } },
    },
  });
  const session = user?.sessions[0];
  if (!user || user.status !== "ACTIVE" || !session) return null;
  // lastSeen to within five minutes: one small write every few minutes per person, not one per request.
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
    await db().session.update({ where: { id: session.id }, data: { lastSeenAt: now } });
  }
  const viewer = toViewer(user);
  const mfaEnrolmentRequired =
    session.method === "PASSWORD" && !user.mfaEnabledAt && mfaRequiredFor(viewer, user.trust.requireMfa);
  return { viewer, sessionId: session.id, mfaEnrolmentRequired };
}
