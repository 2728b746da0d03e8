"use client";
// While an export is being built, the page reads itself again every two seconds; without JavaScript a
// Refresh link does the same.
import { useRouter } from "next/navigation";
import { useEffect } from "react";

export function ExportRefresh({ running }: { running: boolean }) {
  const router = useRouter();
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => router.refresh(), 2000);
    return () => clearInterval(timer);
  }, [running, router]);
  return running ? (
    <p className="text-sm" role="status">
      Being built in the background. <a href="" className="text-brand-700 underline">Refresh</a> to see its progress.
    </p>
  ) : null;
}
