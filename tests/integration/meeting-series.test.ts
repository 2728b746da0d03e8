// A recurring meeting series: every N weeks until a day, in one transaction, skipping the trust's holidays.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { scheduleMeeting } from "@/lib/communities/meetings/commands";
import { isoDay as isoUtcDay, londonDay, utcToLondonLocal } from "@/lib/dates";
import { seedCommunityTrust } from "./communities-fixture";

let trust: Awaited<ReturnType<typeof seedCommunityTrust>>;
beforeAll(async () => {
  trust = await seedCommunityTrust();
});

const DAY = 86_400_000;
/** The London day of an instant as yyyy-mm-dd (a meeting at 00:30 in summer is on the next day than UTC's). */
const isoDay = (d: Date) => isoUtcDay(londonDay(d));

describe("a meeting series", () => {
  it("creates every meeting of the series with one series id, skipping a holiday, and audits each", async () => {
    const leader = await trust.viewer("networkLeader");
    const first = new Date(Date.now() + 7 * DAY);
    // A holiday around the third meeting (four weeks after the first, at two-week intervals).
    const third = new Date(first.getTime() + 28 * DAY);
    await db().trustHoliday.create({ data: { trustId: trust.built.trust.id, name: "Half term", startsOn: new Date(`${isoDay(new Date(third.getTime() - DAY))}T00:00:00Z`), endsOn: new Date(`${isoDay(new Date(third.getTime() + DAY))}T00:00:00Z`) } });
    const audits = await db().auditLog.count();
    const result = await scheduleMeeting.run(leader, {
      communityId: trust.english, title: "Forum", startsAt: utcToLondonLocal(first), durationMinutes: "90",
      repeatWeeks: "2", repeatUntil: isoDay(new Date(first.getTime() + 56 * DAY)),
    });
    expect(result).toMatchObject({ ok: true, message: "4 meetings scheduled (1 skipped for the trust's holidays)." });
    const meetings = await db().meeting.findMany({ where: { communityId: trust.english, title: "Forum" }, orderBy: { startsAt: "asc" } });
    expect(meetings).toHaveLength(4);
    expect(new Set(meetings.map((m) => m.seriesId)).size).toBe(1);
    expect(meetings[0]?.seriesId).not.toBeNull();
    expect(await db().auditLog.count()).toBe(audits + 4);
  });

  it("asks for both repeat fields, and writes nothing otherwise", async () => {
    const leader = await trust.viewer("networkLeader");
    const before = await db().meeting.count();
    const base = { communityId: trust.english, title: "Half", startsAt: utcToLondonLocal(new Date(Date.now() + 3 * DAY)), durationMinutes: "60" };
    expect(await scheduleMeeting.run(leader, { ...base, repeatWeeks: "6" })).toMatchObject({ ok: false, fieldErrors: { repeatUntil: ["Enter the last day of the series."] } });
    expect(await scheduleMeeting.run(leader, { ...base, repeatUntil: "2027-07-01" })).toMatchObject({ ok: false, fieldErrors: { repeatWeeks: [expect.any(String)] } });
    expect(await scheduleMeeting.run(leader, { ...base, repeatWeeks: "0", repeatUntil: "2027-07-01" })).toMatchObject({ ok: false, fieldErrors: { repeatWeeks: ["Repeat at least every week."] } });
    expect(await db().meeting.count()).toBe(before);
  });
});
