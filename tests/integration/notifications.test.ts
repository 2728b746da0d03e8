// Notifications (issue 17 §2, decision 023): a returned CPD record tells its owner, in the portal and by
// one email; a rolled-back write tells no one; a retry or a rerun sends nothing twice; quiet hours hold
// mail; preferences and one-click unsubscribe are honoured; leavers and disabled accounts get nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyActivities, saveActivity } from "@/lib/cpd/commands";
import { db } from "@/lib/db/client";
import type { Viewer } from "@/lib/access/policy";
import { startDigests } from "@/lib/notifications/digest/mutations";
import { deliverNotifications } from "@/lib/notifications/mutations";
import { notify } from "@/lib/notifications/notify";
import { savePreferences } from "@/lib/notifications/commands";
import { myPreferences } from "@/lib/notifications/queries";
import { unsubscribe } from "@/lib/notifications/unsubscribe/mutations";
import { validActivity, ok } from "./cpd-fixture";
import { smallTrustWithOutbox, type DemoKey, type seedSmallTrust } from "../support/fixtures";
import { outboxAfterJobs, runJobs } from "../support/jobs";
import { jobSender } from "@/lib/jobs/enqueue";
import { PRIORITY } from "@/lib/jobs/queues";
import { routes } from "@/lib/routes";

process.env.NOTIFY_QUIET_HOURS = "off";
let trust: Awaited<ReturnType<typeof seedSmallTrust>>;
let v: Record<DemoKey, Viewer>;
beforeAll(async () => ({ trust, v } = await smallTrustWithOutbox("notifications")));
afterAll(() => {
  delete process.env.NOTIFY_QUIET_HOURS;
});

const submitted = async (title = "Phonics refresher") => ok<{ id: string }>(await saveActivity.run(v.teacher, validActivity({ title, intent: "submit" }))).id;
const returnIt = async (id: string) => ok(await verifyActivities.run(v.head, { "ids[]": [id], decision: "return", reason: "Add your reflection." }));
const mailTo = (userId: string) => db().notificationDelivery.count({ where: { userId, channel: "EMAIL", status: "SENT" } });
const notesOf = (userId: string) => db().notification.findMany({ where: { userId }, orderBy: { createdAt: "asc" } });
const jobs = (name: string) => db().$queryRawUnsafe<{ id: string; state: string; start_after: Date }[]>(`SELECT id::text, state::text, start_after FROM pgboss.job WHERE name = $1`, name);
const tokenIn = (text: string) => /\/unsubscribe\/([A-Za-z0-9_-]+)/.exec(text)![1]!;

describe("a returned CPD record", () => {
  it("tells its owner once in the portal and once by email, with the school's name and one link to the record", async () => {
    const id = await submitted();
    await returnIt(id);
    const [note] = (await notesOf(v.teacher.userId)).filter((n) => n.link === `/development/${id}`);
    expect(note).toMatchObject({ kind: "cpd.returned", title: "Returned for changes: Phonics refresher", body: "Reason: Add your reflection.", readAt: null });
    const school = await db().school.findUniqueOrThrow({ where: { id: v.teacher.staff!.schoolId } });
    const mail = (await outboxAfterJobs(v.admin)).messages.filter((m) => m.subject.includes("Phonics refresher"));
    expect(mail).toHaveLength(1);
    expect(mail[0]!.subject).toBe(`${school.name}: Returned for changes: Phonics refresher`);
    expect(mail[0]!.text).toContain(`Open the record: http://localhost:3000/development/${id}`);
    // Nobody else was told: not the head who returned it, not the other staff.
    expect(await db().notification.count({ where: { link: routes.activity(id) } })).toBe(1);

    // A retry of the same delivery (a worker that died before pg-boss recorded it done) sends nothing.
    await deliverNotifications(trust.built.trust.id, [note!.id], new Date());
    expect(await runJobs()).toBe(0);
    expect(await db().mailMessage.count({ where: { subject: { contains: "Phonics refresher" } } })).toBe(1);
  });

  it("a rolled-back write tells no one and enqueues nothing", async () => {
    const before = { notes: await db().notification.count(), jobs: (await jobs("notification.deliver")).length };
    await expect(
      db().$transaction(async (tx) => {
        await notify(tx, { trustId: v.teacher.trustId, userIds: [v.teacher.userId], kind: "cpd.returned", title: "Never", body: "Rolled back", link: routes.development() });
        throw new Error("the write failed");
      }),
    ).rejects.toThrow("the write failed");
    expect(await db().notification.count()).toBe(before.notes);
    expect(await jobs("notification.deliver")).toHaveLength(before.jobs);
  });

  it("a worker killed mid-batch: on the retry every notification is sent exactly once", async () => {
    const trustId = v.teacher.trustId;
    const people = [v.teacher, v.seniorLeader, v.networkLeader].map((p) => p.userId);
    const ids = await db().$transaction((tx) => notify(tx, { trustId, userIds: people, kind: "community.member-added", title: "Added to Maths", body: "Welcome.", link: routes.communities() }));
    expect(ids).toHaveLength(3);
    // The first run sent one and died: the job is still there, and runs again.
    await deliverNotifications(trustId, [ids[0]!], new Date());
    await runJobs();
    expect(await db().mailMessage.count({ where: { subject: { contains: "Added to Maths" } } })).toBe(3);
    expect(await db().notificationDelivery.count({ where: { notificationId: { in: ids }, channel: "EMAIL", status: "SENT" } })).toBe(3);
  });
});

