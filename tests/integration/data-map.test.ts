// Transparency (issue 21 §5): the staff privacy page and the DPO's data map are generated from the
// privacy catalogue, the permission registry and the retention schedule. A table the catalogue exports
// that no group of lib/transparency/map.ts describes fails here, so neither page can leave it out.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { CATALOGUE, isExported } from "@/lib/privacy/catalogue";
import { DATA_GROUPS, readersOf } from "@/lib/transparency/map";
import { dataMap, privacyPage } from "@/lib/transparency/queries";
import { updateRule } from "@/lib/retention/commands";
import { DEMO_KEYS, seedSmallTrust } from "../support/fixtures";
import { runForm } from "../support/form";
import { notFound } from "../support/writes";

vi.mock("next/headers", async () => (await import("../support/next-request")).nextHeadersMock());

let trust: Awaited<ReturnType<typeof seedSmallTrust>>;
let v: Awaited<ReturnType<typeof trust.viewers>>;
beforeAll(async () => {
  trust = await seedSmallTrust();
  v = await trust.viewers();
});

const exported = Object.entries(CATALOGUE).flatMap(([m, e]) => (isExported(e) ? [m] : []));

describe("the data map", () => {
  it("describes every table the catalogue exports, each in exactly one group, with readers and a retention", async () => {
    const grouped = DATA_GROUPS.flatMap((g) => g.models);
    expect([...grouped].sort()).toEqual([...exported].sort());
    expect(new Set(grouped).size).toBe(grouped.length);
    const map = await dataMap(v.admin);
    expect(map.rows.map((r) => r.model).sort()).toEqual([...exported].sort());
    for (const row of map.rows) {
      expect(row.group, row.model).not.toBeNull();
      expect(row.readers.length, row.model).toBeGreaterThan(0);
      expect(row.retention, row.model).toMatch(/^\d+ (day|month|year)s? /);
    }
    expect(map.rows.find((r) => r.model === "Session")?.retention).toBe("90 days after the session ended");
    expect(map.rows.find((r) => r.model === "CpdActivity")).toMatchObject({ retention: "6 years after the end of employment", stored: expect.stringContaining("file store") });
  });

  it("names who may read each kind as the permission registry says", () => {
    expect(readersOf("export:any").roles).toEqual(["Trust admin"]);
    expect(readersOf("staff:view").roles).toEqual(expect.arrayContaining(["Senior leader", "Headteacher", "Trust admin"]));
    expect(readersOf("staff:view").roles).not.toContain("Trustee");
    expect(readersOf("staff:view").roles).not.toContain("Local governor");
  });

  it("is the trust admin's only", async () => {
    for (const key of DEMO_KEYS.filter((k) => k !== "admin")) await expect(dataMap(v[key]), key).rejects.toEqual(notFound);
  });
});

describe("the privacy page", () => {
  it("is open to everyone signed in, lists every exported kind, and follows the trust's schedule as edited", async () => {
    for (const key of DEMO_KEYS) {
      const page = await privacyPage(v[key]);
      expect(page.groups.flatMap((g) => g.kinds.map((k) => k.model)).sort(), key).toEqual([...exported].sort());
    }
    const security = (await privacyPage(v.teacher)).groups.find((g) => g.id === "security")!;
    expect(security.periods.map((p) => p.text)).toContain("90 days after the session ended");
    await runForm(updateRule, v.admin, { kind: "SESSIONS", period: "60", unit: "DAYS", basis: "Sixty days is enough to look into a sign-in." });
    const after = (await privacyPage(v.teacher)).groups.find((g) => g.id === "security")!;
    expect(after.periods.map((p) => p.text)).toContain("60 days after the session ended");
    expect(after.periods.map((p) => p.basis)).toContain("Sixty days is enough to look into a sign-in.");
  });
});
