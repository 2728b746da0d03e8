// Issue 11 §3: a person's employment history. Transfers, secondments and staff swaps need
// "staff:manage" at both schools (the trust admin, or a head of both); leavers are never moved; periods
// never overlap; "where someone works on a day" follows them; the host school's head sees a seconded
// person and their CPD history, and school views count them where they work.
import { beforeAll, describe, expect, it } from "vitest";
import { loadViewer } from "@/lib/access/queries";
import type { Viewer } from "@/lib/access/policy";
import { staffPortfolio } from "@/lib/cpd/portfolio/queries";
import { db } from "@/lib/db/client";
import { academicYear, fromIsoDay, isoDay, londonToday } from "@/lib/dates";
import { schoolDevelopment } from "@/lib/cpd/reports/queries";
import { schoolDevelopmentParams } from "@/lib/cpd/schema";
import { schoolCpdSummary } from "@/lib/cpd/trust/queries";
import { schoolRetention, trustRetention } from "@/lib/people/retention/queries";
import { cancelPlacement, endPlacement, secondStaff, swapStaff, transferStaff } from "@/lib/people/employment/commands";
import { employmentHistory } from "@/lib/people/employment/queries";
import { worksAtSql } from "@/lib/people/employment/queries";
import { worksAt } from "@/lib/people/employment/where";
import { recordLeaver } from "@/lib/people/commands";
import { myEmployment, staffDirectory } from "@/lib/people/queries";
import { staffDirectoryParams } from "@/lib/people/schema";
import { buildTrust, createRng, DEMO_EMAILS, insertTrust } from "@/prisma/seed";
import { seedSmallTrust, type DemoKey } from "../support/fixtures";
import { runForm, type FormFields } from "../support/form";
import { expectOneAudit, expectRefused, invalid, notFoundResult } from "../support/writes";

let trust: Awaited<ReturnType<typeof seedSmallTrust>>;
let v: Record<DemoKey, Viewer>;
let home: string;
let host: string;
let hostHead: Viewer;
let headOfBoth: Viewer;
let other: { staffId: string; schoolId: string; placementId: string };
const REFUSED: DemoKey[] = ["teacher", "seniorLeader", "networkLeader", "governor", "trustee", "multiRole"];

const DAY = 86_400_000;
const today = () => isoDay(londonToday());
const shift = (days: number, from = today()) => isoDay(new Date(fromIsoDay(from).getTime() + days * DAY));

beforeAll(async () => {
  trust = await seedSmallTrust();
  v = await trust.viewers();
  home = v.head.staff!.schoolId;
  host = trust.built.schools.find((s) => s.id !== home)!.id;
  const hostHeadRole = trust.built.roleAssignments.find((r) => r.role === "HEADTEACHER" && r.schoolId === host)!;
  hostHead = (await loadViewer(hostHeadRole.userId))!;
  headOfBoth = { ...v.head, roles: [...v.head.roles, { id: "both", role: "HEADTEACHER", schoolId: host, communityId: null }] };
  // Another trust in the same database, for out-of-scope ids.
  const b = buildTrust(createRng(99), { scale: 1, clusters: 1, schoolsPerCluster: 2, staffPerSchool: 8, passwordHash: null });
  for (const u of b.users) u.email = u.email.replace("@", ".placements-b@");
  for (const s of b.staff) s.email = s.email.replace("@", ".placements-b@");
  for (const s of b.schools) s.urn = Number(s.urn) + 800_000;
  await insertTrust(db(), b);
  const bPerson = b.staff.find((s) => !s.leaveDate)!;
  // A secondment of trust B's, not yet begun: in its own trust it could be ended early or cancelled.
  const bPlacement = await db().staffPlacement.create({
    data: {
      trustId: bPerson.trustId, staffMemberId: bPerson.id, kind: "SECONDMENT", fromSchoolId: bPerson.schoolId, toSchoolId: b.schools.find((s) => s.id !== bPerson.schoolId)!.id,
      startDate: fromIsoDay(shift(10)), endDate: fromIsoDay(shift(40)),
    },
  });
  other = { staffId: bPerson.id, schoolId: b.schools[0]!.id, placementId: bPlacement.id };
});

/** Current staff of a school with no demo account, one per caller (each test moves its own people). */
const taken = new Set<string>();
function someone(schoolId: string) {
  const demo = Object.values(DEMO_EMAILS) as string[];
  const s = trust.built.staff.find((x) => x.schoolId === schoolId && !x.leaveDate && !demo.includes(x.email) && !taken.has(x.id) && x.userId !== hostHead.userId && x.startDate.getTime() < Date.now() - 400 * DAY);
  if (!s) throw new Error(`No one left to move at ${schoolId}`);
  taken.add(s.id);
  return s;
}

