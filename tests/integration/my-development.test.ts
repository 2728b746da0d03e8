// "My development" as a member of staff meets it: returned activities first, filters by academic
// year and status, and a reflection added to the record a meeting's register wrote.
import { beforeAll, describe, expect, it } from "vitest";
import { loadViewer } from "@/lib/access/queries";
import type { Viewer } from "@/lib/access/policy";
import { db } from "@/lib/db/client";
import { verifyActivities, saveActivity } from "@/lib/cpd/commands";
import { activityYears, myActivities, myActivity, myActivityPage } from "@/lib/cpd/queries";
import { saveReflection } from "@/lib/cpd/records/commands";
import { seedCommunityTrust } from "./communities-fixture";
import { validActivity } from "./cpd-fixture";
import { academicYear } from "@/lib/dates";

let trust: Awaited<ReturnType<typeof seedCommunityTrust>>;
let teacher: Viewer;
let returned: string;
let meetingRecord: { id: string; minutes: number };
let attendee: Viewer;

beforeAll(async () => {
  trust = await seedCommunityTrust();
  teacher = await trust.viewer("teacher");
  const head = await trust.viewer("head");
  const saved = await saveActivity.run(teacher, validActivity({ intent: "submit", title: "Returned long ago", startDate: "2021-10-04", endDate: "2021-10-04" }));
  returned = (saved as { data: { id: string } }).data.id;
  expect(await verifyActivities.run(head, { "ids[]": [returned], decision: "return", reason: "Add the provider." })).toMatchObject({ ok: true });
  // A record a closed register wrote, and its owner.
  const record = await db().cpdActivity.findFirstOrThrow({ where: { meetingId: { not: null }, staffMember: { userId: { not: null } } }, include: { staffMember: true } });
  meetingRecord = { id: record.id, minutes: record.minutes };
  attendee = (await loadViewer(record.staffMember.userId!))!;
});

describe("the activity list", () => {
  it("puts returned activities first, however old", async () => {
    const list = await myActivities(teacher);
    const firstOther = list.findIndex((a) => a.status !== "RETURNED");
    expect(list[0]!.id).toBe(returned);
    // Some activities after the returned one (findIndex's -1 would make the slice the last row alone).
    expect(firstOther).toBeGreaterThan(0);
    expect(firstOther).toBeLessThan(list.length);
    expect(list.slice(firstOther).every((a) => a.status !== "RETURNED")).toBe(true);
    expect((await myActivities(teacher, 5))[0]!.id).toBe(returned);
  });

  it("filters by academic year and by status", async () => {
    const years = await activityYears(teacher, teacher.staff!.id);
    expect(years.map((y) => y.label)).toContain("2021/22");
    const old = await myActivities(teacher, 200, { year: 2021 });
    expect(old.map((a) => a.id)).toEqual([returned]);
    const year = academicYear().startYear;
    const verified = await myActivities(teacher, 200, { year, status: "VERIFIED" });
    expect(verified.length).toBeGreaterThan(0);
    expect(verified.every((a) => a.status === "VERIFIED" && academicYear(a.startDate).startYear === year)).toBe(true);
    expect((await myActivities(teacher, 200, { status: "RETURNED" })).map((a) => a.id)).toEqual([returned]);
  });
});

describe("the activity list's pages", () => {
  it("page after page gives the whole list in its order, each page with the count of all of them", async () => {
    const all = await myActivities(teacher);
    // Three a page, so the returned activity and the rest meet on the first page and run on over several.
    const size = 3;
    expect(all.length).toBeGreaterThan(size * 2);
    const pages = [];
    for (let page = 1; page <= Math.ceil(all.length / size); page++) pages.push(await myActivityPage(teacher, {}, page, size));
    expect(pages.map((p) => p.page)).toEqual(pages.map((_, i) => i + 1));
    expect(pages.every((p) => p.total === all.length && p.pageCount === pages.length)).toBe(true);
    expect(pages.flatMap((p) => p.rows.map((r) => r.id))).toEqual(all.map((a) => a.id));
    expect(pages[1]!.rows.map((r) => r.id)).not.toContain(pages[0]!.rows[0]!.id);
    // A page past the end is the last page; filters count only what they match.
    expect((await myActivityPage(teacher, {}, 999, size)).rows.map((r) => r.id)).toEqual(pages.at(-1)!.rows.map((r) => r.id));
    expect(await myActivityPage(teacher, { status: "RETURNED" }, 1, size)).toMatchObject({ total: 1, pageCount: 1, rows: [{ id: returned }] });
  });
});

describe("a reflection on a register's record", () => {
  it("its owner adds a reflection and impact; nothing else changes; audited", async () => {
    const result = await saveReflection.run(attendee, { id: meetingRecord.id, reflection: "Good ideas on oracy.", impact: "Talk partners in Year 8." });
    expect(result).toMatchObject({ ok: true });
    const after = await myActivity(attendee, meetingRecord.id);
    expect(after).toMatchObject({ reflection: "Good ideas on oracy.", impact: "Talk partners in Year 8.", status: "VERIFIED", minutes: meetingRecord.minutes });
    const entry = await db().auditLog.findFirstOrThrow({ where: { entityId: meetingRecord.id, action: "cpd.reflection" } });
    expect(entry.after).toEqual({ reflection: "Good ideas on oracy.", impact: "Talk partners in Year 8." });
    expect(entry.actorUserId).toBe(attendee.userId);
  });

  it("anyone else's record is not found; the owner's own activities keep their own form", async () => {
    const notFound = { ok: false, message: "That record was not found.", fieldErrors: {} };
    const other = teacher.staff!.id === attendee.staff!.id ? await trust.viewer("head") : teacher;
    expect(await saveReflection.run(other, { id: meetingRecord.id, reflection: "Not mine" })).toEqual(notFound);
    expect(await saveReflection.run(await trust.viewer("trustee"), { id: meetingRecord.id, reflection: "Not mine" })).toEqual(notFound);
    expect((await db().cpdActivity.findUniqueOrThrow({ where: { id: meetingRecord.id } })).reflection).toBe("Good ideas on oracy.");
    expect(await saveReflection.run(teacher, { id: returned, reflection: "Sideways" })).toMatchObject({ ok: false });
  });

  it("refuses an over-long reflection with a field error", async () => {
    const result = await saveReflection.run(attendee, { id: meetingRecord.id, reflection: "x".repeat(4001) });
    expect(!result.ok && result.fieldErrors.reflection?.length).toBeGreaterThan(0);
  });
});
