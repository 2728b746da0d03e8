// Issue 15 §4: after a permanent transfer, the person's activities still waiting for verification go
// to the new school's queue, marked as moved from the old one (in the queue, on the activity, in the
// audit log); verified ones stay where they were verified. A secondment moves nothing: the home school
// keeps verifying (decision 017).
import { beforeAll, describe, expect, it } from "vitest";
import { loadViewer } from "@/lib/access/queries";
import type { Viewer } from "@/lib/access/policy";
import { verifyActivities } from "@/lib/cpd/commands";
import { activityToVerify, verificationQueue } from "@/lib/cpd/queries";
import { db } from "@/lib/db/client";
import { fromIsoDay, isoDay, londonToday } from "@/lib/dates";
import { secondStaff, transferStaff } from "@/lib/people/employment/commands";
import { DEMO_EMAILS } from "@/prisma/seed";
import { seedSmallTrust, type DemoKey } from "../support/fixtures";
import { notFound } from "./communities-fixture";

let trust: Awaited<ReturnType<typeof seedSmallTrust>>;
let v: Record<DemoKey, Viewer>;
let home: { id: string; name: string };
let host: { id: string; name: string };
let hostHead: Viewer;

const DAY = 86_400_000;
const day = (offset: number) => isoDay(new Date(londonToday().getTime() + offset * DAY));

beforeAll(async () => {
  trust = await seedSmallTrust();
  v = await trust.viewers();
  const schools = trust.built.schools;
  home = schools.find((s) => s.id === v.head.staff!.schoolId)!;
  host = schools.find((s) => s.id !== home.id)!;
  const role = trust.built.roleAssignments.find((r) => r.role === "HEADTEACHER" && r.schoolId === host.id)!;
  hostHead = (await loadViewer(role.userId))!;
});

const taken = new Set<string>();
/** A current member of staff at home with no demo account and no school role, one per test. */
function someone() {
  const demo = Object.values(DEMO_EMAILS) as string[];
  const leaders = new Set(trust.built.roleAssignments.filter((r) => r.role !== "STAFF").map((r) => r.userId));
  const s = trust.built.staff.find((x) => x.schoolId === home.id && !x.leaveDate && !demo.includes(x.email) && !taken.has(x.id) && !(x.userId && leaders.has(x.userId)) && x.startDate.getTime() < Date.now() - 400 * DAY);
  if (!s) throw new Error("No one left to move");
  taken.add(s.id);
  return s;
}

/** One activity of each status, logged at home. */
async function activities(staffMemberId: string) {
  const make = (status: "DRAFT" | "SUBMITTED" | "RETURNED" | "VERIFIED", title: string) =>
    db().cpdActivity.create({
      data: {
        trustId: v.admin.trustId, schoolId: home.id, staffMemberId, title, type: "COURSE", strand: "PROFESSIONAL_LEARNING",
        startDate: fromIsoDay(day(-20)), endDate: fromIsoDay(day(-20)), minutes: 90, status,
        submittedAt: status === "DRAFT" ? null : new Date(), ...(status === "RETURNED" ? { returnReason: "Add your reflection." } : {}),
        ...(status === "VERIFIED" ? { verifiedById: v.head.userId, verifiedAt: new Date() } : {}),
      },
    });
  return {
    draft: await make("DRAFT", "Draft"), submitted: await make("SUBMITTED", "Phonics course"),
    returned: await make("RETURNED", "Returned"), verified: await make("VERIFIED", "Verified"),
  };
}

const queueIds = async (viewer: Viewer) => (await verificationQueue(viewer, { size: 500 })).rows.map((r) => r.id);

describe("a permanent transfer", () => {
  it("moves the submitted activity to the new school's queue, says it was moved, and audits each move", async () => {
    const x = someone();
    const a = await activities(x.id);
    expect(await queueIds(v.head)).toContain(a.submitted.id);
    expect(await queueIds(hostHead)).not.toContain(a.submitted.id);

    const result = await transferStaff.run(v.admin, { staffMemberId: x.id, toSchoolId: host.id, startDate: day(0), note: "" });
    expect(result).toMatchObject({ ok: true });

    expect(await queueIds(v.head)).not.toContain(a.submitted.id);
    const row = (await verificationQueue(hostHead, { size: 500 })).rows.find((r) => r.id === a.submitted.id);
    expect(row).toMatchObject({ schoolId: host.id, movedFrom: home.name });
    expect(await activityToVerify(hostHead, a.submitted.id)).toMatchObject({ movedFrom: home.name, status: "SUBMITTED" });
    await expect(activityToVerify(v.head, a.submitted.id)).rejects.toThrow(notFound);

    // Drafts and returned ones go too (their next submission belongs with the new school); verified ones stay.
    const after = await db().cpdActivity.findMany({ where: { staffMemberId: x.id } });
    const by = (id: string) => after.find((r) => r.id === id)!;
    for (const moved of [a.draft, a.submitted, a.returned]) expect(by(moved.id)).toMatchObject({ schoolId: host.id, movedFromSchoolId: home.id, status: moved.status });
    expect(by(a.verified.id)).toMatchObject({ schoolId: home.id, movedFromSchoolId: null, status: "VERIFIED" });

    const moves = await db().auditLog.findMany({ where: { action: "cpd.move", entityId: { in: [a.draft.id, a.submitted.id, a.returned.id, a.verified.id] } } });
    expect(moves.map((m) => m.entityId).sort()).toEqual([a.draft.id, a.submitted.id, a.returned.id].sort());
    expect(moves[0]).toMatchObject({ entity: "CpdActivity", before: { schoolId: home.id }, after: { schoolId: host.id, movedFromSchoolId: home.id } });

    // The new school's head verifies it.
    expect(await verifyActivities.run(hostHead, { "ids[]": [a.submitted.id], decision: "verify" })).toMatchObject({ ok: true });
    expect(await db().cpdActivity.findUniqueOrThrow({ where: { id: a.submitted.id } })).toMatchObject({ status: "VERIFIED", verifiedById: hostHead.userId });
  });
});

describe("a secondment", () => {
  it("moves nothing: the home school keeps verifying, the host's queue never shows it", async () => {
    const x = someone();
    const a = await activities(x.id);
    const result = await secondStaff.run(v.admin, { staffMemberId: x.id, toSchoolId: host.id, startDate: day(-5), endDate: day(60), note: "" });
    expect(result).toMatchObject({ ok: true });
    expect(await queueIds(v.head)).toContain(a.submitted.id);
    expect(await queueIds(hostHead)).not.toContain(a.submitted.id);
    expect(await db().cpdActivity.count({ where: { staffMemberId: x.id, NOT: { schoolId: home.id } } })).toBe(0);
    expect(await db().auditLog.count({ where: { action: "cpd.move", entityId: a.submitted.id } })).toBe(0);
  });
});
