// Weekly (Monday 07:00): a digest job for each person with entries waiting. Rerunning it is harmless:
// a digest job finds nothing left to claim once the first has sent.
import { db } from "@/lib/db/client";
import { enqueue } from "@/lib/jobs/enqueue";

export async function startDigests(now: Date) {
  const waiting = await db().notificationDelivery.findMany({
    where: { channel: "DIGEST", status: "PENDING", batchId: null, createdAt: { lte: now } },
    distinct: ["userId"],
    select: { userId: true, notification: { select: { trustId: true } } },
  });
  await db().$transaction(async (tx) => {
    for (const w of waiting) await enqueue(tx, "notification.digest", { trustId: w.notification.trustId, userId: w.userId });
  });
  return { people: waiting.length };
}
