import { z } from "zod";
import { CareerStage, StaffCategory } from "@/lib/db/generated/enums";
import { idField, pageNumber, searchText } from "@/lib/validation/fields";
import { STAFF_SORTS } from "./sorts";

/** One school's list: 50 a page, so a small school's staff (about 26) fits on one page, never leaving one behind on page 2. */
export const STAFF_PAGE_SIZE = 50;
/** A list of many schools' staff (the trust admin's): 20 a page, so a page stays light beside the 120-school filter (issue 22: 112 kB of HTML at 50). */
export const TRUST_STAFF_PAGE_SIZE = 20;

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
  /** None asked for: STAFF_PAGE_SIZE for one school's list, TRUST_STAFF_PAGE_SIZE for many schools' (staffDirectory decides). */
  size: z.coerce.number().int().pipe(z.union([z.literal(20), z.literal(25), z.literal(50), z.literal(100)])).optional().catch(undefined),
});

export type StaffDirectoryParams = z.infer<typeof staffDirectoryParams>;
