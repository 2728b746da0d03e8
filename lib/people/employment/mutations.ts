import "server-only";
// Writes of the employment history shared with other commands: recording a leaver.
import type { Tx } from "@/lib/db/client";

/**
 * A leaver's secondments and swaps end on their leave date, a swap's other half with them; one not
 * begun by then is removed (it never happened). Returns the ids changed, for the leaving's audit entry.
 */
export async function endPlacementsOnLeaving(tx: Tx, trustId: string, staffMemberId: string, leaveDate: Date) {
  const open = await tx.staffPlacement.findMany({
    where: { trustId, staffMemberId, kind: { in: ["SECONDMENT", "SWAP"] }, endDate: { gt: leaveDate } },
    select: { id: true, swapId: true },
  });
  if (!open.length) return { ended: [], removed: [] };
  const rows = await tx.staffPlacement.findMany({
    where: { trustId, OR: [{ id: { in: open.map((p) => p.id) } }, { swapId: { in: open.flatMap((p) => (p.swapId ? [p.swapId] : [])) } }] },
    select: { id: true, startDate: true },
  });
  const removed = rows.filter((r) => r.startDate > leaveDate).map((r) => r.id);
  const ended = rows.filter((r) => r.startDate <= leaveDate).map((r) => r.id);
  await tx.staffPlacement.deleteMany({ where: { id: { in: removed } } });
  await tx.staffPlacement.updateMany({ where: { id: { in: ended } }, data: { endDate: leaveDate } });
  return { ended, removed };
}
