// Who reads and records what in governance, per demo role, on their own school and another; and that
// the trustee's dashboard carries no named staff record anywhere in what it loads.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createExpectation, recordTraining, recordVisit } from "@/lib/governance/commands";
import { updateDefinition } from "@/lib/governance/definitions/commands";
import { definitionList, definitionToEdit } from "@/lib/governance/definitions/queries";
import { trustDashboard } from "@/lib/governance/queries";
import { schoolMetrics, schoolVisits } from "@/lib/governance/school/queries";
import { myGovernanceTraining, trainingCompletion } from "@/lib/governance/training/queries";
import { seedGovernance } from "@/prisma/seed/governance";
import { seedSmallTrust, type DemoKey } from "../support/fixtures";
import { runForm } from "../support/form";

const notFound = expect.objectContaining({ digest: expect.stringContaining("404") });
const refused = { ok: false, message: "That record was not found.", fieldErrors: {} };
const ROLES: DemoKey[] = ["teacher", "seniorLeader", "head", "networkLeader", "governor", "trustee", "admin", "multiRole"];

let t: Awaited<ReturnType<typeof seedSmallTrust>>;
let governed: string;
let other: string;
beforeAll(async () => {
  t = await seedSmallTrust();
  await seedGovernance(db(), t.built);
  const governor = t.built.users.find((u) => u.email.startsWith("governor@"))?.id;
  governed = t.built.roleAssignments.find((r) => r.userId === governor && r.role === "LOCAL_GOVERNOR")?.schoolId ?? "";
  // A school no demo school-role holder (head, senior leader, governor) is attached to.
  const attached = new Set(["head", "seniorLeader", "governor", "multiRole"].flatMap((k) => {
    const id = t.built.users.find((u) => u.email.startsWith(`${k === "seniorLeader" ? "senior.leader" : k === "multiRole" ? "multi.role" : k}@`))?.id;
    return t.built.roleAssignments.filter((r) => r.userId === id).map((r) => r.schoolId);
  }));
  other = t.built.schools.find((s) => !attached.has(s.id))?.id ?? "";
  expect(governed && other).toBeTruthy();
});

// Own school: where each role's school role is (the governor's school for the governor, the head's for the head …).
const schoolOf = async (key: DemoKey) => {
  const v = await t.viewer(key);
  return v.roles.find((r) => r.role === "HEADTEACHER" || r.role === "SENIOR_LEADER" || r.role === "LOCAL_GOVERNOR")?.schoolId ?? v.staff?.schoolId ?? governed;
};

describe("school metrics and visits", () => {
  const readsOwn: Record<DemoKey, boolean> = { teacher: false, seniorLeader: true, head: true, networkLeader: false, governor: true, trustee: true, admin: true, multiRole: true };
  const readsOther: Record<DemoKey, boolean> = { teacher: false, seniorLeader: false, head: false, networkLeader: false, governor: false, trustee: true, admin: true, multiRole: false };
  for (const key of ROLES) {
    it(`${key}: own school ${readsOwn[key] ? "read" : "404"}, other school ${readsOther[key] ? "read" : "404"}`, async () => {
      const v = await t.viewer(key);
      const own = await schoolOf(key);
      for (const [schoolId, allowed] of [[own, readsOwn[key]], [other, readsOther[key]]] as const) {
        if (allowed) {
          expect((await schoolMetrics(v, schoolId)).school.id).toBe(schoolId);
          await expect(schoolVisits(v, schoolId)).resolves.toBeInstanceOf(Array);
        } else {
          await expect(schoolMetrics(v, schoolId)).rejects.toEqual(notFound);
          await expect(schoolVisits(v, schoolId)).rejects.toEqual(notFound);
        }
      }
    });
  }

  it("a governor records a visit to their school, and its head reads it; not to another school", async () => {
    const governor = await t.viewer("governor");
    const visit = { visitedOn: "2026-01-15", focus: "SEND", met: "the SENCO", report: "Provision maps are current." };
    expect(await runForm(recordVisit, governor, { schoolId: governed, ...visit })).toMatchObject({ ok: true });
    expect(await runForm(recordVisit, governor, { schoolId: other, ...visit })).toEqual(refused);
    const headOfGoverned = t.built.roleAssignments.find((r) => r.role === "HEADTEACHER" && r.schoolId === governed);
    const { loadViewer } = await import("@/lib/access/queries");
    const head = headOfGoverned ? await loadViewer(headOfGoverned.userId) : null;
    if (!head) throw new Error("no head of the governed school");
    expect((await schoolVisits(head, governed)).some((v) => v.report === visit.report)).toBe(true);
    expect(await runForm(recordVisit, head, { schoolId: governed, ...visit })).toEqual(refused);
  });
});

