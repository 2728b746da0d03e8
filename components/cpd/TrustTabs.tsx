import Link from "next/link";

const TABS = [
  { href: "/trust-development", label: "Figures by school and cluster" },
  { href: "/trust-development/qualifications", label: "Qualifications pipeline" },
  { href: "/trust-development/settings", label: "Targets and training requirements" },
  { href: "/trust-development/retention", label: "Retention" },
] as const;

/** The trust development view's sections, as links (each its own page, so each loads only its own data). */
export function TrustTabs({ current }: { current: string }) {
  return (
    <nav aria-label="Trust development sections" className="mb-6 border-b border-slate-200">
      <ul className="flex flex-wrap gap-1">
        {TABS.map((t) => (
          <li key={t.href}>
            <Link
              href={t.href}
              aria-current={t.href === current ? "page" : undefined}
              className={`inline-block border-b-4 px-3 py-2 text-sm font-medium ${t.href === current ? "border-brand-700 text-brand-800" : "border-transparent text-slate-700 hover:text-brand-700"}`}
            >
              {t.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