/** Someone (at home, unless said) who left last month. */
async function aLeaver(schoolId = home) {
  const x = someone(schoolId);
  return db().staffMember.update({ where: { id: x.id }, data: { leaveDate: fromIsoDay(shift(-30)), leaveReason: "RESIGNATION" } });
}

/** A refusal writes nothing: the audit log and every table, placements included. */
async function refused(run: () => Promise<unknown>, expected: object) {
  const n = await db().staffPlacement.count();
  await expectRefused(run, expected);
  expect(await db().staffPlacement.count()).toBe(n);
}

async function workplace(staffId: string, day: string) {
  const [row] = await db().$queryRaw<{ school: string }[]>`SELECT ${worksAtSql("s", fromIsoDay(day), v.admin.trustId)} AS school FROM "StaffMember" s WHERE s.id = ${staffId}::uuid`;
  return row?.school;
}

const second = (staffMemberId: string, over: FormFields = {}) => ({ staffMemberId, toSchoolId: host, startDate: shift(-10), endDate: shift(30), ...over });
const directory = (viewer: Viewer, q: string, school?: string) => staffDirectory(viewer, staffDirectoryParams.parse({ q, ...(school ? { school } : {}) }));

describe("secondments", () => {
  it("the admin seconds someone; the host's head then lists them, opens their record and sees their CPD history", async () => {
    const x = someone(home);
    await db().cpdActivity.create({
      data: { trustId: v.admin.trustId, schoolId: home, staffMemberId: x.id, title: "Oracy course", type: "COURSE", strand: "PROFESSIONAL_LEARNING", startDate: fromIsoDay(shift(-60)), endDate: fromIsoDay(shift(-60)), minutes: 120, status: "VERIFIED" },
    });
    await expect(staffPortfolio(hostHead, x.id)).rejects.toMatchObject({ digest: expect.stringContaining("404") });
    await expectOneAudit(() => runForm(secondStaff, v.admin, second(x.id, { note: "Covering maths" })), "staff.second");
    const row = await db().staffPlacement.findFirstOrThrow({ where: { staffMemberId: x.id } });
    expect(row).toMatchObject({ kind: "SECONDMENT", fromSchoolId: home, toSchoolId: host, note: "Covering maths" });
    expect(await db().staffMember.findUniqueOrThrow({ where: { id: x.id } })).toMatchObject({ schoolId: home });

    const portfolio = await staffPortfolio(hostHead, x.id);
    expect(portfolio.activities.map((a) => a.title)).toContain("Oracy course");
    const atHost = await directory(hostHead, x.lastName, host);
    expect(atHost.rows.find((r) => r.id === x.id)?.placement).toMatch(/^On secondment from .+ until /);
    const atHome = await directory(v.head, x.lastName);
    expect(atHome.rows.find((r) => r.id === x.id)?.placement).toMatch(/^On secondment to .+ until /);
    const history = await employmentHistory(hostHead, x.id);
    expect(history.rows).toHaveLength(1);
    expect(history.now).toMatchObject({ kind: "SECONDMENT", endDate: shift(30), from: { id: home }, to: { id: host } });
    // Their own home page says where they work now.
    expect((await myEmployment((await loadViewer(x.userId!))!))?.placement).toMatch(/^On secondment to .+ until /);
    // Today they work at the host, not at home.
    const ids = async (schoolId: string) => (await db().staffMember.findMany({ where: { trustId: v.admin.trustId, ...worksAt([schoolId], londonToday()) }, select: { id: true } })).map((s) => s.id);
    expect(await ids(host)).toContain(x.id);
    expect(await ids(home)).not.toContain(x.id);
  });

  it("where someone works: home before, the host from the first to the last day, home after", async () => {
    const x = someone(home);
    await expectOneAudit(() => runForm(secondStaff, v.admin, second(x.id, { startDate: shift(-100), endDate: shift(-50) })), "staff.second");
    expect(await workplace(x.id, shift(-101))).toBe(home);
    expect(await workplace(x.id, shift(-100))).toBe(host);
    expect(await workplace(x.id, shift(-50))).toBe(host);
    expect(await workplace(x.id, shift(-49))).toBe(home);
    // Over now, so the host's head no longer sees them.
    await expect(staffPortfolio(hostHead, x.id)).rejects.toMatchObject({ digest: expect.stringContaining("404") });
  });

  it("needs staff:manage at both schools: a head of both may, a head of one may not, nor anyone else", async () => {
    const x = someone(home);
    await refused(() => runForm(secondStaff, v.head, second(x.id)), notFoundResult);
    await refused(() => runForm(secondStaff, hostHead, second(x.id)), notFoundResult);
    for (const key of REFUSED) await refused(() => runForm(secondStaff, v[key], second(x.id)), notFoundResult);
    await expectOneAudit(() => runForm(secondStaff, headOfBoth, second(x.id)), "staff.second");
  });

  it("other trusts' people and schools are not found", async () => {
    await refused(() => runForm(secondStaff, v.admin, second(other.staffId)), notFoundResult);
    await refused(() => runForm(secondStaff, v.admin, second(v.head.staff!.id, { toSchoolId: other.schoolId })), notFoundResult);
    await refused(() => runForm(endPlacement, v.admin, { placementId: other.staffId, endDate: today() }), notFoundResult);
    await refused(() => runForm(endPlacement, v.admin, { placementId: other.placementId, endDate: shift(20) }), notFoundResult);
    await refused(() => runForm(cancelPlacement, v.admin, { placementId: other.placementId }), notFoundResult);
    expect(await db().staffPlacement.findUniqueOrThrow({ where: { id: other.placementId } })).toMatchObject({ endDate: fromIsoDay(shift(40)) });
  });

  it("bad dates, overlaps, the same school and leavers are refused, writing nothing", async () => {
    const x = someone(home);
    await refused(() => runForm(secondStaff, v.admin, second(x.id, { endDate: shift(-20) })), invalid("endDate"));
    await refused(() => runForm(secondStaff, v.admin, second(x.id, { endDate: shift(-10) })), invalid("endDate"));
    await refused(() => runForm(secondStaff, v.admin, second(x.id, { startDate: "2025-02-30" })), invalid("startDate"));
    await refused(() => runForm(secondStaff, v.admin, second(x.id, { startDate: "1975-01-01" })), invalid("startDate"));
    await refused(() => runForm(secondStaff, v.admin, second(x.id, { toSchoolId: home })), invalid("toSchoolId"));
    await expectOneAudit(() => runForm(secondStaff, v.admin, second(x.id)), "staff.second");
    await refused(() => runForm(secondStaff, v.admin, second(x.id, { startDate: shift(30), endDate: shift(60) })), invalid("startDate"));
    const leaver = await aLeaver();
    await refused(() => runForm(secondStaff, v.admin, second(leaver.id)), { ok: false, message: expect.stringContaining("a leaver cannot be moved") });
  });
});

