// CPD returned or verified (lib/cpd/commands.ts, verifyActivities): the activity's owner is told,
// and only they: their own record is theirs to open (activity:view:own). The text names the activity
// and, when returned, the leader's reason, which the owner reads on the record anyway.
import type { Tx } from "@/lib/db/client";
import { notify } from "../notify";
import { routes } from "@/lib/routes";

export async function notifyCpdDecision(tx: Tx, trustId: string, ids: string[], decision: "verify" | "return") {
  const activities = await tx.cpdActivity.findMany({
    where: { id: { in: ids }, trustId },
    select: { id: true, title: true, returnReason: true, staffMember: { select: { userId: true } } },
  });
  for (const a of activities) {
    await notify(tx, {
      trustId,
      userIds: [a.staffMember.userId],
      kind: decision === "return" ? "cpd.returned" : "cpd.verified",
      title: decision === "return" ? `Returned for changes: ${a.title}` : `Verified: ${a.title}`,
      body: decision === "return" ? `Reason: ${a.returnReason ?? "none given"}` : "It now counts towards your verified hours.",
      link: routes.activity(a.id),
    });
  }
}
