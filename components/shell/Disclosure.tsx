"use client";
// A <details> disclosure: it opens and closes without JavaScript. With it, the disclosure also closes
// when the page changes (the shell stays mounted across client navigations) and on Escape, which
// returns focus to its button. Only a change of page closes it: one opened before the scripts
// arrived stays open when they do.
import { usePathname } from "next/navigation";
import { useEffect, useRef, type ReactNode } from "react";

export function Disclosure(props: { summary: ReactNode; className?: string; summaryClassName: string; panelClassName: string; children: ReactNode; testId?: string }) {
  const ref = useRef<HTMLDetailsElement>(null);
  const pathname = usePathname();
  const shownAt = useRef(pathname);
  useEffect(() => {
    if (shownAt.current === pathname) return;
    shownAt.current = pathname;
    if (ref.current) ref.current.open = false;
  }, [pathname]);
  return (
    <details
      ref={ref}
      className={`group ${props.className ?? ""}`}
      onKeyDown={(event) => {
        if (event.key !== "Escape" || !ref.current?.open) return;
        ref.current.open = false;
        ref.current.querySelector("summary")?.focus();
      }}
    >
      <summary className={`flex min-h-11 cursor-pointer list-none items-center gap-2 [&::-webkit-details-marker]:hidden ${props.summaryClassName}`} data-testid={props.testId}>
        {props.summary}
        <span aria-hidden="true" className="text-xs transition-transform group-open:rotate-180">
          ▼
        </span>
      </summary>
      <div className={props.panelClassName}>{props.children}</div>
    </details>
  );
}