describe("what someone just did is emailed ahead of scheduled work", () => {
  it("a returned record's delivery is fetched before a sweep's backlog enqueued earlier", async () => {
    await runJobs();
    const trustId = v.teacher.trustId;
    const sweep = [v.seniorLeader, v.networkLeader, v.head].map((p) => p.userId);
    for (let i = 0; i < 5; i++) {
      await db().$transaction((tx) => notify(tx, { scheduled: true, trustId, userIds: sweep, kind: "community.member-added", title: `Sweep ${i}`, body: "Waiting.", link: routes.communities() }));
    }
    const id = await submitted("Behaviour for learning");
    await returnIt(id);
    const [note] = (await notesOf(v.teacher.userId)).filter((n) => n.link === routes.activity(id));
    // The worker's slots take jobs in this order; the reserved slot takes only the first kind.
    const boss = await jobSender();
    const [first] = await boss.fetch("notification.deliver", { batchSize: 1 });
    expect((first!.data as { ids: string[] }).ids).toEqual([note!.id]);
    const [reserved] = await boss.fetch("notification.deliver", { batchSize: 1, minPriority: PRIORITY.PERSON });
    expect(reserved).toBeUndefined();
    await boss.fail("notification.deliver", first!.id, { message: "put back" });
    await db().$executeRawUnsafe(`UPDATE pgboss.job SET start_after = now() WHERE name = 'notification.deliver' AND state = 'retry'`);
    await runJobs();
    expect(await db().mailMessage.count({ where: { subject: { contains: "Behaviour for learning" } } })).toBe(1);
    expect(await db().mailMessage.count({ where: { subject: { contains: "Sweep 4" } } })).toBe(3);
  });
});

describe("quiet hours", () => {
  it("a notification made on a Saturday waits for Monday 07:00 London time", async () => {
    const saturday = new Date("2026-12-12T15:00:00Z");
    await db().$transaction((tx) =>
      notify(tx, { trustId: v.teacher.trustId, userIds: [v.teacher.userId], kind: "community.member-added", title: "Weekend news", body: "Saturday.", link: routes.communities(), now: saturday, quietHours: true }),
    );
    const waiting = (await jobs("notification.deliver")).filter((j) => j.state === "created");
    expect(waiting.map((j) => j.start_after.toISOString())).toContain("2026-12-14T07:00:00.000Z");
    await runJobs();
    expect(await db().mailMessage.count({ where: { subject: { contains: "Weekend news" } } })).toBe(0);
  });
});

