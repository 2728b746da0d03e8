// Paging of lists a page has already read whole (because its figures are totals over every row): the
// page shows one slice, its totals still come from all the rows. The page number comes from the URL
// (pageNumber in lib/validation/fields); one past the last page shows the last page.

export type Paged<T> = { rows: T[]; page: number; pageCount: number; total: number };

/** Rows `size` at a time: the `page`th slice (clamped to the pages there are), with the page count and total. */
export function pageOf<T>(rows: T[], page: number, size: number): Paged<T> {
  const pageCount = Math.max(1, Math.ceil(rows.length / size));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pageCount);
  return { rows: rows.slice((current - 1) * size, current * size), page: current, pageCount, total: rows.length };
}

/** The `skip` and the clamped page for a list paged in SQL, once its `total` is counted. */
export function pageWindow(total: number, page: number, size: number) {
  const pageCount = Math.max(1, Math.ceil(total / size));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pageCount);
  return { page: current, pageCount, skip: (current - 1) * size, take: size };
}
