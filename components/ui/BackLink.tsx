import Link from "next/link";
import { asRoute, type Href } from "@/lib/routes";

/** A link on a line of its own (`className` spaces it from what is around it). */
export function LinkLine({ href, className, children }: { href: Href; className: string; children: React.ReactNode }) {
  return (
    <p className={className}>
      <Link href={asRoute(href)} className="text-brand-700 underline">
        {children}
      </Link>
    </p>
  );
}

/** The "back to …" link above a sub-page's heading. */
export function BackLink(props: { href: Href; children: React.ReactNode }) {
  return <LinkLine className="mb-3" {...props} />;
}