describe("school views count people where they work", () => {
  it("a secondment covering today moves one head from home to host in CPD figures, the development view and retention", async () => {
    const x = someone(home);
    const counts = async () => {
      const [atHome, atHost, hostDev, retainHost, retainHome] = await Promise.all([
        schoolCpdSummary(v.admin, home),
        schoolCpdSummary(v.admin, host),
        schoolDevelopment(hostHead, schoolDevelopmentParams.parse({ school: host })),
        schoolRetention(v.admin, host),
        schoolRetention(v.admin, home),
      ]);
      return { home: atHome.figures?.staff, host: atHost.figures?.staff, listed: hostDev.rows.some((r) => r.id === x.id), hostAtEnd: retainHost.school.atEnd, homeAtEnd: retainHome.school.atEnd };
    };
    const before = await counts();
    expect(before.listed).toBe(false);
    await expectOneAudit(() => runForm(secondStaff, v.admin, second(x.id)), "staff.second");
    const after = await counts();
    expect(after).toEqual({ home: before.home! - 1, host: before.host! + 1, listed: true, hostAtEnd: before.hostAtEnd + 1, homeAtEnd: before.homeAtEnd - 1 });
    const trust = await trustRetention(v.admin, academicYear().startYear);
    expect(trust.schools.reduce((n, s) => n + s.atEnd, 0)).toBe(trust.trust.atEnd);
  });
});

