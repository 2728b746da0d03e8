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

function toViewer(user: Pick<Row, "id" | "trustId" | "name" | "email" | "staffMember" | "roleAssignments">): Viewer {
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

type SessionRow = {
  id: string; trustId: string; name: string; email: string; status: string; mfaEnabledAt: Date | null; requireMfa: boolean;
  staffId: string | null; staffSchoolId: string | null; staffLeaveDate: Date | null;
  sessionId: string; method: string; lastSeenAt: Date;
  roles: Viewer["roles"];
};

/**
 * The viewer of a session cookie: null unless the user is active and the session row is live (not
 * signed out, ended or expired). Every signed-in request asks, so it is one statement (user, trust,
 * own employment, live session and roles), not the five Prisma sends for the same nested select.
 */
export async function loadSession(userId: string, sessionId: string): Promise<SignedInSession | null> {
  if (!isId(userId) || !isId(sessionId)) return null;
  const now = new Date();
  const [row] = await db().$queryRaw<SessionRow[]>`
    SELECT u.id, u."trustId", u.name, u.email, u.status::text AS status, u."mfaEnabledAt", t."requireMfa",
      sm.id AS "staffId", sm."schoolId" AS "staffSchoolId", sm."leaveDate" AS "staffLeaveDate",
      s.id AS "sessionId", s.method::text AS method, s."lastSeenAt",
      COALESCE((SELECT json_agg(json_build_object('id', r.id, 'role', r.role, 'schoolId', r."schoolId", 'communityId', r."communityId") ORDER BY r."createdAt")
        FROM "RoleAssignment" r WHERE r."userId" = u.id), '[]'::json) AS roles
    FROM "User" u
    JOIN "Trust" t ON t.id = u."trustId"
    JOIN "Session" s ON s.id = ${sessionId}::uuid AND s."userId" = u.id AND s."revokedAt" IS NULL AND s."expiresAt" > ${now}
    LEFT JOIN "StaffMember" sm ON sm."userId" = u.id
    WHERE u.id = ${userId}::uuid`;
  if (!row || row.status !== "ACTIVE") return null;
  // lastSeen to within five minutes: one small write every few minutes per person, not one per request.
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
    await db().session.update({ where: { id: row.sessionId }, data: { lastSeenAt: now } });
  }
  const viewer = toViewer({
    id: row.id, trustId: row.trustId, name: row.name, email: row.email,
    staffMember: row.staffId && row.staffSchoolId ? { id: row.staffId, schoolId: row.staffSchoolId, leaveDate: row.staffLeaveDate } : null,
    roleAssignments: row.roles,
  });
  const mfaEnrolmentRequired = row.method === "PASSWORD" && !row.mfaEnabledAt && mfaRequiredFor(viewer, row.requireMfa);
  return { viewer, sessionId: row.sessionId, mfaEnrolmentRequired };
}
