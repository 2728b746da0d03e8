// Pages of issues 18 and 21 not measured elsewhere: the trust's improvement priorities grid (trustee),
// a member of staff's development portfolio as their head opens it (which writes an access-log entry),
// and a teacher's "Who opened my records".
import { myRecordOpenings } from "../../lib/access-log/queries";
import { staffPortfolio } from "../../lib/cpd/portfolio/queries";
import { activityFilters } from "../../lib/cpd/reports/params";
import { employmentHistory } from "../../lib/people/employment/queries";
import { priorityGrid } from "../../lib/priorities/board/queries";
import { yearParam } from "../../lib/priorities/queries";
import { DEMO_EMAILS } from "../../prisma/seed/demo";
import type { BenchContext, BenchPage } from "./types";

const teacherId = async (ctx: BenchContext) => (await ctx.viewer(DEMO_EMAILS.teacher)).staff?.id ?? "";
const noFilters = activityFilters.parse({});

export const growthPages: BenchPage[] = [
  { name: "Priorities: the trust's grid by strand (trustee)", email: DEMO_EMAILS.trustee, path: () => "/priorities", sql: (_ctx, viewer) => priorityGrid(viewer, yearParam(undefined)), targetMs: 150 },
  {
    name: "Staff portfolio, with its access-log entry (head)",
    email: DEMO_EMAILS.head,
    path: async (ctx) => `/staff/${await teacherId(ctx)}`,
    sql: async (ctx, viewer) => {
      const id = await teacherId(ctx);
      return Promise.all([staffPortfolio(viewer, id, noFilters), employmentHistory(viewer, id)]);
    },
    targetMs: 150,
  },
  { name: "Who opened my records (teacher)", email: DEMO_EMAILS.teacher, path: () => "/account/access", sql: (_ctx, viewer) => myRecordOpenings(viewer, 1), targetMs: 150 },
];
