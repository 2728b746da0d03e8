import type { ReactNode } from "react";

/** A page section named by its heading (so assistive technology lists it by that name). */
export function Section({
  id, title, children, className = "space-y-2", headingClassName = "text-lg font-semibold",
}: { id: string; title: ReactNode; children: ReactNode; className?: string; headingClassName?: string }) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className={headingClassName}>
        {title}
      </h2>
      {children}
    </section>
  );
}
