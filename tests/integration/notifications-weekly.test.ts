// Issue 17 §2, the events main lacked: the weekly list of staff training expiring or expired for a
// school's head(s) (names: heads read their staff's records; never a governor), once per head per
// week; and "governance import finished" for the admin who imported, from the import's transaction.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { fromIsoDay } from "@/lib/dates";
import { importMetrics } from "@/lib/governance/commands";
import { trainingDigests } from "@/lib/notifications/training-digest/mutations";
import { seedGovernance } from "@/prisma/seed/governance";
import { seedSmallTrust } from "../support/fixtures";
import { runForm } from "../support/form";
import { day } from "./csi-fixture";

process.env.NOTIFY_QUIET_HOURS = "off";
let t: Awaited<ReturnType<typeof seedSmallTrust>>;
beforeAll(async () => {
  t = await seedSmallTrust();
});

const staffAt = (schoolId: string, exclude: string[]) =>
  db().staffMember.findMany({ where: { schoolId, leaveDate: null, placements: { none: {} }, id: { notIn: exclude } }, orderBy: { lastName: "asc" }, take: 4 });

describe("the weekly staff training list for heads", () => {
  it("tells each head of a school which staff's training expires within 30 days or has expired, once a week, and never a governor", async () => {
    const head = await t.viewer("head");
    const governor = await t.viewer("governor");
    const trustId = head.trustId;
    const school = head.roles.find((r) => r.role === "HEADTEACHER")!.schoolId!;
    const other = t.built.schools.find((s) => s.id !== school)!.id;
    await db().trainingCompletion.deleteMany({ where: { trustId } });
    const [soon, lapsed, renewed, coHead] = await staffAt(school, [head.staff!.id]);
    const [elsewhere] = await staffAt(other, []);
    // A second head of the school (co-headship), and the governor governing it.
    await db().roleAssignment.create({ data: { trustId, userId: coHead!.userId!, role: "HEADTEACHER", schoolId: school } });
    await db().roleAssignment.create({ data: { trustId, userId: governor.userId, role: "LOCAL_GOVERNOR", schoolId: school } });
    const req = await db().trainingRequirement.create({ data: { trustId, name: "Weekly safeguarding", validityMonths: 24 } });
    const complete = (staffMemberId: string, expires: number) =>
      db().trainingCompletion.create({ data: { trustId, staffMemberId, requirementId: req.id, completedOn: fromIsoDay(day(expires - 700)), expiresOn: fromIsoDay(day(expires)) } });
    await complete(soon!.id, 12);
    await complete(lapsed!.id, -20);
    await complete(renewed!.id, -40);
    await complete(renewed!.id, 300); // renewed since: not listed
    await complete(elsewhere!.id, 5); // another school's: not this head's list

    const now = new Date();
    await trainingDigests(now);
    await trainingDigests(now); // a rerun in the same week adds nothing
    const link = `/school-development?school=${school}`;
    const notes = await db().notification.findMany({ where: { kind: "training.staff-digest", link } });
    expect(notes.map((n) => n.userId).sort()).toEqual([head.userId, coHead!.userId].sort());
    const body = notes[0]!.body;
    expect(notes[0]!.title).toBe("Staff training: 2 statutory training records expiring or expired");
    expect(body).toContain("1 expired, 1 expiring within 30 days.");
    expect(body).toContain(`${lapsed!.lastName}, ${lapsed!.firstName}: Weekly safeguarding, expired`);
    expect(body).toContain(`${soon!.lastName}, ${soon!.firstName}: Weekly safeguarding, expires`);
    expect(body).not.toContain(renewed!.lastName);
    expect(body).not.toContain(elsewhere!.lastName);
    expect(await db().notification.count({ where: { kind: "training.staff-digest", userId: governor.userId } })).toBe(0);

    // The next week, a new list.
    await trainingDigests(new Date(now.getTime() + 7 * 86_400_000));
    expect(await db().notification.count({ where: { kind: "training.staff-digest", userId: head.userId, link } })).toBe(2);
  });
});

describe("governance import finished", () => {
  it("tells the admin who imported, linking to the governance page; a refused or unchanged import tells no one", async () => {
    await seedGovernance(db(), t.built);
    const admin = await t.viewer("admin");
    const urn = t.built.schools[0]!.urn;
    const csv = (...lines: string[]) => ["URN,metric,period,value", ...lines].join("\r\n");
    const file = csv(`${urn},attendance,2030/31 T1,96.5`);
    const told = () => db().notification.findMany({ where: { kind: "governance.import-finished" } });

    expect(await runForm(importMetrics, admin, { csv: csv(`${urn},attendance,2030/31 T1,120`) })).toMatchObject({ ok: false });
    expect(await told()).toEqual([]);
    expect(await runForm(importMetrics, admin, { csv: file })).toMatchObject({ ok: true });
    expect(await told()).toMatchObject([{ userId: admin.userId, link: "/governance", title: "Governance import finished: 1 new value, 0 changed" }]);
    expect(await runForm(importMetrics, admin, { csv: file })).toMatchObject({ ok: true, data: { unchanged: 1 } });
    expect(await told()).toHaveLength(1);
  });
});
