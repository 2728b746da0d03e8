// Weekly (Monday 07:00): digest jobs, 50 people each, for everyone with entries waiting. Rerunning it
// is harmless: a digest job finds nothing left to claim once the first has sent.
import { db } from "@/lib/db/client";
import type { Tx } from "@/lib/db/client";
import { isoDay, londonToday } from "@/lib/dates";
import { enqueue } from "@/lib/jobs/enqueue";
import { routes } from "@/lib/routes";
import { notify } from "../notify";
import { trainingDigests } from "../training-digest/mutations";

const DIGEST_BATCH = 50;

export async function startDigests(now: Date) {
  const waiting = await db().notificationDelivery.findMany({
    where: { channel: "DIGEST", status: "PENDING", batchId: null, createdAt: { lte: now } },
    distinct: ["userId"],
    select: { userId: true, notification: { select: { trustId: true } } },
  });
  const byTrust = new Map<string, string[]>();
  for (const w of waiting) byTrust.set(w.notification.trustId, [...(byTrust.get(w.notification.trustId) ?? []), w.userId]);
  await db().$transaction(async (tx) => {
    for (const [trustId, userIds] of byTrust) {
      for (let i = 0; i < userIds.length; i += DIGEST_BATCH) await enqueue(tx, "notification.digest", { trustId, userIds: userIds.slice(i, i + DIGEST_BATCH) });
    }
  });
  return { people: waiting.length, verificationDigests: await verificationDigests(now), trainingDigests: await trainingDigests(now) };
}

/** Weekly, to each school's heads and senior leaders: the CPD records waiting in its queue, only when there are some. */
export async function verificationDigests(now: Date) {
  const waiting = await db().cpdActivity.groupBy({ by: ["trustId", "schoolId"], where: { status: "SUBMITTED" }, _count: { _all: true } });
  const week = isoDay(londonToday(now));
  // Every waiting school's leaders in one query, not one per school.
  const assignments = await db().roleAssignment.findMany({
    where: { schoolId: { in: waiting.map((w) => w.schoolId) }, role: { in: ["HEADTEACHER", "SENIOR_LEADER"] } },
    select: { userId: true, schoolId: true, trustId: true },
  });
  let told = 0;
  for (const w of waiting) {
    const leaders = assignments.filter((a) => a.schoolId === w.schoolId && a.trustId === w.trustId);
    const count = w._count._all;
    const ids = await db().$transaction((tx: Tx) =>
      notify(tx, {
        scheduled: true,
        trustId: w.trustId,
        userIds: leaders.map((l) => l.userId),
        kind: "cpd.verification-digest",
        title: count === 1 ? "1 CPD record is waiting for verification" : `${count} CPD records are waiting for verification`,
        body: "Verify them, or return them with a reason.",
        link: routes.verification(),
        now,
        dedupeKey: `cpd.verification-digest:${w.schoolId}:${week}`,
      }),
    );
    told += ids.length;
  }
  return told;
}
