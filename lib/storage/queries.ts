import "server-only";
import type { Viewer } from "@/lib/access/policy";
import { fileVisibleTo } from "@/lib/storage/access";
import { db } from "@/lib/db/client";

/**
 * A stored file, only for a viewer allowed to see the record it belongs to: CPD evidence and
 * certificates to their owner and the leaders of the owner's school; resources to the trust's staff.
 * The rule is fileVisibleTo's, in the query: a file out of scope is never read.
 */
export async function readFile(viewer: Viewer, id: string) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const file = await db().storedFile.findFirst({
    where: { id, ...fileVisibleTo(viewer) },
    select: {
      name: true, contentType: true, data: true,
      // Whose evidence or certificate it is, for the access log (a community resource is nobody's record).
      cpdActivities: { select: { staffMemberId: true }, take: 1 },
      trainingCompletions: { select: { staffMemberId: true }, take: 1 },
    },
  });
  if (!file || !file.data) return null;
  const owner = file.cpdActivities[0]?.staffMemberId ?? file.trainingCompletions[0]?.staffMemberId ?? null;
  return { name: file.name, contentType: file.contentType, data: file.data, owner };
}
