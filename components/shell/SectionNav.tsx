"use client";
// The current section's own pages, under the header on every page of it (none for a one-page section).
// Navigation hrefs are written in the shell's own list (lib/shell/navigation.ts), as plain strings.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { currentIn, type NavSection } from "@/lib/shell/nav-match";

export function SectionNav({ sections }: { sections: NavSection[] }) {
  const current = currentIn(sections, usePathname());
  if (!current || current.section.items.length < 2) return null;
  const { section, item } = current;
  return (
    <nav aria-label={`${section.label} pages`} className="border-b border-slate-200 bg-white print:hidden">
      <ul className="mx-auto flex max-w-6xl flex-wrap gap-x-1 px-4">
        {section.items.map((link) => (
          <li key={link.href}>
            <Link
              href={link.href}
              aria-current={link.href === item.href ? "page" : undefined}
              className={`flex min-h-11 items-center border-b-4 px-3 text-sm font-medium ${link.href === item.href ? "border-brand-700 text-brand-800" : "border-transparent text-slate-700 hover:text-brand-700"}`}
            >
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
