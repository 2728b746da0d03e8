// The access log's URLs: the admin's search (whose record, who opened it, dates) and a page number.
import { z } from "zod";
import { isCalendarDay } from "@/lib/dates";
import { pageNumber, searchText } from "@/lib/validation/fields";

const day = z.string().refine(isCalendarDay).optional().catch(undefined);

/** 30 a page: at 50 the trust admin's access log was 95.9 kB of HTML at scale 10 (issue 22, decision 039). */
export const ACCESS_PAGE_SIZE = 30;

export const accessSearchParams = z.object({
  subject: searchText(100),
  reader: searchText(100),
  from: day,
  to: day,
  page: pageNumber(100_000),
});
export type AccessSearchParams = z.infer<typeof accessSearchParams>;

export const ownAccessParams = z.object({ page: pageNumber(10_000) });