describe("preferences", () => {
  it("only in the portal: the notification is listed, no email goes", async () => {
    const prefs = Object.fromEntries((await myPreferences(v.teacher)).map((p) => [p.kind, p.choice]));
    ok(await savePreferences.run(v.teacher, { ...prefs, "cpd.returned": "PORTAL_ONLY" }));
    const sentBefore = await mailTo(v.teacher.userId);
    const id = await submitted("Portal only course");
    await returnIt(id);
    await runJobs();
    expect((await notesOf(v.teacher.userId)).some((n) => n.link === `/development/${id}`)).toBe(true);
    expect(await mailTo(v.teacher.userId)).toBe(sentBefore);
    ok(await savePreferences.run(v.teacher, { ...prefs, "cpd.returned": "EMAIL" }));
  });

  it("a choice that is not one of the three is refused with a field error and changes nothing", async () => {
    const prefs = Object.fromEntries((await myPreferences(v.teacher)).map((p) => [p.kind, p.choice]));
    const result = await savePreferences.run(v.teacher, { ...prefs, "cpd.returned": "PIGEON" });
    expect(!result.ok && result.fieldErrors["cpd.returned"]).toBeTruthy();
    expect((await myPreferences(v.teacher)).find((p) => p.kind === "cpd.returned")!.choice).toBe("EMAIL");
  });

  it("verified records (a digest by default) wait for the weekly digest: one email for all of them, once", async () => {
    const ids = [await submitted("Digest course A"), await submitted("Digest course B")];
    ok(await verifyActivities.run(v.head, { "ids[]": ids, decision: "verify" }));
    await runJobs();
    expect(await db().mailMessage.count({ where: { subject: { contains: "Digest course" } } })).toBe(0);
    await startDigests(new Date());
    await runJobs();
    const digests = (await outboxAfterJobs(v.admin)).messages.filter((m) => m.subject.includes("weekly digest") && m.to.includes(v.teacher.email));
    expect(digests).toHaveLength(1);
    expect(digests[0]!.text).toContain("Verified: Digest course A");
    expect(digests[0]!.text).toContain("Verified: Digest course B");
    await startDigests(new Date());
    await runJobs();
    expect((await outboxAfterJobs(v.admin)).messages.filter((m) => m.subject.includes("weekly digest") && m.to.includes(v.teacher.email))).toHaveLength(1);
  });
});

describe("one-click unsubscribe", () => {
  it("a valid token turns that kind to the portal only at once; used again or forged, it changes nothing and says so", async () => {
    const id = await submitted("Unsubscribe course");
    await returnIt(id);
    const [mail] = (await outboxAfterJobs(v.admin)).messages.filter((m) => m.subject.includes("Unsubscribe course"));
    const token = tokenIn(mail!.text);
    expect(await unsubscribe(token)).toMatchObject({ outcome: "done" });
    expect((await myPreferences(v.teacher)).find((p) => p.kind === "cpd.returned")!.choice).toBe("PORTAL_ONLY");

    // Choose email again; the spent link must not undo that.
    const prefs = Object.fromEntries((await myPreferences(v.teacher)).map((p) => [p.kind, p.choice]));
    ok(await savePreferences.run(v.teacher, { ...prefs, "cpd.returned": "EMAIL" }));
    expect(await unsubscribe(token)).toEqual({ outcome: "used" });
    expect(await unsubscribe(`${token.slice(0, -2)}xx`)).toEqual({ outcome: "invalid" });
    expect(await unsubscribe("../../etc")).toEqual({ outcome: "invalid" });
    expect((await myPreferences(v.teacher)).find((p) => p.kind === "cpd.returned")!.choice).toBe("EMAIL");
  });
});

describe("leavers and disabled accounts", () => {
  it("get no notification; one disabled after it was made gets no email", async () => {
    const trustId = v.teacher.trustId;
    const demo = new Set(Object.values(v).map((x) => x.userId));
    const leaver = (await db().staffMember.findFirstOrThrow({ where: { trustId, userId: { notIn: [...demo] }, NOT: { userId: null } } }))!;
    await db().staffMember.update({ where: { id: leaver.id }, data: { leaveDate: new Date(Date.now() - 86_400_000), leaveReason: "OTHER" } });
    const disabled = v.networkLeader.userId;
    const during = await db().$transaction((tx) => notify(tx, { trustId, userIds: [v.seniorLeader.userId, disabled, leaver.userId], kind: "community.member-added", title: "Leaver check", body: "x", link: routes.communities() }));
    expect((await db().notification.findMany({ where: { id: { in: during } } })).map((n) => n.userId).sort()).toEqual([v.seniorLeader.userId, disabled].sort());
    await db().user.update({ where: { id: disabled }, data: { status: "DISABLED" } });
    await runJobs();
    expect(await db().mailMessage.count({ where: { subject: { contains: "Leaver check" }, toAddress: v.networkLeader.email } })).toBe(0);
    expect(await db().notificationDelivery.findMany({ where: { notificationId: { in: during }, userId: disabled } })).toMatchObject([{ status: "SKIPPED" }]);
    expect(await db().$transaction((tx) => notify(tx, { trustId, userIds: [disabled], kind: "community.member-added", title: "After", body: "x", link: routes.communities() }))).toEqual([]);
    await db().user.update({ where: { id: disabled }, data: { status: "ACTIVE" } });
  });
});
