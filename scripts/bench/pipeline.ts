// The leadership pipeline on the scale-10 trust (≈120 schools): the trust's succession view (issue 19's
// target: p95 < 150 ms), for the trust admin with the named lists and for a trustee as figures, and a
// head's own school plan.
import { schoolPipeline } from "../../lib/pipeline/queries";
import { trustPipeline } from "../../lib/pipeline/trust/queries";
import { DEMO_EMAILS } from "../../prisma/seed/demo";
import type { BenchContext, BenchPage } from "./types";

const headedSchool = async (ctx: BenchContext) => (await ctx.viewer(DEMO_EMAILS.head)).roles.find((r) => r.role === "HEADTEACHER")?.schoolId ?? "";

export const pipelinePages: BenchPage[] = [
  { name: "Pipeline: the trust's succession view (trust admin, named)", email: DEMO_EMAILS.admin, path: () => "/trust-pipeline", sql: (_ctx, viewer) => trustPipeline(viewer, { named: true }), targetMs: 150 },
  { name: "Pipeline: the trust's succession view (trustee, counts)", email: DEMO_EMAILS.trustee, path: () => "/governance/pipeline", sql: (_ctx, viewer) => trustPipeline(viewer, { named: false }), targetMs: 150 },
  {
    name: "Pipeline: a school's succession and talent (head)",
    email: DEMO_EMAILS.head,
    path: async (ctx) => `/succession/${await headedSchool(ctx)}`,
    sql: async (ctx, viewer) => schoolPipeline(viewer, await headedSchool(ctx)),
    targetMs: 150,
  },
];
