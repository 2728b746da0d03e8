"use client";
// Governance charts: a metric over time (trust and clusters, or a school against the trust and its
// phase), beside a table with the same figures (components/ui/Charts.tsx). Across schools is a sorted
// table with inline bars (./AcrossSchools.tsx): a bar chart's labels overlapped at a dozen schools.
import { LinesChart } from "@/components/ui/Charts";

export function OverTimeChart({ data, series }: { data: Record<string, string | number | null>[]; series: { key: string; name: string }[] }) {
  return <LinesChart className="h-72 print:h-56" data={data} x="period" lines={series} />;
}
