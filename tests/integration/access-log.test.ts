// Who opened whose record (issue 21 §3): opening another person's record leaves an entry (one's own do
// not), written in a batch off the request; the person reads theirs of the last year and nobody else's;
// the trust admin searches every entry of the trust and nobody else may; the demo seed fills it.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { flushAccessLog, noteOpened } from "@/lib/access-log/mutations";
import { ownAccessParams, accessSearchParams } from "@/lib/access-log/params";
import { myRecordOpenings, searchAccessLog } from "@/lib/access-log/queries";
import { canAny } from "@/lib/access/policy";
import { loadViewer } from "@/lib/access/queries";
import { db } from "@/lib/db/client";
import { buildTrust, createRng, insertTrust } from "@/prisma/seed";
import { seedAccessLog } from "@/prisma/seed/access-log";
import { resetRequest } from "../support/next-request";
import { seedSmallTrust, DEMO_KEYS, type DemoKey } from "../support/fixtures";
import { notFound } from "../support/writes";

vi.mock("next/headers", async () => (await import("../support/next-request")).nextHeadersMock());

let trust: Awaited<ReturnType<typeof seedSmallTrust>>;
let v: Awaited<ReturnType<typeof trust.viewers>>;
beforeAll(async () => {
  resetRequest();
  trust = await seedSmallTrust();
  v = await trust.viewers();
});

const page1 = ownAccessParams.parse({}).page;
const teacherId = () => v.teacher.staff?.id ?? "";

describe("the access log", () => {
  it("records each time someone opens another's record, with their role, in one batch; one's own are not recorded", async () => {
    const before = await db().recordAccess.count();
    await noteOpened(v.head, "portfolio", teacherId(), teacherId());
    await noteOpened(v.admin, "evidence-file", teacherId(), "5f0c2b9e-0000-4000-8000-000000000001");
    await noteOpened(v.teacher, "portfolio", teacherId(), teacherId());
    // Not written yet: the page did not wait for it.
    expect(await db().recordAccess.count()).toBe(before);
    await flushAccessLog();
    const rows = await db().recordAccess.findMany({ where: { subjectStaffId: teacherId() }, orderBy: { id: "asc" } });
    expect(rows.map((r) => [r.viewerUserId, r.viewerRole, r.kind])).toEqual([
      [v.head.userId, "Headteacher", "portfolio"],
      [v.admin.userId, "Trust admin", "evidence-file"],
    ]);
  });

  it("the person reads who opened theirs in the last year, newest first, counted by person", async () => {
    const old = new Date(Date.now() - 400 * 86_400_000);
    await db().recordAccess.create({ data: { trustId: trust.built.trust.id, subjectStaffId: teacherId(), viewerUserId: v.seniorLeader.userId, viewerRole: "Senior leader", kind: "portfolio", recordId: teacherId(), at: old } });
    const mine = await myRecordOpenings(v.teacher, page1);
    expect(mine.total).toBe(2);
    expect(mine.rows.map((r) => [r.who, r.role, r.what])).toEqual([
      [v.admin.name, "Trust admin", "An evidence file or certificate"],
      [v.head.name, "Headteacher", "Your development portfolio"],
    ]);
    // Opened within the same moment here: the order of the two is not the point, their counts are.
    expect(mine.readers.map((r) => [r.name, r.times]).sort()).toEqual([[v.admin.name, 1], [v.head.name, 1]].sort());
    // The head's own list holds nothing of the teacher's.
    expect((await myRecordOpenings(v.head, page1)).rows.some((r) => r.who === v.head.name)).toBe(false);
  });

  it("only staff have a list of their own: governors and trustees, with no staff record, are not offered one", async () => {
    for (const key of ["governor", "trustee"] as DemoKey[]) {
      expect(canAny(v[key], "access-log:view:own"), key).toBe(false);
      expect((await myRecordOpenings(v[key], page1)).total).toBe(0);
    }
    expect(canAny(v.teacher, "access-log:view:own")).toBe(true);
  });

  it("the trust admin searches by whose record, who opened it and dates; every other role gets not found", async () => {
    const teacher = trust.built.staff.find((s) => s.id === teacherId())!;
    const found = await searchAccessLog(v.admin, accessSearchParams.parse({ subject: `${teacher.firstName} ${teacher.lastName}`, reader: v.head.name.split(" ")[0] }));
    expect(found.rows.map((r) => [r.whose, r.who, r.what])).toEqual([[`${teacher.firstName} ${teacher.lastName}`, v.head.name, "Development portfolio"]]);
    const future = await searchAccessLog(v.admin, accessSearchParams.parse({ from: "2099-01-01" }));
    expect(future.total).toBe(0);
    for (const key of DEMO_KEYS.filter((k) => k !== "admin")) {
      await expect(searchAccessLog(v[key], accessSearchParams.parse({})), key).rejects.toEqual(notFound);
    }
  });

  it("another trust's entries are never read", async () => {
    const other = buildTrust(createRng(99), { scale: 1, clusters: 1, schoolsPerCluster: 2, staffPerSchool: 10, passwordHash: null });
    for (const u of other.users) u.email = u.email.replace("@", ".other@");
    for (const s of other.staff) s.email = s.email.replace("@", ".other@");
    for (const s of other.schools) s.urn = Number(s.urn) + 800_000;
    await insertTrust(db(), other);
    const headRole = other.roleAssignments.find((r) => r.role === "HEADTEACHER")!;
    const person = other.staff.find((s) => s.userId && s.userId !== headRole.userId && s.schoolId === headRole.schoolId)!;
    const foreignHead = (await loadViewer(headRole.userId))!;
    const foreignTeacher = (await loadViewer(person.userId!))!;
    await noteOpened(foreignHead, "portfolio", person.id, person.id);
    await flushAccessLog();
    const all = await searchAccessLog(v.admin, accessSearchParams.parse({}));
    expect(all.total).toBeGreaterThan(0);
    expect(all.rows.every((r) => r.who !== foreignHead.name)).toBe(true);
    expect((await myRecordOpenings(foreignTeacher, page1)).rows.map((r) => r.who)).toEqual([foreignHead.name]);
  });

  it("the demo seed gives every current member of staff's school leaders some entries over the past year", async () => {
    await seedAccessLog(db(), trust.built);
    const seeded = await db().recordAccess.groupBy({ by: ["subjectStaffId"], where: { trustId: trust.built.trust.id }, _count: true });
    expect(seeded.length).toBeGreaterThan(trust.built.staff.length / 2);
    const mine = await myRecordOpenings(v.teacher, page1);
    expect(mine.total).toBeGreaterThan(2);
  });
});