describe("the trustee dashboard", () => {
  it("is for trustees and the trust admin only", async () => {
    for (const key of ROLES) {
      const v = await t.viewer(key);
      if (key === "trustee" || key === "admin") expect((await trustDashboard(v, {})).rows.length).toBe(t.built.schools.length);
      else await expect(trustDashboard(v, {})).rejects.toEqual(notFound);
    }
  });

  it("averages each metric's latest period over the trust and over each cluster as the database does", async () => {
    const trustee = await t.viewer("trustee");
    const data = await trustDashboard(trustee, {});
    // Per metric (cluster "") and per metric and cluster, the mean of the values in the metric's latest period.
    const expected = await db().$queryRaw<{ metricId: string; cluster: string; average: number }[]>`
      WITH latest AS (SELECT "metricId", max("periodKey") AS k FROM "MetricValue" WHERE "trustId" = ${trustee.trustId}::uuid GROUP BY 1),
      v AS (SELECT v."metricId", v.value, c.name AS cluster FROM "MetricValue" v JOIN latest l ON l."metricId" = v."metricId" AND l.k = v."periodKey"
        JOIN "School" s ON s.id = v."schoolId" LEFT JOIN "Cluster" c ON c.id = s."clusterId" WHERE v."trustId" = ${trustee.trustId}::uuid)
      SELECT "metricId", '' AS cluster, avg(value)::float8 AS average FROM v GROUP BY 1
      UNION ALL SELECT "metricId", cluster, avg(value)::float8 FROM v WHERE cluster IS NOT NULL GROUP BY 1, 2`;
    const shown = data.columns
      .flatMap((c) => [{ cluster: "", value: c.trustAverage }, ...c.clusterAverages].map((a) => ({ ...a, metricId: c.metric.id, decimals: c.metric.decimals })))
      .filter((r) => r.value !== null);
    const key = (r: { metricId: string; cluster: string }) => `${r.metricId}|${r.cluster}`;
    expect(shown.filter((r) => r.cluster !== "").length).toBeGreaterThan(data.metrics.length);
    expect(shown.map(key).sort()).toEqual(expected.map(key).sort());
    const average = new Map(expected.map((r) => [key(r), r.average]));
    const off = shown.filter((r) => Math.abs((r.value ?? NaN) - (average.get(key(r)) ?? NaN)) > 10 ** -r.decimals / 2 + 1e-9);
    expect(off).toEqual([]);
  });

  it("names no member of staff in anything it returns, nor the governor's school view", async () => {
    const payload = JSON.stringify(await trustDashboard(await t.viewer("trustee"), {})) + JSON.stringify(await schoolMetrics(await t.viewer("governor"), governed));
    const named = t.built.staff.filter((s) => payload.includes(`${s.firstName} ${s.lastName}`) || payload.includes(s.email));
    expect(named).toEqual([]);
  });
});

