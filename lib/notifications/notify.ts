// Telling people something, inside the transaction of the write that causes it: the notification rows
// and the job that emails them commit with the write or not at all. The caller chooses the recipients
// by the access policy (only people who may open `link`) and writes `title` and `body` from what they
// may read there; notify itself drops anyone disabled, of another trust, or who has left.
import type { Tx } from "@/lib/db/client";
import { londonToday } from "@/lib/dates";
import { env } from "@/lib/env";
import { enqueue } from "@/lib/jobs/enqueue";
import { PRIORITY } from "@/lib/jobs/queues";
import { KINDS, type Kind, type KindSpec } from "./kinds";
import { sendAfter } from "./quiet-hours";
import type { Path } from "@/lib/routes";

export type NotifyInput = {
  trustId: string;
  userIds: (string | null | undefined)[];
  kind: Kind;
  title: string;
  body: string;
  /** A path inside the portal, e.g. /development/activities/<id>. */
  link: Path;
  /** Scheduled sweeps: kind, record and date, so running the sweep again adds nothing. */
  dedupeKey?: string;
  /** Sent by scheduled work (a sweep, a digest): its emails wait behind those of what people just did. */
  scheduled?: boolean;
  now?: Date;
  /** Tests: whether quiet hours apply (default: NOTIFY_QUIET_HOURS, on unless "off"). */
  quietHours?: boolean;
};

/** The people of `trustId` among `ids` who may still be told anything: active, and not left. */
export function reachable(tx: Tx, trustId: string, ids: string[], now: Date) {
  return tx.user.findMany({
    where: {
      id: { in: ids },
      trustId,
      status: "ACTIVE",
      OR: [{ staffMember: { is: null } }, { staffMember: { is: { OR: [{ leaveDate: null }, { leaveDate: { gt: londonToday(now) } }] } } }],
    },
    select: { id: true },
  });
}

const quietHours = () => env().NOTIFY_QUIET_HOURS !== "off";

/** Inserts one notification per reachable person and enqueues their delivery; returns the new rows' ids. */
export async function notify(tx: Tx, input: NotifyInput): Promise<string[]> {
  const now = input.now ?? new Date();
  const ids = [...new Set(input.userIds.filter((id): id is string => Boolean(id)))];
  if (!ids.length) return [];
  const users = await reachable(tx, input.trustId, ids, now);
  if (!users.length) return [];
  const urgent = Boolean((KINDS[input.kind] as KindSpec).urgent);
  const created = await tx.notification.createManyAndReturn({
    data: users.map((u) => ({
      trustId: input.trustId,
      userId: u.id,
      kind: input.kind,
      title: input.title,
      body: input.body,
      link: input.link,
      urgent,
      createdAt: now,
      ...(input.dedupeKey ? { dedupeKey: input.dedupeKey } : {}),
    })),
    skipDuplicates: true, // a sweep's rerun: the key is taken, nothing is added
    select: { id: true },
  });
  if (!created.length) return [];
  const startAfter = sendAfter(now, urgent, input.quietHours ?? quietHours());
  const priority = input.scheduled ? PRIORITY.SCHEDULED : PRIORITY.PERSON;
  await enqueue(tx, "notification.deliver", { trustId: input.trustId, ids: created.map((c) => c.id) }, { priority, ...(startAfter ? { startAfter } : {}) });
  return created.map((c) => c.id);
}
