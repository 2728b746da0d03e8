// The verification queue as a head meets it: the home page's count is the queue's, the queue filters
// by academic year and sorts, a resubmitted activity shows its earlier return and what changed, and
// after one is verified or returned the next one waiting is found.
import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/access/policy";
import { db } from "@/lib/db/client";
import { verifyActivities, saveActivity } from "@/lib/cpd/commands";
import { activityToVerify, nextToVerify, verificationQueue } from "@/lib/cpd/queries";
import { lastReturn } from "@/lib/cpd/history/queries";
import { schoolCpdSummary } from "@/lib/cpd/trust/queries";
import { seedCpdTrust, validActivity } from "./cpd-fixture";
import { academicYear } from "@/lib/dates";

let trust: Awaited<ReturnType<typeof seedCpdTrust>>;
let head: Viewer;
let teacher: Viewer;
const thisYear = academicYear().startYear;

beforeAll(async () => {
  trust = await seedCpdTrust();
  head = await trust.viewer("head");
  teacher = await trust.viewer("teacher");
  // Something waiting from two academic years ago, as a school that has fallen behind has.
  await db().cpdActivity.create({
    data: {
      trustId: teacher.trustId, schoolId: teacher.staff!.schoolId, staffMemberId: teacher.staff!.id, title: "Old course", type: "COURSE", strand: "PROFESSIONAL_LEARNING",
      startDate: new Date(Date.UTC(thisYear - 2, 10, 3)), endDate: new Date(Date.UTC(thisYear - 2, 10, 3)), minutes: 60, status: "SUBMITTED", submittedAt: new Date(),
    },
  });
});

const asHeadOnHome = () => ({ ...head, roles: head.roles.filter((r) => r.role === "HEADTEACHER") });

describe("one definition of awaiting verification", () => {
  it("the head's home page counts what the queue holds, in every year", async () => {
    const school = head.staff!.schoolId;
    const summary = await schoolCpdSummary(asHeadOnHome(), school);
    const queue = await verificationQueue(head, { school });
    expect(summary.waiting).toBe(queue.total);
    expect(summary.schoolId).toBe(school);
    expect(queue.years.some((y) => y.year === thisYear - 2)).toBe(true);
    expect(queue.years.reduce((n, y) => n + y.count, 0)).toBe(queue.total);
  });

  it("the governor's figure is the same count", async () => {
    const governor = await trust.viewer("governor");
    const school = governor.roles.find((r) => r.role === "LOCAL_GOVERNOR")!.schoolId!;
    const count = await db().cpdActivity.count({ where: { schoolId: school, status: "SUBMITTED", ...(governor.staff ? { staffMemberId: { not: governor.staff.id } } : {}) } });
    expect((await schoolCpdSummary(governor, school)).waiting).toBe(count);
  });
});

describe("filtering and sorting the queue", () => {
  it("filters by academic year", async () => {
    const all = await verificationQueue(head, { size: 500 });
    const old = await verificationQueue(head, { year: thisYear - 2, size: 500 });
    expect(old.total).toBeGreaterThan(0);
    expect(old.total).toBeLessThan(all.total);
    expect(old.rows.every((r) => academicYear(r.startDate).startYear === thisYear - 2)).toBe(true);
    expect(old.rows.map((r) => r.title)).toContain("Old course");
    // The filter still offers every year that has something waiting.
    expect(old.years).toEqual(all.years);
  });

  it("sorts by hours, by date and by member of staff", async () => {
    const hours = (await verificationQueue(head, { sort: "hours", dir: "desc", size: 500 })).rows.map((r) => r.minutes);
    expect(hours).toEqual([...hours].sort((a, b) => b - a));
    const dates = (await verificationQueue(head, { sort: "date", dir: "asc", size: 500 })).rows.map((r) => r.startDate.getTime());
    expect(dates).toEqual([...dates].sort((a, b) => a - b));
    const names = (await verificationQueue(head, { sort: "staff", dir: "asc", size: 500 })).rows.map((r) => r.staffMember.lastName.toLowerCase());
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  });

  it("verifies a whole page at once (select all)", async () => {
    const page = await verificationQueue(head, { year: thisYear - 2, size: 50 });
    const result = await verifyActivities.run(head, { "ids[]": page.rows.map((r) => r.id), decision: "verify" });
    expect(result).toMatchObject({ ok: true, data: { count: page.rows.length } });
    expect((await verificationQueue(head, { year: thisYear - 2 })).total).toBe(0);
  });
});

describe("a resubmitted activity", () => {
  it("shows the earlier return reason and what the member of staff changed", async () => {
    const saved = await saveActivity.run(teacher, validActivity({ intent: "submit", hours: "2", title: "Phonics refresher" }));
    const id = (saved as { data: { id: string } }).data.id;
    await verifyActivities.run(head, { "ids[]": [id], decision: "return", reason: "Add what you will change in class." });
    const again = await saveActivity.run(teacher, validActivity({ id, intent: "submit", hours: "3", title: "Phonics refresher", impact: "Daily review in Year 1." }));
    expect(again.ok).toBe(true);

    const activity = await activityToVerify(head, id);
    const history = await lastReturn(head, id, activity);
    expect(history?.reason).toBe("Add what you will change in class.");
    expect(history?.changes).toEqual([
      { field: "Hours", before: "2", after: "3" },
      { field: "Impact on practice", before: "—", after: "Daily review in Year 1." },
    ]);
    const queue = await verificationQueue(head, { size: 500 });
    expect(queue.rows.find((r) => r.id === id)?.resubmitted).toBe(true);
    const others = queue.rows.filter((r) => r.id !== id);
    expect(others.length).toBeGreaterThan(0);
    expect(others.every((r) => !r.resubmitted)).toBe(true);
  });

  it("an activity never returned has no history", async () => {
    const saved = await saveActivity.run(teacher, validActivity({ intent: "submit" }));
    const id = (saved as { data: { id: string } }).data.id;
    expect(await lastReturn(head, id, await activityToVerify(head, id))).toBeNull();
  });
});

describe("after verifying one", () => {
  it("the next one waiting in the same view of the queue opens", async () => {
    const before = await verificationQueue(head, { sort: "hours", dir: "desc", size: 2 });
    const [first, second] = before.rows;
    expect(await nextToVerify(head, { sort: "hours", dir: "desc" })).toBe(first!.id);
    await verifyActivities.run(head, { "ids[]": [first!.id], decision: "verify" });
    expect(await nextToVerify(head, { sort: "hours", dir: "desc" })).toBe(second!.id);
    expect(await nextToVerify(head, { year: thisYear - 2 })).toBeNull();
  });
});
