import Link from "next/link";
import type { HrefFor } from "./Pager";

/**
 * One table at a time (decision 036's way): links to the views of one page, chosen by a query
 * parameter (`?show=`), the current one marked for assistive technology. Links, so they work without JavaScript.
 */
export function QueryTabs<T extends string>({
  label, tabs, current, hrefFor, param = "show", className = "mb-4",
}: { label: string; tabs: Partial<Record<T, string>>; current: T; hrefFor: HrefFor; param?: string; className?: string }) {
  const first = Object.keys(tabs)[0];
  return (
    <nav aria-label={label} className={`${className} flex flex-wrap gap-4 border-b border-slate-200 text-sm`}>
      {(Object.keys(tabs) as T[]).map((t) => (
        <Link
          key={t}
          href={hrefFor({ [param]: t === first ? "" : t, page: "" })}
          aria-current={t === current ? "page" : undefined}
          className={t === current ? "-mb-px border-b-2 border-brand-700 px-1 py-2 font-semibold" : "px-1 py-2 text-brand-700 underline"}
        >
          {tabs[t]}
        </Link>
      ))}
    </nav>
  );
}

/** The chosen view from a query value: one of `tabs`' keys, else the first. */
export function tabOf<T extends string>(tabs: Record<T, string>, value: string | string[] | undefined): T {
  const keys = Object.keys(tabs) as T[];
  return typeof value === "string" && (keys as string[]).includes(value) ? (value as T) : keys[0]!;
}
