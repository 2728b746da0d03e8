import Link from "next/link";
import type { Route } from "next";
import { asRoute, type Href, withQuery } from "@/lib/routes";

export type HrefFor = (changes: Record<string, string | number>) => Route;

/** A URL builder for `path` keeping the current query and applying `changes` (empty values dropped). */
export function queryHref(path: Href, current: Record<string, string | number | undefined>): HrefFor {
  return (changes) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...current, ...changes })) if (v !== undefined && v !== "") params.set(k, String(v));
    return asRoute(withQuery(path, params));
  };
}

/**
 * Result count and previous/next links; the URL is the state, so it works without JavaScript. Several
 * lists on one page each give their own `param` (the page number's name) and `label` (the nav's name).
 */
export function Pager({ hrefFor, page, pageCount, total, param = "page", label = "Pages" }: { hrefFor: HrefFor; page: number; pageCount: number; total: number; param?: string; label?: string }) {
  return (
    <nav aria-label={label} className="mt-3 flex items-center justify-between text-sm">
      <p aria-live="polite">
        {total.toLocaleString("en-GB")} {total === 1 ? "result" : "results"} · page {page} of {pageCount}
      </p>
      <div className="flex gap-2">
        {page > 1 && (
          <Link href={hrefFor({ [param]: page - 1 })} className="rounded border border-slate-400 px-3 py-1">
            Previous<span className="sr-only"> page</span>
          </Link>
        )}
        {page < pageCount && (
          <Link href={hrefFor({ [param]: page + 1 })} className="rounded border border-slate-400 px-3 py-1">
            Next<span className="sr-only"> page</span>
          </Link>
        )}
      </div>
    </nav>
  );
}
