import "server-only";
import { can, type Viewer } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";

/**
 * A stored file, only for a viewer allowed to see the record it belongs to: CPD evidence and
 * certificates to their owner and the leaders of the owner's school; resources to the trust's staff.
 */
export async function readFile(viewer: Viewer, id: string) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const file = await db().storedFile.findFirst({
    where: { id, trustId: viewer.trustId },
    include: {
      cpdActivities: { select: { staffMemberId: true, schoolId: true }, take: 1 },
      trainingCompletions: { select: { staffMemberId: true, staffMember: { select: { schoolId: true } } }, take: 1 },
      resources: { select: { id: true }, take: 1 },
    },
  });
  if (!file || !file.data) return null;
  const owner = (staffMemberId: string, schoolId: string) =>
    viewer.staff?.id === staffMemberId || can(viewer, "staff:view", { schoolId });
  const activity = file.cpdActivities[0];
  const completion = file.trainingCompletions[0];
  const allowed =
    file.uploadedById === viewer.userId ||
    (activity ? owner(activity.staffMemberId, activity.schoolId) : false) ||
    (completion ? owner(completion.staffMemberId, completion.staffMember.schoolId) : false) ||
    (file.resources.length > 0 && (viewer.staff !== null || can(viewer, "trust:admin")));
  return allowed ? { name: file.name, contentType: file.contentType, data: file.data } : null;
}
