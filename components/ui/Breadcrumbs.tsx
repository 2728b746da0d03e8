import Link from "next/link";
import { asRoute, type Href } from "@/lib/routes";

export type Crumb = { label: string; href?: Href };

/**
 * Where a deep page sits ("Reviews › cycle › review"): each step a link but the last, the current page.
 * A step the viewer may not open is given without `href` and reads as text.
 */
export function Breadcrumbs({ items }: { items: Crumb[] }) {
  return (
    <nav aria-label="Breadcrumb" className="mb-3 text-sm">
      <ol className="flex flex-wrap items-center gap-x-2">
        {items.map((c, i) => {
          const last = i === items.length - 1;
          return (
            <li key={`${i}-${c.label}`} className="flex min-w-0 items-center gap-x-2">
              {last ? (
                <span aria-current="page" className="break-words text-slate-700">
                  {c.label}
                </span>
              ) : c.href ? (
                <Link href={asRoute(c.href)} className="inline-flex min-h-6 items-center break-words text-brand-700 underline">
                  {c.label}
                </Link>
              ) : (
                <span className="break-words text-slate-700">{c.label}</span>
              )}
              {!last && (
                <span aria-hidden="true" className="text-slate-500">
                  ›
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
