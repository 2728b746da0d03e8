import "server-only";
import { trustSchool } from "@/lib/org/schools";
// Staff records (issue 11 §3): a head for their own school, the trust admin for any, creates and edits
// a member of staff and records a leaver. A new member of staff gets an account (and, when asked, an
// emailed link to set its password); a leaver's record is kept, and their school roles end with it.
import { can, type Viewer } from "@/lib/access/policy";
import { issueInvitation } from "@/lib/accounts/invitations";
import { revokeUserSessions } from "@/lib/account/sessions/mutations";
import { changed, command } from "@/lib/commands/command";
import { AppError, fieldError } from "@/lib/commands/errors";
import type { Tx } from "@/lib/db/client";
import { formatDate, fromIsoDay } from "@/lib/dates";
import { staffVisibleTo } from "./access";
import { endPlacementsOnLeaving } from "./employment/mutations";
import { issueExitSurvey } from "@/lib/staff-retention/mutations";
import { createStaffSchema, leaverSchema, updateStaffSchema, type StaffInput } from "./staff-schema";
import { routes } from "@/lib/routes";

/** The record's columns from the form (the designations are rows of their own). */
const columns = (i: Omit<StaffInput, "staffMemberId">) => ({
  firstName: i.firstName,
  lastName: i.lastName,
  email: i.email,
  jobTitle: i.jobTitle,
  category: i.category,
  careerStage: i.careerStage,
  fte: i.fte.toFixed(3),
  startDate: fromIsoDay(i.startDate),
  subjects: i.subjects,
});

/** Work emails are unique in the trust (they are sign-in names): refuse one another record or account holds. */
async function checkEmail(tx: Tx, viewer: Viewer, email: string, self: { staffId?: string; userId?: string | null } = {}) {
  const staff = await tx.staffMember.findFirst({
    where: { trustId: viewer.trustId, email, ...(self.staffId ? { id: { not: self.staffId } } : {}) },
    select: { school: { select: { name: true } } },
  });
  if (staff) throw fieldError("email", `Someone at ${staff.school.name} already has this work email.`);
  const user = await tx.user.findUnique({ where: { email }, select: { id: true, trustId: true, staffMember: { select: { id: true } } } });
  // Creating, an account of the trust without a staff record may become theirs; editing, any other account blocks it.
  const linkable = !self.staffId && user?.trustId === viewer.trustId && !user.staffMember;
  if (user && user.id !== self.userId && !linkable) {
    throw fieldError("email", "Someone already has an account with this email address.");
  }
  return user;
}

async function setDesignations(tx: Tx, viewer: Viewer, staffMemberId: string, designations: StaffInput["designations[]"]) {
  await tx.staffDesignation.deleteMany({ where: { staffMemberId, trustId: viewer.trustId } });
  if (designations.length) {
    await tx.staffDesignation.createMany({ data: [...new Set(designations)].map((designation) => ({ trustId: viewer.trustId, staffMemberId, designation })) });
  }
}

/**
 * A line manager works at the same school and has not left; nobody manages themself, and the chain
 * of managers above the one chosen never comes back to the person (no loop).
 */
async function checkLineManager(tx: Tx, viewer: Viewer, schoolId: string, managerId: string | null, selfId?: string) {
  if (!managerId) return;
  if (managerId === selfId) throw fieldError("lineManagerId", "Someone cannot be their own line manager.");
  const manager = await tx.staffMember.findFirst({ where: { id: managerId, trustId: viewer.trustId, schoolId, leaveDate: null }, select: { id: true } });
  if (!manager) throw fieldError("lineManagerId", "Choose a current member of staff of the same school.");
  if (!selfId) return;
  // The managers above the one chosen, in one statement (UNION stops at a loop already there).
  const [above] = await tx.$queryRaw<{ loops: boolean }[]>`
    WITH RECURSIVE up(id) AS (
      SELECT m."lineManagerId" FROM "StaffMember" m WHERE m.id = ${managerId}::uuid AND m."trustId" = ${viewer.trustId}::uuid
      UNION
      SELECT s."lineManagerId" FROM "StaffMember" s JOIN up ON s.id = up.id WHERE s."trustId" = ${viewer.trustId}::uuid
    ) SELECT EXISTS (SELECT 1 FROM up WHERE up.id = ${selfId}::uuid) AS loops`;
  if (above?.loops) throw fieldError("lineManagerId", "They manage this line manager (directly or further up): choose someone else, so the line does not loop.");
}

export const staffPaths = (id: string) => [routes.staff(), routes.person(id), routes.personEdit(id), routes.schoolDevelopment()];

