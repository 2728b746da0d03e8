import Link from "next/link";

/** The "back to …" link above a sub-page's heading. */
export function BackLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <p className="mb-3">
      <Link href={href} className="text-brand-700 underline">
        {children}
      </Link>
    </p>
  );
}
