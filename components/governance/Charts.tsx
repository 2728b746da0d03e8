"use client";
// Governance charts: a metric over time (trust and clusters, or a school against the trust and its
// phase) and across schools; each sits beside a table with the same figures (components/ui/Charts.tsx).
import { LinesChart, SchoolBarChart } from "@/components/ui/Charts";

export function OverTimeChart({ data, series }: { data: Record<string, string | number | null>[]; series: { key: string; name: string }[] }) {
  return <LinesChart className="h-72 print:h-56" data={data} x="period" lines={series} />;
}

export function AcrossSchoolsChart({ data }: { data: { school: string; value: number }[] }) {
  return <SchoolBarChart data={data} value="value" name="Value" labelWidth={190} height={Math.max(160, data.length * 14)} />;
}
