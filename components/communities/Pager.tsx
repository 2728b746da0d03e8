import Link from "next/link";

/** Previous/next links that keep the search in the URL (works without JavaScript). */
export function Pager({ path, query, page, pageCount, total }: { path: string; query: Record<string, string | number | undefined>; page: number; pageCount: number; total: number }) {
  // DataTable's queryHref lives in a client module, so the server builds its links here.
  const href = (changes: Record<string, number>) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...query, ...changes })) if (v !== undefined && v !== "") params.set(k, String(v));
    return `${path}?${params}`;
  };
  return (
    <nav aria-label="Pages" className="mt-3 flex items-center justify-between text-sm">
      <p aria-live="polite">
        {total.toLocaleString("en-GB")} {total === 1 ? "result" : "results"} · page {page} of {pageCount}
      </p>
      <div className="flex gap-2">
        {page > 1 && (
          <Link href={href({ page: page - 1 })} className="rounded border border-slate-400 px-3 py-1">
            Previous<span className="sr-only"> page</span>
          </Link>
        )}
        {page < pageCount && (
          <Link href={href({ page: page + 1 })} className="rounded border border-slate-400 px-3 py-1">
            Next<span className="sr-only"> page</span>
          </Link>
        )}
      </div>
    </nav>
  );
}
