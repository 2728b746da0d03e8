import "server-only";
// Per entity, the Prisma `where` of what a viewer may see (as Documenso's getDocumentWhereInput):
// every query spreads one of these into its own `where`, so a record out of scope, or of another
// trust, is never read, rather than read and then filtered. Every builder pins the viewer's trust
// in the query itself, whatever an earlier lookup checked. The rules are lib/access/policy.ts's.
import { notFound } from "next/navigation";
import type { Prisma } from "@/lib/db/generated/client";
import { londonToday } from "@/lib/dates";
import { placedAt } from "@/lib/people/employment/where";
import { aggregateSchools, can, canAny, isTrustAdmin, ledCommunities, PERMISSIONS, staffRecordSchools, visibleSchools, whereSchoolIn } from "./policy";
import type { Permission, Scope, Target, Viewer } from "./policy";

/** A uuid no row has: "nobody" for a viewer without a staff record, so a where clause never drops a filter. */
export const NOBODY = "00000000-0000-0000-0000-000000000000";

/** Matches no row (Prisma reads an empty OR as false), without claiming a key the caller may use. */
const nothing: never[] = [];
const ownStaffId = (v: Viewer) => v.staff?.id ?? NOBODY;

/** Schools the viewer may open (or, given a scope, the schools of that scope), of their trust only. */
export function schoolVisibleTo(v: Viewer, scope: Scope = visibleSchools(v)): Prisma.SchoolWhereInput {
  // A school archived when it left the trust (GIAS import) keeps its history but leaves current lists.
  return { trustId: v.trustId, archivedAt: null, ...whereSchoolIn(scope, "id") };
}

/** Schools whose aggregates (never named records) the viewer may read. */
export const schoolAggregatesVisibleTo = (v: Viewer) => schoolVisibleTo(v, aggregateSchools(v));

/**
 * Named staff records: of the schools the viewer leads (all of them for the trust admin), and of
 * anyone seconded or swapped to one of those schools today (decision 017): they work there now.
 */
export function staffVisibleTo(v: Viewer): Prisma.StaffMemberWhereInput {
  const scope = staffRecordSchools(v);
  if (scope === "all") return { trustId: v.trustId };
  return { trustId: v.trustId, OR: [{ schoolId: { in: scope } }, placedAt(scope, londonToday())] };
}

/** The viewer's own records (activities, training, qualifications): nothing for a viewer without a staff record. */
export function ownedBy(v: Viewer) {
  return { trustId: v.trustId, staffMemberId: ownStaffId(v) };
}

/** CPD activities of the schools whose staff records the viewer reads ("activity:view:any"). */
export function activityReviewableBy(v: Viewer): Prisma.CpdActivityWhereInput {
  return { trustId: v.trustId, ...whereSchoolIn(staffRecordSchools(v)) };
}

/** Every CPD activity the viewer may see: their own, and those of the schools they lead. */
export function activityVisibleTo(v: Viewer): Prisma.CpdActivityWhereInput {
  const scope = staffRecordSchools(v);
  if (scope === "all") return { trustId: v.trustId };
  return { trustId: v.trustId, OR: [{ staffMemberId: ownStaffId(v) }, { schoolId: { in: scope } }] };
}

/**
 * Communities: the trust's staff see the live ones, plus archived ones they belong to or lead; the
 * trust admin sees all; anyone without a staff record (governors, trustees) sees none.
 */
export function communityVisibleTo(v: Viewer): Prisma.CommunityWhereInput {
  if (isTrustAdmin(v)) return { trustId: v.trustId };
  if (!v.staff) return { trustId: v.trustId, OR: nothing };
  return {
    trustId: v.trustId,
    OR: [{ archivedAt: null }, { memberships: { some: { staffMemberId: v.staff.id } } }, { id: { in: ledCommunities(v) as string[] } }],
  };
}

/** Meetings: of communities the viewer leads or belongs to, and of open, live communities. */
export function meetingVisibleTo(v: Viewer): Prisma.MeetingWhereInput {
  if (isTrustAdmin(v)) return { trustId: v.trustId };
  if (!v.staff) return { trustId: v.trustId, OR: nothing };
  return {
    trustId: v.trustId,
    OR: [
      { communityId: { in: ledCommunities(v) as string[] } },
      { community: { memberships: { some: { staffMemberId: v.staff.id } } } },
      { community: { isOpen: true, archivedAt: null } },
    ],
  };
}

