// Performance development pages on the scale-10 trust: the head's overview of their school (every member
// of staff with their reviewer and each step) and the trust's completion rates per school. Target p95 < 150 ms.
import { schoolOverview, trustCompletion } from "../../lib/appraisal/overview/queries";
import { DEMO_EMAILS } from "../../prisma/seed/demo";
import type { BenchContext, BenchPage } from "./types";

const headedSchool = async (ctx: BenchContext) => (await ctx.viewer(DEMO_EMAILS.head)).roles.find((r) => r.role === "HEADTEACHER")?.schoolId ?? "";

export const appraisalPages: BenchPage[] = [
  {
    name: "Appraisal: head's performance development overview",
    email: DEMO_EMAILS.head,
    path: async (ctx) => `/performance/schools/${await headedSchool(ctx)}`,
    sql: async (ctx, viewer) => schoolOverview(viewer, await headedSchool(ctx)),
    targetMs: 150,
  },
  { name: "Appraisal: completion by school (trustee)", email: DEMO_EMAILS.trustee, path: () => "/performance/trust", sql: (_ctx, viewer) => trustCompletion(viewer), targetMs: 150 },
];
