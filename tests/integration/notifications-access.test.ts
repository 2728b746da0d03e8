// Notifications are one's own (notification:read:own), for every role: the list, the unread count,
// opening and marking read. Another person's notification is "not found" and stays unread.
import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/access/policy";
import { db } from "@/lib/db/client";
import { markAllRead, markRead } from "@/lib/notifications/commands";
import { notify } from "@/lib/notifications/notify";
import { myNotifications, myPreferences, notificationLink, unreadCount } from "@/lib/notifications/queries";
import { DEMO_KEYS, seedSmallTrust, type DemoKey } from "../support/fixtures";
import { notFoundResult } from "../support/writes";
import { routes, withQuery } from "@/lib/routes";

let v: Record<DemoKey, Viewer>;
const ids: Partial<Record<DemoKey, string>> = {};
beforeAll(async () => {
  process.env.NOTIFY_QUIET_HOURS = "off";
  v = await (await seedSmallTrust()).viewers();
  for (const key of DEMO_KEYS) {
    const [id] = await db().$transaction((tx) =>
      notify(tx, { trustId: v[key].trustId, userIds: [v[key].userId], kind: "community.member-added", title: `For ${key}`, body: "Private to them.", link: withQuery(routes.communities(), `for=${key}`) }),
    );
    ids[key] = id;
  }
});

describe.each(DEMO_KEYS)("as %s", (key) => {
  const other: DemoKey = key === "teacher" ? "head" : "teacher";

  it("lists and counts only their own notifications", async () => {
    const mine = await myNotifications(v[key]);
    expect(mine.map((n) => n.title)).toEqual([`For ${key}`]);
    expect(await unreadCount(v[key])).toBe(1);
    expect((await myPreferences(v[key])).length).toBeGreaterThan(0);
  });

  it("another person's notification is not found: not opened, not marked read", async () => {
    expect(await notificationLink(v[key], ids[other]!)).toBeNull();
    expect(await markRead.run(v[key], { id: ids[other] })).toEqual(notFoundResult);
    expect(await db().notification.findUniqueOrThrow({ where: { id: ids[other]! } })).toMatchObject({ readAt: null });
  });

  it("opens and marks their own read; mark all read touches no one else's", async () => {
    expect(await notificationLink(v[key], ids[key]!)).toBe(`/communities?for=${key}`);
    expect(await markRead.run(v[key], { id: ids[key] })).toMatchObject({ ok: true });
    expect(await unreadCount(v[key])).toBe(0);
    const othersUnread = await db().notification.count({ where: { userId: { not: v[key].userId }, readAt: null } });
    expect(await markAllRead.run(v[key], {})).toMatchObject({ ok: true });
    expect(await db().notification.count({ where: { userId: { not: v[key].userId }, readAt: null } })).toBe(othersUnread);
    // Reset for the next role's checks of this one.
    await db().notification.update({ where: { id: ids[key]! }, data: { readAt: null } });
  });
});

it("a malformed id is not found, never an error", async () => {
  expect(await notificationLink(v.teacher, "not-an-id")).toBeNull();
  expect(await markRead.run(v.teacher, { id: "not-an-id" })).toMatchObject({ ok: false });
});