/**
 * Stored files: what the viewer uploaded; CPD evidence and certificates of their own records or of
 * the schools whose staff records they read; resources' files for the trust's staff and admin.
 */
export function fileVisibleTo(v: Viewer): Prisma.StoredFileWhereInput {
  const scope = staffRecordSchools(v);
  // Never an empty object inside an OR (Prisma reads `OR: [{}]` as false): "all" is `some: {}`.
  const activities = scope === "all" ? {} : { OR: [{ staffMemberId: ownStaffId(v) }, { schoolId: { in: scope } }] };
  const completions = scope === "all" ? {} : { OR: [{ staffMemberId: ownStaffId(v) }, { staffMember: { schoolId: { in: scope } } }] };
  return {
    trustId: v.trustId,
    OR: [
      { uploadedById: v.userId },
      { cpdActivities: { some: activities } },
      { trainingCompletions: { some: completions } },
      ...(v.staff || isTrustAdmin(v) ? [{ resources: { some: {} } }] : []),
    ],
  };
}

/** Governance visits: to the schools whose aggregates the viewer reads ("visit:view"). */
export function governanceVisitVisibleTo(v: Viewer): Prisma.GovernanceVisitWhereInput {
  return { trustId: v.trustId, ...whereSchoolIn(aggregateSchools(v)) };
}

/**
 * CSI reviews: the trust admin sees every one; anyone else the reviews they lead or join, and the
 * published reviews of schools whose figures they read ("review:view"). So a head never reads a draft
 * about their own school, and governors and trustees read published reviews only.
 */
export function reviewVisibleTo(v: Viewer): Prisma.SchoolReviewWhereInput {
  if (isTrustAdmin(v)) return { trustId: v.trustId };
  return {
    trustId: v.trustId,
    OR: [{ leadReviewerId: v.userId }, { team: { some: { userId: v.userId } } }, { status: "PUBLISHED", ...whereSchoolIn(aggregateSchools(v)) }],
  };
}

/** Review actions: of the schools whose figures the viewer reads ("review:view"). */
export function reviewActionVisibleTo(v: Viewer): Prisma.ReviewActionWhereInput {
  return { trustId: v.trustId, ...whereSchoolIn(aggregateSchools(v)) };
}

/** Support agreements read in full ("csi-support:view"): those the viewer's school gives or receives; every one for the trust admin. */
export function supportAgreementVisibleTo(v: Viewer): Prisma.SupportAgreementWhereInput {
  const scope = PERMISSIONS["csi-support:view"].schools(v);
  if (scope === "all") return { trustId: v.trustId };
  return { trustId: v.trustId, OR: [{ giverSchoolId: { in: scope } }, { receiverSchoolId: { in: scope } }] };
}

/** Pages and queries: a permission the viewer lacks reads as a missing page (404), never "forbidden". */
export function requirePermission(v: Viewer, permission: Permission, target: Target = {}): void {
  if (!can(v, permission, target)) notFound();
}

/** Pages and queries for a whole kind of record (a queue, a directory): 404 for a viewer who may see none of it. */
export function requireAny(v: Viewer, permission: Permission): void {
  if (!canAny(v, permission)) notFound();
}

/**
 * Early-career inductions (decision 018): of the schools whose staff records the viewer reads
 * ("induction:view:any", every school for the trust admin), and those where the viewer is the ECT,
 * their mentor or their induction tutor ("induction:view:own").
 */
export function inductionVisibleTo(v: Viewer): Prisma.EarlyCareerInductionWhereInput {
  const scope = staffRecordSchools(v);
  if (scope === "all") return { trustId: v.trustId };
  const me = ownStaffId(v);
  // A seconded or swapped ECT's host school reads their induction, as it reads their record (staffVisibleTo).
  return {
    trustId: v.trustId,
    OR: [{ staffMember: { schoolId: { in: scope } } }, { staffMember: placedAt(scope, londonToday()) }, { staffMemberId: me }, { mentorId: me }, { inductionTutorId: me }],
  };
}
