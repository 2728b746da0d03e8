// The verification queue's URL: school, academic year, sort and page. Bad values fall back to the
// defaults (every school in scope, every year, oldest submission first) rather than erroring.
import { z } from "zod";
import { idField, pageNumber } from "@/lib/validation/fields";
import { QUEUE_SORTS } from "./query";

export { QUEUE_SORTS, queueQuery, type QueueSort } from "./query";

export const queueParams = z.object({
  school: idField().optional().catch(undefined),
  /** The academic year's starting calendar year (2025 is 2025/26); none means every year. */
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  sort: z.enum(QUEUE_SORTS).catch("submitted").default("submitted"),
  dir: z.enum(["asc", "desc"]).catch("asc").default("asc"),
  page: pageNumber(),
});
export type QueueParams = z.infer<typeof queueParams>;

/**
 * The ids a bulk verification acts on. Without JavaScript the "select all on this page" box cannot tick
 * the rows, so when it is ticked the form's list of the page's ids (page[]) stands for the ticks.
 * (With JavaScript the box ticks the rows itself and is not sent.)
 */
export function withPageSelection(form: FormData): FormData {
  if (form.get("all") !== "on") return form;
  const out = new FormData();
  for (const [key, value] of form.entries()) if (key !== "ids[]" && key !== "all") out.append(key, value);
  for (const id of form.getAll("page[]")) out.append("ids[]", id);
  return out;
}

/** A person's activity list (My development, a portfolio): academic year and status. */
export const activityFilters = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  status: z.enum(["DRAFT", "SUBMITTED", "VERIFIED", "RETURNED"]).optional().catch(undefined),
});
export type ActivityFilters = z.infer<typeof activityFilters>;
