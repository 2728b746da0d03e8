"use client";
// The browser's own print dialog (the print stylesheet lays the pack out on A4 landscape); Ctrl+P does the same.
import { buttonClass } from "@/components/ui/Button";

export function PrintButton() {
  return (
    <button type="button" onClick={() => window.print()} className={buttonClass("secondary", "min-h-11")}>
      Print
    </button>
  );
}