describe("ending early", () => {
  it("sets the end date (by someone who manages both schools); a later or too early date is refused", async () => {
    const x = someone(home);
    await runForm(secondStaff, v.admin, second(x.id));
    const p = await db().staffPlacement.findFirstOrThrow({ where: { staffMemberId: x.id } });
    await refused(() => runForm(endPlacement, v.head, { placementId: p.id, endDate: today() }), notFoundResult);
    await refused(() => runForm(endPlacement, hostHead, { placementId: p.id, endDate: today() }), notFoundResult);
    for (const key of REFUSED) await refused(() => runForm(endPlacement, v[key], { placementId: p.id, endDate: today() }), notFoundResult);
    await refused(() => runForm(endPlacement, v.admin, { placementId: p.id, endDate: shift(30) }), invalid("endDate"));
    await refused(() => runForm(endPlacement, v.admin, { placementId: p.id, endDate: shift(-11) }), invalid("endDate"));
    await expectOneAudit(() => runForm(endPlacement, v.admin, { placementId: p.id, endDate: shift(-1) }), "staff.placement.end");
    expect(isoDay((await db().staffPlacement.findUniqueOrThrow({ where: { id: p.id } })).endDate!)).toBe(shift(-1));
    expect(await workplace(x.id, today())).toBe(home);
  });
});

describe("cancelling", () => {
  it("a secondment not yet begun is cancelled, offered on the history only then; one under way is ended early instead", async () => {
    // From a third school to the demo head's, so as not to use up the people the other tests move.
    const third = trust.built.schools.find((s) => s.id !== home && s.id !== host)!.id;
    const x = someone(third);
    await runForm(secondStaff, v.admin, second(x.id, { toSchoolId: home, startDate: shift(7), endDate: shift(60) }));
    const p = await db().staffPlacement.findFirstOrThrow({ where: { staffMemberId: x.id } });
    expect((await employmentHistory(v.admin, x.id)).rows.map((r) => [r.mayCancel, r.mayEnd])).toEqual([[true, true]]);
    await refused(() => runForm(cancelPlacement, v.head, { placementId: p.id }), notFoundResult);
    for (const key of REFUSED) await refused(() => runForm(cancelPlacement, v[key], { placementId: p.id }), notFoundResult);
    await refused(() => runForm(cancelPlacement, v.admin, { placementId: "not-an-id" }), invalid("placementId"));
    await expectOneAudit(() => runForm(cancelPlacement, v.admin, { placementId: p.id }), "staff.placement.cancel");
    expect(await db().staffPlacement.count({ where: { staffMemberId: x.id } })).toBe(0);

    const y = someone(third);
    await runForm(secondStaff, v.admin, second(y.id, { toSchoolId: home }));
    const begun = await db().staffPlacement.findFirstOrThrow({ where: { staffMemberId: y.id } });
    expect((await employmentHistory(v.admin, y.id)).rows.map((r) => r.mayCancel)).toEqual([false]);
    await refused(() => runForm(cancelPlacement, v.admin, { placementId: begun.id }), { ok: false, message: expect.stringMatching(/^It began on .*: end it early instead\.$/) });
  });
});

describe("leaving", () => {
  it("a leaver's swap ends on their leave date, both halves; a secondment not yet begun goes", async () => {
    const [third, fourth] = trust.built.schools.filter((s) => s.id !== home && s.id !== host);
    const a = someone(third!.id);
    const b = someone(fourth!.id);
    await runForm(swapStaff, v.admin, { staffMemberId: a.id, otherStaffMemberId: b.id, startDate: shift(-20), endDate: shift(40) });
    await runForm(secondStaff, v.admin, second(a.id, { startDate: shift(50), endDate: shift(90) }));
    await expectOneAudit(() => runForm(recordLeaver, v.admin, { staffMemberId: a.id, leaveDate: shift(-1), leaveReason: "RESIGNATION" }), "staff.leave");
    const rows = await db().staffPlacement.findMany({ where: { staffMemberId: { in: [a.id, b.id] } } });
    expect(rows.map((r) => [r.kind, isoDay(r.endDate!)])).toEqual([["SWAP", shift(-1)], ["SWAP", shift(-1)]]);
    expect(await workplace(b.id, today())).toBe(fourth!.id);
  });
});

