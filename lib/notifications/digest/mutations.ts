// Weekly (Monday 07:00): a digest job for each person with entries waiting. Rerunning it is harmless:
// a digest job finds nothing left to claim once the first has sent.
import { db } from "@/lib/db/client";
import type { Tx } from "@/lib/db/client";
import { isoDay, londonToday } from "@/lib/dates";
import { enqueue } from "@/lib/jobs/enqueue";
import { notify } from "../notify";

export async function startDigests(now: Date) {
  const waiting = await db().notificationDelivery.findMany({
    where: { channel: "DIGEST", status: "PENDING", batchId: null, createdAt: { lte: now } },
    distinct: ["userId"],
    select: { userId: true, notification: { select: { trustId: true } } },
  });
  await db().$transaction(async (tx) => {
    for (const w of waiting) await enqueue(tx, "notification.digest", { trustId: w.notification.trustId, userId: w.userId });
  });
  return { people: waiting.length, verificationDigests: await verificationDigests(now) };
}

/** Weekly, to each school's heads and senior leaders: the CPD records waiting in its queue, only when there are some. */
export async function verificationDigests(now: Date) {
  const waiting = await db().cpdActivity.groupBy({ by: ["trustId", "schoolId"], where: { status: "SUBMITTED" }, _count: { _all: true } });
  const week = isoDay(londonToday(now));
  let told = 0;
  for (const w of waiting) {
    const leaders = await db().roleAssignment.findMany({ where: { schoolId: w.schoolId, trustId: w.trustId, role: { in: ["HEADTEACHER", "SENIOR_LEADER"] } }, select: { userId: true } });
    const count = w._count._all;
    const ids = await db().$transaction((tx: Tx) =>
      notify(tx, {
        trustId: w.trustId,
        userIds: leaders.map((l) => l.userId),
        kind: "cpd.verification-digest",
        title: count === 1 ? "1 CPD record is waiting for verification" : `${count} CPD records are waiting for verification`,
        body: "Verify them, or return them with a reason.",
        link: "/verification",
        now,
        dedupeKey: `cpd.verification-digest:${w.schoolId}:${week}`,
      }),
    );
    told += ids.length;
  }
  return told;
}
