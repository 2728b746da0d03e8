// The metric import and grid entry through their real form path: each kind of bad row gives its
// error with its row number and writes nothing; a good file is written in one transaction with its
// history and one audit entry; importing it again changes nothing; computed metrics cannot be typed in.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { importMetrics, saveGrid } from "@/lib/governance/commands";
import { schoolValueHistory } from "@/lib/governance/school/queries";
import { seedGovernance } from "@/prisma/seed/governance";
import { seedSmallTrust } from "../support/fixtures";
import { runForm } from "../support/form";

let t: Awaited<ReturnType<typeof seedSmallTrust>>;
let primary: { id: string; urn: number };
let secondary: { id: string; urn: number };
const counts = async () => ({ values: await db().metricValue.count(), history: await db().metricValueChange.count(), audit: await db().auditLog.count({ where: { entity: "MetricValue" } }) });

beforeAll(async () => {
  t = await seedSmallTrust();
  await seedGovernance(db(), t.built);
  const school = (phase: string) => t.built.schools.find((s) => s.phase === phase) ?? (() => { throw new Error(`no ${phase} school`); })();
  primary = school("PRIMARY");
  secondary = school("SECONDARY");
});

const csv = (...lines: string[]) => ["URN,metric,period,value", ...lines].join("\r\n");

describe("importing metric values", () => {
  it("lists every kind of bad row with its row number and writes nothing", async () => {
    const before = await counts();
    const result = await runForm(importMetrics, await t.viewer("admin"), {
      csv: csv(
        `999999,attendance,2030/31 T1,95`,
        `${primary.urn},attendence,2030/31 T1,95`,
        `${primary.urn},progress_8,2030/31,0.2`,
        `${primary.urn},attendance,2030/31 T1,120`,
        `${primary.urn},attendance,2030/31 T2,ninety`,
        `${primary.urn},attendance,2030-31 spring,95`,
        `${secondary.urn},attendance,2030/31 T1,94.1`,
        `${secondary.urn},attendance,2030/31 T1,94.2`,
        `${secondary.urn},cpd_hours_per_fte,2030/31,40`,
      ),
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const text = result.fieldErrors.csv?.join("\n") ?? "";
    expect(result.message).toMatch(/8 rows have errors, so nothing was imported/);
    for (const [row, error] of [[2, /Unknown URN/], [3, /Unknown metric/], [4, /does not apply/], [5, /out of range/], [6, /not a number/], [7, /not in the form/], [9, /Duplicate of row 8/], [10, /computed/]] as const) {
      expect(text).toMatch(new RegExp(`Row ${row}: .*${error.source}`));
    }
    expect(await counts()).toEqual(before);
  });

  it("writes a good file in one transaction, with history and one audit entry, and a second import changes nothing", async () => {
    const admin = await t.viewer("admin");
    const before = await counts();
    const file = csv(`${primary.urn},attendance,2030/31 T1,96.5`, `${secondary.urn},attendance,2030/31 T1,91`, `${secondary.urn},progress_8,2030/31,-0.62`);
    const first = await runForm(importMetrics, admin, { csv: file });
    expect(first).toMatchObject({ ok: true, data: { rows: 3, created: 3, changed: 0, unchanged: 0 } });
    expect(await counts()).toEqual({ values: before.values + 3, history: before.history + 3, audit: before.audit + 1 });
    const stored = await db().metricValue.findFirstOrThrow({ where: { schoolId: secondary.id, period: "2030/31", metric: { key: "progress_8" } } });
    expect(stored).toMatchObject({ source: "IMPORTED", enteredById: admin.userId });
    expect(Number(stored.value)).toBe(-0.62);

    const again = await runForm(importMetrics, admin, { csv: file });
    expect(again).toMatchObject({ ok: true, data: { created: 0, changed: 0, unchanged: 3 } });
    expect(await counts()).toEqual({ values: before.values + 3, history: before.history + 3, audit: before.audit + 1 });

    const changed = await runForm(importMetrics, admin, { csv: csv(`${secondary.urn},attendance,2030/31 T1,91.5`) });
    expect(changed).toMatchObject({ ok: true, data: { changed: 1 } });
    const history = await db().metricValueChange.findFirstOrThrow({ where: { schoolId: secondary.id, period: "2030/31 T1" }, orderBy: { id: "desc" } });
    expect([Number(history.before), Number(history.after), history.changedById]).toEqual([91, 91.5, admin.userId]);
    // The school's page shows it, newest first, with who changed it.
    const [latest] = await schoolValueHistory(admin, secondary.id);
    expect(latest).toMatchObject({ period: "2030/31 T1", before: 91, after: 91.5, source: "IMPORTED", by: admin.name });
  });

  it("is the trust admin's alone: a head or trustee gets not found", async () => {
    for (const key of ["head", "trustee", "governor"] as const) {
      const result = await runForm(importMetrics, await t.viewer(key), { csv: csv(`${primary.urn},attendance,2030/31 T3,96`) });
      expect(result).toEqual({ ok: false, message: "That record was not found.", fieldErrors: {} });
    }
  });
});

describe("the entry grid", () => {
  it("gives a bad cell its own field error, refuses a computed metric, and writes nothing", async () => {
    const metrics = new Map((await db().metricDefinition.findMany()).map((m) => [m.key, m.id]));
    const before = await counts();
    const cell = (schoolId: string, key: string) => `v:${schoolId}:${metrics.get(key)}`;
    const result = await runForm(saveGrid, await t.viewer("admin"), {
      period: "2031/32 T1",
      [cell(primary.id, "attendance")]: "96",
      [cell(secondary.id, "attendance")]: "9x",
      [cell(primary.id, "staff_absence_days_per_fte")]: "-1",
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors[cell(secondary.id, "attendance")]?.[0]).toMatch(/not a number/);
    expect(result.fieldErrors[cell(primary.id, "staff_absence_days_per_fte")]?.[0]).toMatch(/out of range/);
    expect(await counts()).toEqual(before);

    const computed = await runForm(saveGrid, await t.viewer("admin"), { period: "2031/32", [cell(primary.id, "cpd_hours_per_fte")]: "30" });
    expect(computed.ok ? "" : JSON.stringify(computed.fieldErrors)).toMatch(/computed from the portal/);

    const good = await runForm(saveGrid, await t.viewer("admin"), { period: "2031/32 T1", [cell(primary.id, "attendance")]: "96", [cell(secondary.id, "attendance")]: "" });
    expect(good).toMatchObject({ ok: true, data: { created: 1 } });
    expect((await db().metricValue.findFirstOrThrow({ where: { schoolId: primary.id, period: "2031/32 T1" } })).source).toBe("ENTERED");
  });
});