describe("staff swaps", () => {
  it("two rows sharing a swap id, each working at the other's school for the period; ending one ends both", async () => {
    const a = someone(home);
    const b = someone(host);
    const swap = { staffMemberId: a.id, otherStaffMemberId: b.id, startDate: shift(-5), endDate: shift(60) };
    await refused(() => runForm(swapStaff, v.head, swap), notFoundResult);
    await refused(() => runForm(swapStaff, hostHead, swap), notFoundResult);
    for (const key of REFUSED) await refused(() => runForm(swapStaff, v[key], swap), notFoundResult);
    await refused(() => runForm(swapStaff, v.admin, { ...swap, otherStaffMemberId: other.staffId }), notFoundResult);
    await refused(() => runForm(swapStaff, v.admin, { ...swap, otherStaffMemberId: v.head.staff!.id }), invalid("otherStaffMemberId"));
    await refused(() => runForm(swapStaff, v.admin, { ...swap, endDate: shift(-6) }), invalid("endDate"));
    const leaver = await aLeaver(trust.built.schools.find((s) => s.id !== home && s.id !== host)!.id);
    await refused(() => runForm(swapStaff, v.admin, { ...swap, staffMemberId: leaver.id }), { ok: false, message: expect.stringContaining("a leaver cannot be moved") });
    await expectOneAudit(() => runForm(swapStaff, headOfBoth, swap), "staff.swap");
    const rows = await db().staffPlacement.findMany({ where: { staffMemberId: { in: [a.id, b.id] } } });
    expect(rows).toHaveLength(2);
    expect(rows[0]!.swapId).toBe(rows[1]!.swapId);
    expect(await workplace(a.id, today())).toBe(host);
    expect(await workplace(b.id, today())).toBe(home);
    expect(await workplace(a.id, shift(61))).toBe(home);
    // Overlapping either half is refused.
    await refused(() => runForm(secondStaff, v.admin, second(b.id, { toSchoolId: home, startDate: shift(10), endDate: shift(20) })), invalid("startDate"));
    const history = await employmentHistory(v.head, a.id);
    expect(history.rows[0]?.partner?.id).toBe(b.id);
    expect(history.now).toMatchObject({ kind: "SWAP", to: { id: host } });
    await expectOneAudit(() => runForm(endPlacement, headOfBoth, { placementId: rows[0]!.id, endDate: today() }), "staff.placement.end");
    const ended = await db().staffPlacement.findMany({ where: { swapId: rows[0]!.swapId } });
    expect(ended.map((r) => isoDay(r.endDate!))).toEqual([today(), today()]);
  });
});

describe("transfers", () => {
  it("moves the home school for good; CPD stays with them; line management at the old school ends", async () => {
    const x = someone(home);
    const report = someone(home);
    await db().staffMember.update({ where: { id: report.id }, data: { lineManagerId: x.id } });
    await db().staffMember.update({ where: { id: x.id }, data: { lineManagerId: v.head.staff!.id } });
    const cpd = await db().cpdActivity.count({ where: { staffMemberId: x.id } });
    const move = { staffMemberId: x.id, toSchoolId: host, startDate: today() };
    await refused(() => runForm(transferStaff, v.head, move), notFoundResult);
    await refused(() => runForm(transferStaff, hostHead, move), notFoundResult);
    for (const key of REFUSED) await refused(() => runForm(transferStaff, v[key], move), notFoundResult);
    await refused(() => runForm(transferStaff, v.admin, { ...move, staffMemberId: other.staffId }), notFoundResult);
    await refused(() => runForm(transferStaff, v.admin, { ...move, toSchoolId: other.schoolId }), notFoundResult);
    await refused(() => runForm(transferStaff, v.admin, { ...move, startDate: shift(1) }), invalid("startDate"));
    await refused(() => runForm(transferStaff, v.admin, { ...move, toSchoolId: home }), invalid("toSchoolId"));
    await expectOneAudit(() => runForm(transferStaff, headOfBoth, move), "staff.transfer");
    expect(await db().staffMember.findUniqueOrThrow({ where: { id: x.id } })).toMatchObject({ schoolId: host, lineManagerId: null });
    expect((await db().staffMember.findUniqueOrThrow({ where: { id: report.id } })).lineManagerId).toBeNull();
    expect(await db().cpdActivity.count({ where: { staffMemberId: x.id } })).toBe(cpd);
    expect((await staffPortfolio(hostHead, x.id)).person.id).toBe(x.id);
    await expect(staffPortfolio(v.head, x.id)).rejects.toMatchObject({ digest: expect.stringContaining("404") });
    // Before the move they worked at the old school.
    expect(await workplace(x.id, shift(-1))).toBe(home);
    expect(await workplace(x.id, today())).toBe(host);
    // A second move on the same day, and a leaver, are refused.
    await refused(() => runForm(transferStaff, v.admin, { ...move, toSchoolId: home }), invalid("startDate"));
    const leaver = await aLeaver();
    await refused(() => runForm(transferStaff, v.admin, { ...move, staffMemberId: leaver.id }), { ok: false, message: expect.stringContaining("a leaver cannot be moved") });
  });
});
