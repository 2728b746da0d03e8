import "server-only";
// Which stored files a viewer may download, built from the kernel (lib/access): the trust pin and the registry's scopes.
import { isTrustAdmin, staffRecordSchools, type Viewer } from "@/lib/access/policy";
import { ownStaffId } from "@/lib/access/where";
import type { Prisma } from "@/lib/db/generated/client";

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
