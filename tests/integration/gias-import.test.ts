// Issue 11 §1: the school register from GIAS. A generated file with the real header is previewed
// (joining, changes, leaving, problems), then applied all or nothing or discarded; a preview made
// stale by a later change is refused; the trust admin's only.
import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/access/policy";
import { applyGiasImport, discardImport, setGiasUid } from "@/lib/gias/commands";
import { previewGias } from "@/lib/gias/mutations";
import { importPreview } from "@/lib/gias/queries";
import { listSchools } from "@/lib/org/queries";
import { adminWorklist } from "@/lib/admin/worklist/queries";
import { chunked, giasCsv, giasSchool, windows1252 } from "../support/gias";
import { DEMO_KEYS, seedSmallTrust, type DemoKey } from "../support/fixtures";
import { runForm } from "../support/form";
import { expectRefused, invalid, notFound, notFoundResult } from "../support/writes";

let trust: Awaited<ReturnType<typeof seedSmallTrust>>;
let v: Record<DemoKey, Viewer>;
const KEYS = DEMO_KEYS;
const UID = "TR04321";

beforeAll(async () => {
  trust = await seedSmallTrust();
  v = await trust.viewers();
});

/** The trust's current schools as GIAS rows, the last one left out (leaving), plus a joining special school. */
function file(extra: Record<string, string>[] = []) {
  const schools = trust.built.schools;
  const rows = schools.slice(0, -1).map((s) => giasSchool(s.urn, UID, { EstablishmentName: s.name }));
  rows.push(giasSchool(990001, UID, { EstablishmentName: "Ysgol Côr’s Special Academy", "TypeOfEstablishment (name)": "Academy special converter", "PhaseOfEducation (name)": "Not applicable" }));
  rows.push(giasSchool(990002, "TR99999", { EstablishmentName: "Someone Else's Academy" }));
  return chunked(windows1252(giasCsv([...rows, ...extra])));
}

describe("the GIAS import", () => {
  it("needs the trust's group UID first, and a file with the required columns", async () => {
    expect(await previewGias(v.admin, "x.csv", file())).toEqual({ ok: false, message: expect.stringContaining("GIAS group UID") });
    await expectRefused(() => runForm(setGiasUid, v.admin, { giasGroupUid: "not a uid" }), invalid("giasGroupUid"));
    await expectRefused(() => runForm(setGiasUid, v.head, { giasGroupUid: UID }), notFoundResult);
    expect(await runForm(setGiasUid, v.admin, { giasGroupUid: "tr04321" })).toMatchObject({ ok: true });
    const bad = chunked(new TextEncoder().encode("URN,EstablishmentName\n1,A\n"));
    expect(await previewGias(v.admin, "bad.csv", bad)).toEqual({ ok: false, message: expect.stringContaining("'Trusts (code)'") });
  });

  it("previews joining, changes and leaving, then applies them all at once; the leaving school is archived, not deleted", async () => {
    const preview = await previewGias(v.admin, "edubasealldata.csv", file());
    if (!preview.ok) throw new Error(preview.message);
    const page = await importPreview(v.admin, preview.importId);
    expect(page.plan.joining.map((s) => [s.urn, s.name, s.phase])).toEqual([[990001, "Ysgol Côr’s Special Academy", "SPECIAL"]]);
    expect(page.plan.leaving.map((s) => s.urn)).toEqual([trust.built.schools.at(-1)!.urn]);
    expect(page.plan.updates.length).toBeGreaterThan(0);
    expect((await adminWorklist(v.admin)).importsWaiting).toBe(1);

    const before = await trust.prisma.school.count();
    expect(await runForm(applyGiasImport, v.admin, { importId: preview.importId })).toMatchObject({ ok: true });
    expect(await trust.prisma.school.count()).toBe(before + 1);
    const joined = await trust.prisma.school.findUniqueOrThrow({ where: { urn: 990001 } });
    expect(joined).toMatchObject({ trustId: v.admin.trustId, phase: "SPECIAL", type: "SPECIAL_ACADEMY", pupilsOnRoll: 210, postcode: "NE1 4ST", ofstedGrade: "GOOD", clusterId: null });
    expect(Number(joined.latitude)).toBeCloseTo(54.97, 1);
    const left = await trust.prisma.school.findUniqueOrThrow({ where: { urn: trust.built.schools.at(-1)!.urn } });
    expect(left.archivedAt).not.toBeNull();
    expect((await listSchools(v.admin)).map((s) => s.id)).not.toContain(left.id);
    expect(await trust.prisma.auditLog.count({ where: { action: { in: ["school.join", "school.update", "school.leave", "import.apply"] } } })).toBe(page.plan.updates.length + 3);
    expect(await runForm(applyGiasImport, v.admin, { importId: preview.importId })).toMatchObject({ ok: false, message: expect.stringContaining("already applied") });
  });

  it("refuses to apply a file with problems or a stale preview, and nothing changes", async () => {
    const withProblem = await previewGias(v.admin, "odd.csv", file([giasSchool(990003, UID, { "TypeOfEstablishment (name)": "Welsh establishment" })]));
    if (!withProblem.ok) throw new Error(withProblem.message);
    await expectRefused(() => runForm(applyGiasImport, v.admin, { importId: withProblem.importId }), { ok: false, message: expect.stringContaining("cannot read") });
    await runForm(discardImport, v.admin, { importId: withProblem.importId });

    const stale = await previewGias(v.admin, "again.csv", file());
    if (!stale.ok) throw new Error(stale.message);
    await trust.prisma.school.update({ where: { urn: 990001 }, data: { name: "Renamed meanwhile" } });
    await expectRefused(() => runForm(applyGiasImport, v.admin, { importId: stale.importId }), { ok: false, message: expect.stringContaining("changed since this preview") });
  });

  it("is the trust admin's only", async () => {
    const preview = await previewGias(v.admin, "x.csv", file());
    if (!preview.ok) throw new Error(preview.message);
    for (const key of KEYS.filter((k) => k !== "admin")) {
      await expectRefused(() => runForm(applyGiasImport, v[key], { importId: preview.importId }), notFoundResult);
      await expectRefused(() => runForm(discardImport, v[key], { importId: preview.importId }), notFoundResult);
      await expect(importPreview(v[key], preview.importId)).rejects.toEqual(notFound);
      await expect(previewGias(v[key], "x.csv", file())).rejects.toEqual(notFound);
    }
  });
});
