"use client";
// The charts drawn with recharts, loaded only when a chart comes into view (./Charts.tsx, which holds
// the box they fill): recharts is most of a page's JavaScript, and most pages draw no chart. They render
// at once, without motion: the figures are what matters, and motion can trouble some users (WCAG 2.3.3).
import type { ReactElement } from "react";
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { LinesChartProps, SchoolBarChartProps } from "./Charts";

const COLOURS = ["#174a7c", "#b45309", "#047857", "#7c3aed", "#be123c", "#0e7490", "#4d7c0f", "#a16207"];

/** Fills the box ./Charts.tsx sized. */
function ChartBox({ children }: { children: ReactElement }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      {children}
    </ResponsiveContainer>
  );
}

/** One bar per school, the schools' names down the side. */
export function RechartsSchoolBarChart({ data, value, name, labelWidth, wholeNumbers = false }: SchoolBarChartProps<string>) {
  return (
    <ChartBox>
      <BarChart accessibilityLayer={false} data={data} layout="vertical" margin={{ left: 24, right: 12 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis type="number" tick={{ fontSize: 11 }} allowDecimals={!wholeNumbers} />
        <YAxis type="category" dataKey="school" width={labelWidth} tick={{ fontSize: 10 }} interval={0} />
        <Tooltip />
        <Bar dataKey={value} name={name} fill={COLOURS[0]} isAnimationActive={false} />
      </BarChart>
    </ChartBox>
  );
}

/**
 * Lines over `x` (terms, months). One series is drawn with its points; several have a legend and no
 * points, the first (the subject: the trust, the school) heavier than those it is compared with.
 */
export function RechartsLinesChart({ data, x, lines, percent = false }: LinesChartProps) {
  const single = lines.length === 1;
  return (
    <ChartBox>
      <LineChart accessibilityLayer={false} data={data} margin={{ left: 0, right: 12 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey={x} tick={{ fontSize: 11 }} />
        {percent ? <YAxis domain={[0, 100]} unit="%" tick={{ fontSize: 11 }} /> : <YAxis tick={{ fontSize: 11 }} />}
        <Tooltip />
        {!single && <Legend />}
        {lines.map((s, i) => (
          <Line
            key={s.key}
            type="monotone"
            dataKey={s.key}
            name={s.name}
            stroke={COLOURS[i % COLOURS.length]}
            strokeWidth={single ? 2 : i === 0 ? 3 : 1.5}
            dot={single}
            connectNulls
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ChartBox>
  );
}
