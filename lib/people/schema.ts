import { z } from "zod";
import { CareerStage, StaffCategory } from "@/lib/db/generated/enums";
import { idField, pageNumber, searchText } from "@/lib/validation/fields";
import { STAFF_SORTS } from "./sorts";

/**
 * 25 a page (50 and 100 on asking): a small school's staff (~26) fits on about one page, and a page of
 * the trust's 6,800 stays light with the admin's 120-school filter (issue 22: 112 kB of HTML at 50).
 */
export const STAFF_PAGE_SIZE = 25;

export { STAFF_SORTS };

/** The staff directory's URL (search params): bad values fall back to defaults rather than erroring. */
export const staffDirectoryParams = z.object({
  q: searchText(100),
  school: idField().optional().catch(undefined),
  category: z.enum(StaffCategory).optional().catch(undefined),
  careerStage: z.enum(CareerStage).optional().catch(undefined),
  sort: z.enum(STAFF_SORTS).catch("name").default("name"),
  dir: z.enum(["asc", "desc"]).catch("asc").default("asc"),
  page: pageNumber(10_000),
  size: z.coerce.number().int().pipe(z.union([z.literal(25), z.literal(50), z.literal(100)])).catch(STAFF_PAGE_SIZE).default(STAFF_PAGE_SIZE),
});

export type StaffDirectoryParams = z.infer<typeof staffDirectoryParams>;