export const createStaff = command({
  schema: createStaffSchema,
  authorize: (viewer, input) => can(viewer, "staff:manage", { schoolId: input.schoolId }),
  async work(tx, viewer, input) {
    const school = await trustSchool(tx, viewer, input.schoolId);
    // An account of the trust without a staff record (a governor joining the staff) becomes theirs.
    const existing = await checkEmail(tx, viewer, input.email);
    await checkLineManager(tx, viewer, school.id, input.lineManagerId);
    const name = `${input.firstName} ${input.lastName}`;
    const user = existing ?? (await tx.user.create({ data: { trustId: viewer.trustId, email: input.email, name }, select: { id: true } }));
    if (!(await tx.roleAssignment.findFirst({ where: { userId: user.id, role: "STAFF", trustId: viewer.trustId } }))) {
      await tx.roleAssignment.create({ data: { trustId: viewer.trustId, userId: user.id, role: "STAFF" } });
    }
    const row = await tx.staffMember.create({ data: { trustId: viewer.trustId, schoolId: school.id, userId: user.id, lineManagerId: input.lineManagerId, ...columns(input) } });
    await setDesignations(tx, viewer, row.id, input["designations[]"]);
    if (input.invite && !existing) await issueInvitation(tx, viewer, { id: user.id, name, email: input.email }, "a member of staff");
    return changed("StaffMember", row.id, "staff.create", { after: { ...row, designations: input["designations[]"], invited: input.invite } });
  },
  revalidate: (_, data) => staffPaths(data.id),
  success: (_, input) => `${input.firstName} ${input.lastName} added to the staff.`,
});

/** A staff record the viewer reads (staffVisibleTo), with its designations; null when missing or out of scope (a command's `load`). */
const visibleStaff = (tx: Tx, viewer: Viewer, input: { staffMemberId: string }) =>
  tx.staffMember.findFirst({ where: { id: input.staffMemberId, ...staffVisibleTo(viewer) }, include: { designations: { select: { designation: true } } } });

/** Through the registry, about the record's own school: its head, or the trust admin, changes it. */
const manages = (viewer: Viewer, _: unknown, row: { schoolId: string }) => can(viewer, "staff:manage", { schoolId: row.schoolId });

export const updateStaff = command({
  schema: updateStaffSchema,
  load: visibleStaff,
  authorize: manages,
  async work(tx, viewer, input, before) {
    if (input.email !== before.email) {
      await checkEmail(tx, viewer, input.email, { staffId: before.id, userId: before.userId });
      // The work email is the sign-in name of their account.
      if (before.userId) await tx.user.update({ where: { id: before.userId }, data: { email: input.email } });
    }
    await checkLineManager(tx, viewer, before.schoolId, input.lineManagerId, before.id);
    const after = await tx.staffMember.update({ where: { id: before.id }, data: { ...columns(input), lineManagerId: input.lineManagerId } });
    if (before.userId) await tx.user.update({ where: { id: before.userId }, data: { name: `${after.firstName} ${after.lastName}` } });
    await setDesignations(tx, viewer, before.id, input["designations[]"]);
    const { designations, ...rest } = before;
    return changed("StaffMember", before.id, "staff.update", {
      before: { ...rest, designations: designations.map((d) => d.designation) },
      after: { ...after, designations: input["designations[]"] },
    });
  },
  revalidate: (input) => staffPaths(input.staffMemberId),
  success: "Staff record saved.",
});

/** Roles that come with working at a school; governance and trust roles stay with the person. */
const EMPLOYMENT_ROLES = ["STAFF", "HEADTEACHER", "SENIOR_LEADER", "NETWORK_LEADER"] as const;

export const recordLeaver = command({
  schema: leaverSchema,
  load: visibleStaff,
  authorize: manages,
  async work(tx, viewer, input, before) {
    if (viewer.staff?.id === before.id) throw new AppError("FORBIDDEN", "Ask the trust admin to record your own leaving.");
    if (before.leaveDate) throw new AppError("CONFLICT", `${before.firstName} ${before.lastName} left on ${formatDate(before.leaveDate)}.`);
    const leaveDate = fromIsoDay(input.leaveDate);
    if (leaveDate < before.startDate) throw fieldError("leaveDate", `The leave date must be on or after their start date, ${formatDate(before.startDate)}.`);
    await tx.staffMember.update({ where: { id: before.id }, data: { leaveDate, leaveReason: input.leaveReason, leaveNote: input.leaveNote } });
    const exitSurvey = input.exitSurvey ? await issueExitSurvey(tx, viewer, before) : null;
    const placements = await endPlacementsOnLeaving(tx, viewer.trustId, before.id, leaveDate);
    let rolesEnded: { role: string; schoolId: string | null }[] = [];
    let disabled = false;
    if (before.userId) {
      const roles = await tx.roleAssignment.findMany({ where: { userId: before.userId, trustId: viewer.trustId }, select: { id: true, role: true, schoolId: true } });
      const ending = roles.filter((r) => (EMPLOYMENT_ROLES as readonly string[]).includes(r.role));
      await tx.roleAssignment.deleteMany({ where: { id: { in: ending.map((r) => r.id) } } });
      rolesEnded = ending.map(({ role, schoolId }) => ({ role, schoolId }));
      // Nothing left to sign in for: the account is disabled and its sessions end now.
      if (ending.length === roles.length) {
        await tx.user.update({ where: { id: before.userId }, data: { status: "DISABLED" } });
        await revokeUserSessions(tx, before.userId, "DISABLED");
        disabled = true;
      }
    }
    return changed("StaffMember", before.id, "staff.leave", {
      before: { leaveDate: null, leaveReason: null, leaveNote: null },
      after: { leaveDate: input.leaveDate, leaveReason: input.leaveReason, leaveNote: input.leaveNote, rolesEnded, accountDisabled: disabled, placements, exitSurveySent: Boolean(exitSurvey) },
    });
  },
  revalidate: (input) => staffPaths(input.staffMemberId),
  success: "Leaving recorded. Their records are kept.",
});
