// The audit log's URL: filters by person, school, kind and date, and the page. Bad values fall back.
import { z } from "zod";
import { isCalendarDay } from "@/lib/dates";
import { idField, pageNumber, searchText } from "@/lib/validation/fields";
import { KINDS } from "./sentences";

const day = z.string().refine(isCalendarDay).optional().catch(undefined);

export const AUDIT_PAGE_SIZE = 50;

export const auditParams = z.object({
  person: searchText(100),
  school: idField().optional().catch(undefined),
  kind: z.enum(Object.keys(KINDS) as [keyof typeof KINDS, ...(keyof typeof KINDS)[]]).optional().catch(undefined),
  from: day,
  to: day,
  page: pageNumber(100_000),
});

export type AuditParams = z.infer<typeof auditParams>;
