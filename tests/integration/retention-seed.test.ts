// The demo seed's retention: the default schedule, leavers past their date waiting on the review list,
// one of them kept by a legal hold, one already erased; the nightly job agrees with what the seed listed.
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { retentionForTrust } from "@/lib/retention/mutations";
import { retentionSchedule, reviewList } from "@/lib/retention/queries";
import { seedRetention } from "@/prisma/seed/retention";
import { startOfUtcDay } from "@/prisma/seed/dates";
import { seedSmallTrust } from "../support/fixtures";

vi.mock("next/headers", async () => (await import("../support/next-request")).nextHeadersMock());

describe("the demo seed's retention", () => {
  it("lists leavers past their date, one held, one erased, and the nightly job keeps the same list", async () => {
    const trust = await seedSmallTrust();
    await seedRetention(db(), trust.built, startOfUtcDay(new Date()));
    const admin = await trust.viewer("admin");
    const schedule = await retentionSchedule(admin);
    expect(schedule.lines.map((l) => [l.kind, l.period, l.unit])).toContainEqual(["PERSONNEL", 6, "YEARS"]);
    expect(schedule.lines.every((l) => l.updatedAt && l.basis.length > 40)).toBe(true);
    const list = await reviewList(admin);
    expect(list.people).toHaveLength(3);
    expect(list.holds).toHaveLength(1);
    expect(list.heldPastDate.size).toBe(1);
    expect(list.erasures.map((e) => e.pseudonym)).toEqual(["7F3A"]);

    await retentionForTrust(admin.trustId, new Date());
    const again = await reviewList(admin);
    expect(again.people.map((p) => p.id).sort()).toEqual(list.people.map((p) => p.id).sort());
  });
});
