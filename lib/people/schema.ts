import { z } from "zod";

export const STAFF_SORTS = ["name", "school", "jobTitle", "category", "careerStage", "startDate", "fte"] as const;

/** The staff directory's URL (search params): bad values fall back to defaults rather than erroring. */
export const staffDirectoryParams = z.object({
  q: z.string().trim().max(100).catch("").default(""),
  school: z.uuid().optional().catch(undefined),
  category: z.enum(["TEACHER", "SUPPORT", "LEADERSHIP"]).optional().catch(undefined),
  careerStage: z.enum(["ECT", "EARLY_CAREER", "ESTABLISHED", "MIDDLE_LEADER", "SENIOR_LEADER", "HEADTEACHER"]).optional().catch(undefined),
  sort: z.enum(STAFF_SORTS).catch("name").default("name"),
  dir: z.enum(["asc", "desc"]).catch("asc").default("asc"),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
  size: z.coerce.number().int().pipe(z.union([z.literal(25), z.literal(50), z.literal(100)])).catch(25).default(25),
});

export type StaffDirectoryParams = z.infer<typeof staffDirectoryParams>;
