"use client";
// The portal's sections: a row of links at desktop widths, one "Menu" disclosure with every page on a
// phone. Both are built from the same sections (lib/shell/navigation.ts); the path marks the current
// section (aria-current="true") and page (aria-current="page").
// Navigation hrefs are written in the shell's own list (lib/shell/navigation.ts), as plain strings.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { currentIn, type NavSection } from "@/lib/shell/nav-match";
import { Disclosure } from "./Disclosure";

export function MainNav({ sections }: { sections: NavSection[] }) {
  const pathname = usePathname();
  const current = currentIn(sections, pathname);
  // A section with its own sub-navigation marks its page there: the header marks the section ("true").
  const sectionCurrent = (s: NavSection) => (current?.section.id !== s.id ? undefined : s.items.length === 1 && pathname === s.href ? "page" : "true");
  const pageCurrent = (href: string) => (current?.item.href === href ? "page" : undefined);
  return (
    <>
      <nav aria-label="Main" className="hidden flex-1 lg:block">
        <ul className="flex items-center gap-1" data-testid="sections">
          {sections.map((s) => (
            <li key={s.id}>
              <Link
                href={s.href}
                aria-current={sectionCurrent(s)}
                className={`flex min-h-11 items-center whitespace-nowrap border-b-4 px-3 text-sm font-medium text-white no-underline hover:bg-brand-800 ${current?.section.id === s.id ? "border-white bg-brand-800" : "border-transparent"}`}
              >
                {s.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <Disclosure
        className="lg:hidden"
        summary="Menu"
        summaryClassName="rounded border border-white px-3 text-sm font-medium text-white hover:bg-brand-800"
        panelClassName="absolute inset-x-0 top-full z-20 max-h-[80vh] overflow-y-auto border-b border-slate-300 bg-white text-slate-900 shadow-lg"
      >
        <nav aria-label="Main" className="mx-auto max-w-6xl px-4 py-2">
          <ul className="divide-y divide-slate-200">
            {sections.map((s) => (
              <li key={s.id} className="py-2">
                {s.items.length === 1 ? (
                  <Link href={s.href} aria-current={pageCurrent(s.href)} className="flex min-h-11 items-center font-semibold text-brand-700 underline aria-[current=page]:no-underline">
                    {s.label}
                  </Link>
                ) : (
                  <>
                    <span className="block font-semibold text-slate-900" id={`menu-${s.id}`}>
                      {s.label}
                    </span>
                    <ul aria-labelledby={`menu-${s.id}`} className="grid gap-x-4 sm:grid-cols-2">
                      {s.items.map((item) => (
                        <li key={item.href}>
                          <Link href={item.href} aria-current={pageCurrent(item.href)} className="flex min-h-11 items-center text-brand-700 underline aria-[current=page]:font-semibold aria-[current=page]:no-underline">
                            {item.label}
                          </Link>
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </li>
            ))}
          </ul>
        </nav>
      </Disclosure>
    </>
  );
}
