// Sending notifications (the "notification.deliver" and "notification.digest" jobs). Each email is
// keyed by its NotificationDelivery row (notification × channel): a retry or a restart finds the row
// sent, or the message indexed under the row's id (lib/mail/mutations.ts), and sends nothing twice.
// The person's preference and whether they may still be told are read when the mail goes, so an
// unsubscribe or a leaver takes effect even for mail already waiting. Not `server-only`: the worker runs it.
import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";
import type { NotificationChoice } from "@/lib/db/generated/enums";
import { meetingIcs } from "@/lib/ics";
import type { Mail } from "@/lib/mail/compose";
import { deliverMail } from "@/lib/mail/mutations";
import { isKind, KINDS } from "./kinds";
import { PREFERENCES_PATH, portalUrl, unsubscribePageUrl, unsubscribeUrl } from "./links";
import { reachable } from "./notify";
import { renderDigest, renderEmail } from "./template";

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** A one-click unsubscribe link's token for this person and kind ("digest": everything they get weekly). */
export async function createUnsubscribeToken(trustId: string, userId: string, kind: string): Promise<string> {
  const token = randomBytes(24).toString("base64url");
  await db().unsubscribeToken.create({ data: { tokenHash: hashToken(token), trustId, userId, kind } });
  return token;
}

const unsubscribeHeaders = (token: string) => ({
  "List-Unsubscribe": `<${unsubscribeUrl(token)}>`,
  "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
});

const MEETING_LINK = /^\/communities\/[0-9a-f-]{36}\/meetings\/([0-9a-f-]{36})$/;

/** A meeting's notification carries its calendar entry (the same .ics as the meeting page's link). */
async function attachmentsFor(kind: string, link: string): Promise<Pick<Mail, "attachments">> {
  const id = kind.startsWith("meeting.") ? MEETING_LINK.exec(link)?.[1] : undefined;
  const meeting = id ? await db().meeting.findUnique({ where: { id }, include: { community: { select: { name: true } } } }) : null;
  if (!meeting) return {};
  const ics = meetingIcs({ ...meeting, communityName: meeting.community.name, url: portalUrl(link) });
  return { attachments: [{ filename: "meeting.ics", content: ics, contentType: "text/calendar; charset=utf-8; method=PUBLISH" }] };
}

type Recipient = { id: string; name: string; email: string; schoolName: string };

/** The people of the trust who may still be told, with the school their mail is signed from. */
async function recipients(trustId: string, userIds: string[], now: Date): Promise<Map<string, Recipient>> {
  const live = new Set((await reachable(db(), trustId, userIds, now)).map((u) => u.id));
  const rows = await db().user.findMany({
    where: { id: { in: [...live] }, trustId },
    select: { id: true, name: true, email: true, trust: { select: { name: true } }, staffMember: { select: { school: { select: { name: true } } } } },
  });
  return new Map(rows.map((u) => [u.id, { id: u.id, name: u.name, email: u.email, schoolName: u.staffMember?.school.name ?? u.trust.name }]));
}

export async function choicesOf(userIds: string[]): Promise<(userId: string, kind: string) => NotificationChoice> {
  const rows = await db().notificationPreference.findMany({ where: { userId: { in: userIds } } });
  const chosen = new Map(rows.map((r) => [`${r.userId}/${r.kind}`, r.choice]));
  return (userId, kind) => chosen.get(`${userId}/${kind}`) ?? (isKind(kind) ? KINDS[kind].default : "EMAIL");
}

