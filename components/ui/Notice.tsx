import type { ReactNode } from "react";

/** A result to announce ("Saved as a draft."): green, and read out by screen readers as a status. */
export function Notice({ children, className = "mb-4" }: { children: ReactNode; className?: string }) {
  return <p role="status" className={`${className} rounded border-l-4 border-green-700 bg-green-50 p-2 text-green-900`.trim()}>{children}</p>;
}
