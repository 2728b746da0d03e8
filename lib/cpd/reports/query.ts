// The verification queue's sorts and query string, with no zod behind them: the queue's table runs in
// the browser, which should not load zod to build a link (issue 22). ./params.ts parses the URL.
import type { QueueParams } from "./params";

export const QUEUE_SORTS = ["submitted", "staff", "date", "hours"] as const;
export type QueueSort = (typeof QUEUE_SORTS)[number];

/** The queue's query string, defaults left out, for links back to the same view of the queue. */
export function queueQuery(p: Partial<QueueParams>): string {
  const q = new URLSearchParams();
  if (p.school) q.set("school", p.school);
  if (p.year) q.set("year", String(p.year));
  if (p.sort && p.sort !== "submitted") q.set("sort", p.sort);
  if (p.dir && p.dir !== "asc") q.set("dir", p.dir);
  if (p.page && p.page > 1) q.set("page", String(p.page));
  return q.toString();
}