export async function deliverNotifications(trustId: string, ids: string[], now: Date) {
  const notes = await db().notification.findMany({ where: { id: { in: ids }, trustId }, include: { deliveries: true } });
  const userIds = [...new Set(notes.map((n) => n.userId))];
  const [people, choice] = await Promise.all([recipients(trustId, userIds, now), choicesOf(userIds)]);
  const counts = { sent: 0, digest: 0, portal: 0, skipped: 0 };
  for (const n of notes) {
    const person = people.get(n.userId);
    const kind = choice(n.userId, n.kind);
    if (!person || !isKind(n.kind)) {
      await db().notificationDelivery.createMany({ data: [{ trustId, notificationId: n.id, userId: n.userId, channel: "EMAIL", status: "SKIPPED" }], skipDuplicates: true });
      counts.skipped += 1;
    } else if (kind === "PORTAL_ONLY") {
      counts.portal += 1;
    } else if (kind === "DIGEST") {
      await db().notificationDelivery.createMany({ data: [{ trustId, notificationId: n.id, userId: n.userId, channel: "DIGEST" }], skipDuplicates: true });
      counts.digest += 1;
    } else {
      const delivery =
        n.deliveries.find((d) => d.channel === "EMAIL") ??
        (await db().notificationDelivery.upsert({ where: { notificationId_channel: { notificationId: n.id, channel: "EMAIL" } }, create: { trustId, notificationId: n.id, userId: n.userId, channel: "EMAIL" }, update: {} }));
      if (delivery.status !== "PENDING") continue;
      const token = await createUnsubscribeToken(trustId, n.userId, n.kind);
      const mail = renderEmail({
        kind: n.kind,
        schoolName: person.schoolName,
        recipientName: person.name,
        title: n.title,
        body: n.body,
        url: portalUrl(n.link),
        preferencesUrl: portalUrl(PREFERENCES_PATH),
        unsubscribeUrl: unsubscribePageUrl(token),
      });
      const attachments = await attachmentsFor(n.kind, n.link);
      await deliverMail(delivery.id, { trustId, to: { name: person.name, address: person.email }, ...mail, ...attachments, headers: unsubscribeHeaders(token) });
      await db().notificationDelivery.update({ where: { id: delivery.id }, data: { status: "SENT", sentAt: new Date() } });
      counts.sent += 1;
    }
  }
  return counts;
}

/** A stable uuid for one person's digest in one job: names their mail and claims their entries, so a
 *  retried batch finds what it already sent. */
export function digestKey(jobId: string, userId: string): string {
  const h = createHash("sha256").update(`${jobId}/${userId}`).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** A batch of people's digests: each person's waiting entries are claimed (their key), sent in one email, marked sent. */
export async function sendDigests(jobId: string, trustId: string, userIds: string[], now: Date) {
  const people = await recipients(trustId, userIds, now);
  const counts = { sent: 0, skipped: 0 };
  for (const userId of userIds) {
    const person = people.get(userId);
    if (!person) {
      counts.skipped += (await db().notificationDelivery.updateMany({ where: { userId, channel: "DIGEST", status: "PENDING" }, data: { status: "SKIPPED" } })).count;
      continue;
    }
    if (await sendDigest(digestKey(jobId, userId), trustId, person)) counts.sent += 1;
  }
  return counts;
}

async function sendDigest(key: string, trustId: string, person: Recipient): Promise<boolean> {
  // A retry keeps the entries its first run claimed (and maybe sent): claiming more would mark unsent ones sent.
  const claimed = { batchId: key, channel: "DIGEST" as const };
  if (!(await db().notificationDelivery.count({ where: claimed }))) {
    await db().notificationDelivery.updateMany({ where: { userId: person.id, channel: "DIGEST", status: "PENDING", batchId: null }, data: { batchId: key } });
  }
  const entries = await db().notificationDelivery.findMany({ where: { ...claimed, status: "PENDING" }, include: { notification: true }, orderBy: { createdAt: "asc" } });
  if (!entries.length) return false;
  const token = await createUnsubscribeToken(trustId, person.id, "digest");
  const mail = renderDigest({
    schoolName: person.schoolName,
    recipientName: person.name,
    items: entries.map((e) => ({ title: e.notification.title, body: e.notification.body, url: portalUrl(e.notification.link) })),
    preferencesUrl: portalUrl(PREFERENCES_PATH),
    unsubscribeUrl: unsubscribePageUrl(token),
  });
  await deliverMail(key, { trustId, to: { name: person.name, address: person.email }, ...mail, headers: unsubscribeHeaders(token) });
  await db().notificationDelivery.updateMany({ where: claimed, data: { status: "SENT", sentAt: new Date() } });
  return true;
}