describe("governance training", () => {
  it("governors and trustees record their own; others get not found; the board sees completion by school", async () => {
    const record = { title: "Safeguarding refresher", completedOn: "2026-02-01", hours: "2" };
    for (const key of ROLES) {
      const result = await runForm(recordTraining, await t.viewer(key), record);
      if (key === "governor" || key === "trustee" || key === "multiRole") expect(result).toMatchObject({ ok: true });
      else expect(result).toEqual(refused);
    }
    expect((await myGovernanceTraining(await t.viewer("governor"))).records.some((r) => r.title === record.title)).toBe(true);
    await expect(myGovernanceTraining(await t.viewer("teacher"))).rejects.toEqual(notFound);
    const completion = await trainingCompletion(await t.viewer("trustee"));
    expect(completion.rows).toHaveLength(t.built.schools.length + 1);
    await expect(trainingCompletion(await t.viewer("governor"))).rejects.toEqual(notFound);
  });
});

describe("governance expectations", () => {
  it("the trust admin sets them (roles required); trustees and governors cannot", async () => {
    const fields = { name: "Finance for trustees", "roles[]": ["TRUSTEE"], withinMonths: "12", renewMonths: "" };
    expect(await runForm(createExpectation, await t.viewer("admin"), fields)).toMatchObject({ ok: true });
    expect(await runForm(createExpectation, await t.viewer("trustee"), { ...fields, name: "Other" })).toEqual(refused);
    const noRoles = await runForm(createExpectation, await t.viewer("admin"), { name: "No roles", withinMonths: "6" });
    expect(noRoles.ok ? "" : JSON.stringify(noRoles.fieldErrors)).toMatch(/governors, trustees or both/);
    expect(await db().governanceExpectation.findFirst({ where: { name: "Finance for trustees" } })).toMatchObject({ roles: ["TRUSTEE"], withinMonths: 12, renewMonths: null });
  });
});

