import "server-only";
// Reads of the accounts pages: the trust admin sees every account of the trust; a head sees the
// accounts of their school's current staff (whose senior leader role they grant). Anyone else: 404.
import { notFound } from "next/navigation";
import { can, canAny, type Viewer } from "@/lib/access/policy";
import { ROLE_LABELS } from "@/lib/shell/roles";
import { db, type Prisma } from "@/lib/db/client";
import { isId } from "@/lib/validation/fields";
import { accountsVisibleTo as visibleAccounts } from "./access";
import { liveInvitation } from "./invitations";
import { GRANTABLE_ROLES, SCHOOL_ROLES } from "./schema";

/** 40 a page: at 50 the accounts list was 85.5 kB of HTML at scale 10 (issue 22, decision 039). */
export const ACCOUNTS_PAGE_SIZE = 40;

/** The accounts the viewer sees (./access.ts); the pages are not found for anyone who sees none. */
function accountsVisibleTo(viewer: Viewer): Prisma.UserWhereInput {
  if (!can(viewer, "role:manage") && !canAny(viewer, "leader:appoint")) notFound();
  return visibleAccounts(viewer);
}

/** "Invited": no password yet and never signed in (an SSO account signs in without one). */
const accountState = (u: { status: string; passwordHash: string | null; lastSignInAt: Date | null }) =>
  u.status !== "ACTIVE" ? "Disabled" : !u.passwordHash && !u.lastSignInAt ? "Invited" : "Active";

export async function accountList(viewer: Viewer, p: { q: string; page: number; invited: boolean }) {
  const terms = p.q.split(/\s+/).filter(Boolean).slice(0, 4);
  const where: Prisma.UserWhereInput = {
    ...accountsVisibleTo(viewer),
    ...(p.invited ? { passwordHash: null, lastSignInAt: null, status: "ACTIVE" as const } : {}),
    AND: terms.map((t) => ({ OR: [{ name: { contains: t, mode: "insensitive" as const } }, { email: { startsWith: t, mode: "insensitive" as const } }] })),
  };
  const [total, rows] = await Promise.all([
    db().user.count({ where }),
    db().user.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: (p.page - 1) * ACCOUNTS_PAGE_SIZE,
      take: ACCOUNTS_PAGE_SIZE,
      select: {
        id: true, name: true, email: true, status: true, passwordHash: true, lastSignInAt: true,
        staffMember: { select: { school: { select: { name: true } } } },
        roleAssignments: { select: { role: true } },
      },
    }),
  ]);
  return {
    total,
    pageCount: Math.max(1, Math.ceil(total / ACCOUNTS_PAGE_SIZE)),
    mayInvite: can(viewer, "role:manage"),
    rows: rows.map((u) => ({
      id: u.id,
      name: u.name,
      email: u.email,
      state: accountState(u),
      school: u.staffMember?.school.name ?? null,
      roles: [...new Set(u.roleAssignments.map((r) => ROLE_LABELS[r.role]))].join(", "),
    })),
  };
}

/** One account: roles (which the viewer may remove), what the viewer may grant, the invitation's state. */
export async function accountDetail(viewer: Viewer, userId: string) {
  if (!isId(userId)) notFound();
  const admin = can(viewer, "role:manage");
  const user = await db().user.findFirst({
    where: { ...accountsVisibleTo(viewer), id: userId },
    select: {
      id: true, name: true, email: true, status: true, passwordHash: true, lastSignInAt: true, mfaEnabledAt: true,
      staffMember: { select: { id: true, jobTitle: true, leaveDate: true, school: { select: { id: true, name: true } } } },
      roleAssignments: { orderBy: { createdAt: "asc" }, select: { id: true, role: true, school: { select: { id: true, name: true } }, communityId: true } },
      invitations: { orderBy: { createdAt: "desc" }, take: 1, select: { createdAt: true, expiresAt: true, usedAt: true, revokedAt: true } },
    },
  });
  if (!user) notFound();
  const self = user.id === viewer.userId;
  const staffSchool = user.staffMember && !user.staffMember.leaveDate ? user.staffMember.school : null;
  const schools = admin
    ? await db().school.findMany({ where: { trustId: viewer.trustId }, orderBy: { name: "asc" }, select: { id: true, name: true } })
    : staffSchool ? [staffSchool] : [];
  const mayRemove = (role: string, schoolId: string | null) =>
    !self && (role === "SENIOR_LEADER" && schoolId ? can(viewer, "leader:appoint", { schoolId }) : admin && (GRANTABLE_ROLES as readonly string[]).includes(role));
  return {
    user: { id: user.id, name: user.name, email: user.email, status: user.status, state: accountState(user), mfa: Boolean(user.mfaEnabledAt), lastSignInAt: user.lastSignInAt },
    staff: user.staffMember,
    self,
    admin,
    roles: user.roleAssignments.map((r) => ({ id: r.id, role: r.role, label: ROLE_LABELS[r.role], school: r.school, mayRemove: mayRemove(r.role, r.school?.id ?? null) })),
    grantable: self ? [] : admin ? [...GRANTABLE_ROLES] : ["SENIOR_LEADER" as const],
    schoolRoles: SCHOOL_ROLES,
    schools,
    invitation: user.invitations[0] ?? null,
  };
}

/** The schools offered when inviting (trust admin only). */
export async function inviteOptions(viewer: Viewer) {
  if (!can(viewer, "role:manage")) notFound();
  return db().school.findMany({ where: { trustId: viewer.trustId }, orderBy: { name: "asc" }, select: { id: true, name: true } });
}

/** The person a set-password link is for, as the viewer its command runs with (they are not signed in). */
export async function invitationViewer(token: string): Promise<(Viewer & { email: string }) | null> {
  if (token.length < 20 || token.length > 100) return null;
  const invitation = await liveInvitation(db(), token);
  if (!invitation) return null;
  const { user } = invitation;
  return { userId: user.id, trustId: invitation.trustId, name: user.name, email: user.email, staff: null, roles: [] };
}
