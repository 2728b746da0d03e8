// Governance pages and the import check, on the scale-10 trust (≈120 schools × 20 metrics × 15 terms):
// the targets are p95 < 150 ms for the trustee dashboard and < 3 s to check a 10,000-row import.
import { previewImport } from "../../lib/governance/import/queries";
import { trustDashboard } from "../../lib/governance/queries";
import { recentTerms } from "../../lib/governance/periods";
import { schoolMetrics } from "../../lib/governance/school/queries";
import { DEMO_EMAILS } from "../../prisma/seed/demo";
import type { BenchAction, BenchContext, BenchPage } from "./types";

const governedSchool = async (ctx: BenchContext) => {
  const governor = await ctx.viewer(DEMO_EMAILS.governor);
  return governor.roles.find((r) => r.role === "LOCAL_GOVERNOR")?.schoolId ?? "";
};
// The trustee's trust's: with --trusts, every trust has clusters of the same names.
const firstCluster = async (ctx: BenchContext) => (await ctx.prisma.cluster.findFirstOrThrow({ where: { trustId: (await ctx.viewer(DEMO_EMAILS.trustee)).trustId }, orderBy: { name: "asc" } })).id;

// One row a page (the target: p95 < 150 ms).
export const governancePages: BenchPage[] = [
  { name: "Governance: trustee dashboard (trustee home, all schools)", email: DEMO_EMAILS.trustee, path: () => "/", sql: (_ctx, viewer) => trustDashboard(viewer, {}), targetMs: 150 },
  {
    name: "Governance: dashboard, staff and finance view, one cluster (trustee)",
    email: DEMO_EMAILS.trustee,
    path: async (ctx) => `/governance?view=staff&cluster=${await firstCluster(ctx)}`,
    sql: async (ctx, viewer) => trustDashboard(viewer, { cluster: await firstCluster(ctx) }),
    targetMs: 150,
  },
  { name: "Governance: school view (governor home)", email: DEMO_EMAILS.governor, path: () => "/", sql: async (ctx, viewer) => schoolMetrics(viewer, await governedSchool(ctx)), targetMs: 150 },
];

let file: string | undefined;

/** 10,000 rows: every termly entered metric of every school over recent terms, each value changed. */
async function tenThousandRows(ctx: BenchContext): Promise<string> {
  if (file) return file;
  const { trustId } = await ctx.viewer(DEMO_EMAILS.admin);
  const schools = await ctx.prisma.school.findMany({ where: { trustId }, select: { urn: true }, orderBy: { urn: "asc" } });
  const metrics = await ctx.prisma.metricDefinition.findMany({ where: { trustId, periodKind: "TERM", source: { not: "COMPUTED" }, phases: { isEmpty: true } }, select: { key: true, minValue: true } });
  const lines = ["urn,metric,period,value"];
  for (const term of recentTerms(30)) {
    for (const s of schools) {
      for (const m of metrics) {
        if (lines.length > 10_000) break;
        lines.push(`${s.urn},${m.key},${term.label},${(Number(m.minValue ?? 0) + ((s.urn + lines.length) % 7) + 0.5).toFixed(1)}`);
      }
    }
  }
  file = lines.join("\n");
  return file;
}

export const governanceActions: BenchAction[] = [
  {
    name: "Governance: check a 10,000-row import (trust admin, preview, nothing written)",
    email: DEMO_EMAILS.admin,
    run: async (ctx, viewer) => {
      const preview = await previewImport(viewer, "bench.csv", await tenThousandRows(ctx));
      if (preview.rows !== 10_000 || preview.fileError) throw new Error(`Expected 10,000 rows, checked ${preview.rows} ${preview.fileError ?? ""}`);
    },
    targetMs: 3000,
  },
];
