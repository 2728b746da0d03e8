// The daily sweep's coaching part (lib/notifications/sweeps): the coach of each running pairing that
// has gone past its cadence and a week's grace is told once per lapse (the key names the last session,
// so a rerun adds nothing and the next lapse, after a new session, is told again). Only the coach: the
// pairing's page is the pair's, and the coachee is not chased by the portal.
import { db } from "@/lib/db/client";
import type { Tx } from "@/lib/db/client";
import { formatDate, isoDay, londonToday } from "@/lib/dates";
import { notify } from "@/lib/notifications/notify";
import { routes } from "@/lib/routes";
import { CADENCE_LABEL } from "./labels";
import { cadenceStatus } from "./rules";

export async function coachingLapsed(now: Date) {
  const today = londonToday(now);
  const pairs = await db().coachingPairing.findMany({
    where: { startsOn: { lte: today }, OR: [{ endsOn: null }, { endsOn: { gte: today } }], coach: { leaveDate: null } },
    select: { id: true, trustId: true, startsOn: true, endsOn: true, cadence: true, coach: { select: { userId: true } }, coachee: { select: { firstName: true, lastName: true } } },
  });
  const last = await db().coachingSession.groupBy({ by: ["pairingId"], where: { pairingId: { in: pairs.map((p) => p.id) } }, _max: { heldOn: true } });
  const lastOf = new Map(last.map((l) => [l.pairingId, l._max.heldOn]));
  let told = 0;
  for (const p of pairs) {
    const since = lastOf.get(p.id) ?? null;
    if (cadenceStatus(p, since, today) !== "LAPSED") continue;
    told += (await db().$transaction((tx: Tx) => notify(tx, {
      scheduled: true,
      trustId: p.trustId, userIds: [p.coach.userId], kind: "coaching.lapsed", now,
      title: `Coaching with ${p.coachee.firstName} ${p.coachee.lastName} has lapsed`,
      body: `${since ? `The last session was on ${formatDate(since)}` : "No session yet"}; the cadence is ${CADENCE_LABEL[p.cadence].toLowerCase()}.`,
      link: routes.coachingPairing(p.id), dedupeKey: `coaching.lapsed:${p.id}:${isoDay(since ?? p.startsOn)}`,
    }))).length;
  }
  return told;
}
