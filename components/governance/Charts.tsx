"use client";
// Governance charts: a metric over time (trust and clusters, or a school against the trust and its
// phase) and across schools. recharts draws in the browser only and without motion; each chart sits
// beside a table with the same figures, for screen readers and print (aria-hidden here).
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

const COLOURS = ["#174a7c", "#b45309", "#047857", "#7c3aed", "#be123c", "#0e7490", "#4d7c0f", "#a16207"];

export function OverTimeChart({ data, series }: { data: Record<string, string | number | null>[]; series: { key: string; name: string }[] }) {
  return (
    <div aria-hidden="true" className="h-72 w-full print:h-56">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart accessibilityLayer={false} data={data} margin={{ left: 0, right: 12 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="period" tick={{ fontSize: 11 }} />
          <YAxis tick={{ fontSize: 11 }} />
          <Tooltip />
          <Legend />
          {series.map((s, i) => (
            <Line key={s.key} type="monotone" dataKey={s.key} name={s.name} stroke={COLOURS[i % COLOURS.length]} strokeWidth={i === 0 ? 3 : 1.5} dot={false} connectNulls isAnimationActive={false} />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}

export function AcrossSchoolsChart({ data }: { data: { school: string; value: number }[] }) {
  return (
    <div aria-hidden="true" className="w-full" style={{ height: Math.max(160, data.length * 14) }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart accessibilityLayer={false} data={data} layout="vertical" margin={{ left: 24, right: 12 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis type="number" tick={{ fontSize: 11 }} />
          <YAxis type="category" dataKey="school" width={190} tick={{ fontSize: 10 }} interval={0} />
          <Tooltip />
          <Bar dataKey="value" name="Value" fill="#174a7c" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
