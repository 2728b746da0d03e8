// Which section and page of the navigation a path is in. Pure, so the browser's shell (which knows
// the path) and the unit tests share it; the sections themselves are built on the server (navigation.ts).

import type { Route } from "next";

/** `href` is a Route: Next's typed routes (decision 022) fail the type-check on a page that does not exist. */
export type NavLink = { href: Route; label: string; /** Further paths that belong to this page (its sub-pages elsewhere). */ also?: string[] };
export type NavSection = { id: string; label: string; href: Route; items: NavLink[] };

const under = (pathname: string, prefix: string) => (prefix === "/" ? pathname === "/" : pathname === prefix || pathname.startsWith(`${prefix}/`));

/** The page whose address is the longest that the path is at or under, and its section; null when none is. */
export function currentIn(sections: NavSection[], pathname: string): { section: NavSection; item: NavLink } | null {
  let best: { section: NavSection; item: NavLink; length: number } | null = null;
  for (const section of sections) {
    for (const item of section.items) {
      for (const prefix of [item.href, ...(item.also ?? [])]) {
        if (under(pathname, prefix) && (!best || prefix.length > best.length)) best = { section, item, length: prefix.length };
      }
    }
  }
  return best && { section: best.section, item: best.item };
}
