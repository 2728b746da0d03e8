import Link from "next/link";

/** A link on a line of its own (`className` spaces it from what is around it). */
export function LinkLine({ href, className, children }: { href: string; className: string; children: React.ReactNode }) {
  return (
    <p className={className}>
      <Link href={href} className="text-brand-700 underline">
        {children}
      </Link>
    </p>
  );
}

/** The "back to …" link above a sub-page's heading. */
export function BackLink(props: { href: string; children: React.ReactNode }) {
  return <LinkLine className="mb-3" {...props} />;
}
