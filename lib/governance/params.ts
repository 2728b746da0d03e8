// The dashboard's URL parameters: anything malformed reads as "no filter", never an error page.
import { z } from "zod";
import { isId } from "@/lib/validation/fields";

export const dashboardParams = z.object({
  phase: z.string().regex(/^[A-Z_]{3,30}$/).optional().catch(undefined),
  cluster: z.string().refine(isId).optional().catch(undefined),
  metric: z.string().regex(/^[a-z0-9_]{1,60}$/).optional().catch(undefined),
  view: z.enum(["pupils", "staff", "development"]).catch("pupils").default("pupils"),
  /** Which of the dashboard's tables is shown: the schools grid, the cluster comparison or one metric in detail. */
  show: z.enum(["schools", "clusters", "detail"]).catch("schools").default("schools"),
  page: z.coerce.number().int().min(1).max(1000).catch(1).default(1),
});