describe("metric definitions", () => {
  const attendance = async () => db().metricDefinition.findFirstOrThrow({ where: { trustId: t.built.trust.id, key: "attendance" } });
  const fields = (id: string, change: Record<string, string> = {}) => ({ id, label: "Attendance", unit: "%", direction: "HIGHER_IS_BETTER", greenAt: "95", redAt: "92", ...change });

  it("only the trust admin lists, opens and edits them; everyone else gets not found", async () => {
    const { id } = await attendance();
    for (const key of ROLES) {
      const v = await t.viewer(key);
      if (key === "admin") {
        expect((await definitionList(v)).length).toBeGreaterThan(10);
        expect((await definitionToEdit(v, id)).key).toBe("attendance");
      } else {
        await expect(definitionList(v)).rejects.toEqual(notFound);
        await expect(definitionToEdit(v, id)).rejects.toEqual(notFound);
        expect(await runForm(updateDefinition, v, fields(id, { label: "Renamed" }))).toEqual(refused);
      }
    }
    expect((await attendance()).label).toBe("Attendance");
  });

  it("refuses thresholds that disagree with the direction, a lone threshold and '1e1', field by field, changing nothing", async () => {
    const admin = await t.viewer("admin");
    const { id } = await attendance();
    const cases: [Record<string, string>, string, RegExp][] = [
      [{ greenAt: "90", redAt: "95" }, "redAt", /at or below the green one/],
      [{ direction: "LOWER_IS_BETTER" }, "redAt", /at or above the green one/],
      [{ redAt: "" }, "redAt", /both thresholds/],
      [{ greenAt: "1e1" }, "greenAt", /as a number/],
      [{ label: " " }, "label", /name/],
      [{ direction: "SIDEWAYS" }, "direction", /higher or lower/],
    ];
    for (const [change, field, message] of cases) {
      const result = await runForm(updateDefinition, admin, fields(id, change));
      expect(result.ok).toBe(false);
      expect(result.ok ? [] : result.fieldErrors[field]).toEqual([expect.stringMatching(message)]);
    }
    expect(await runForm(updateDefinition, admin, fields("not-an-id"))).toMatchObject({ ok: false, fieldErrors: { id: expect.any(Array) } });
    const after = await attendance();
    expect([after.direction, Number(after.greenAt), Number(after.redAt)]).toEqual(["HIGHER_IS_BETTER", 95, 92]);
  });

  it("a change is audited before and after and re-rates past values in the view, never rewriting them", async () => {
    const admin = await t.viewer("admin");
    const trustee = await t.viewer("trustee");
    const metric = await attendance();
    const stored = async () => JSON.stringify(await db().metricValue.findMany({ where: { metricId: metric.id }, orderBy: { id: "asc" }, select: { id: true, value: true, enteredAt: true } }));
    const history = () => db().metricValueChange.count({ where: { metricId: metric.id } });
    const rags = async () => (await trustDashboard(trustee, {})).rows.map((r) => r.cells[metric.id]?.rag).filter(Boolean);
    const [valuesBefore, historyBefore, ragsBefore] = [await stored(), await history(), await rags()];
    expect(ragsBefore.length).toBeGreaterThan(0);
    expect(ragsBefore.every((r) => r === "RED")).toBe(false);

    // Every value is 100% or below: red below 100.5 puts every rated school below threshold.
    expect(await runForm(updateDefinition, admin, fields(metric.id, { label: "Attendance (sessions)", greenAt: "101", redAt: "100.5" }))).toMatchObject({ ok: true });
    expect(new Set(await rags())).toEqual(new Set(["RED"]));
    expect((await rags()).length).toBe(ragsBefore.length);
    expect(await stored()).toBe(valuesBefore);
    expect(await history()).toBe(historyBefore);
    const entry = await db().auditLog.findFirstOrThrow({ where: { action: "metric-definition.update", entityId: metric.id }, orderBy: { at: "desc" } });
    expect(entry).toMatchObject({
      actorUserId: admin.userId,
      before: { label: "Attendance", unit: "%", direction: "HIGHER_IS_BETTER", greenAt: 95, redAt: 92 },
      after: { label: "Attendance (sessions)", unit: "%", direction: "HIGHER_IS_BETTER", greenAt: 101, redAt: 100.5 },
    });

    // Put back: the old ratings return, from the same stored values.
    expect(await runForm(updateDefinition, admin, fields(metric.id))).toMatchObject({ ok: true });
    expect(await rags()).toEqual(ragsBefore);
    // The same again changes nothing and writes no entry.
    const entries = await db().auditLog.count({ where: { action: "metric-definition.update" } });
    expect(await runForm(updateDefinition, admin, fields(metric.id))).toMatchObject({ ok: true });
    expect(await db().auditLog.count({ where: { action: "metric-definition.update" } })).toBe(entries);
  });
});

describe("governance hours and months: the shared plain-decimal rule", () => {
  it("refuses '1e1' hours and months at the field through the commands, writing nothing", async () => {
    const trainings = await db().governanceTraining.count();
    const expectations = await db().governanceExpectation.count();
    const training = await runForm(recordTraining, await t.viewer("governor"), { title: "Exponent hours", completedOn: "2026-02-01", hours: "1e1" });
    expect(training).toMatchObject({ ok: false, fieldErrors: { hours: ["Enter the hours, e.g. 1.5."] } });
    const admin = await t.viewer("admin");
    const within = await runForm(createExpectation, admin, { name: "Exponent months", "roles[]": ["TRUSTEE"], withinMonths: "1e1" });
    expect(within).toMatchObject({ ok: false, fieldErrors: { withinMonths: ["Enter how soon after appointment in whole months."] } });
    const renew = await runForm(createExpectation, admin, { name: "Exponent renewal", "roles[]": ["TRUSTEE"], withinMonths: "6", renewMonths: "1e1" });
    expect(renew).toMatchObject({ ok: false, fieldErrors: { renewMonths: ["Enter how often it is renewed in whole months."] } });
    expect(await db().governanceTraining.count()).toBe(trainings);
    expect(await db().governanceExpectation.count()).toBe(expectations);
  });
});
