"use client";
// The portal's two kinds of chart. They render at once, without motion: the figures are what matters,
// and motion can trouble some users (WCAG 2.3.3). recharts draws in the browser only; every chart sits
// beside a table with the same figures, for screen readers and print, so the chart is aria-hidden.
import type { ReactElement } from "react";
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

const COLOURS = ["#174a7c", "#b45309", "#047857", "#7c3aed", "#be123c", "#0e7490", "#4d7c0f", "#a16207"];

/** `className` sets the height (or `height`, in pixels, when it depends on the data). */
function ChartBox({ className = "", height, children }: { className?: string; height?: number; children: ReactElement }) {
  return (
    <div aria-hidden="true" className={`w-full ${className}`} style={height === undefined ? undefined : { height }}>
      <ResponsiveContainer width="100%" height="100%">
        {children}
      </ResponsiveContainer>
    </div>
  );
}

/** One bar per school, the schools' names down the side. */
export function SchoolBarChart<K extends string>({
  data,
  value,
  name,
  labelWidth,
  className,
  height,
  wholeNumbers = false,
}: {
  data: ({ school: string } & Record<K, number>)[];
  value: K;
  name: string;
  labelWidth: number;
  className?: string;
  height?: number;
  wholeNumbers?: boolean;
}) {
  return (
    <ChartBox className={className} height={height}>
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
export function LinesChart({
  data,
  x,
  lines,
  className,
  percent = false,
}: {
  data: Record<string, string | number | null>[];
  x: string;
  lines: { key: string; name: string }[];
  className?: string;
  /** A 0–100 % scale instead of one fitted to the figures. */
  percent?: boolean;
}) {
  const single = lines.length === 1;
  return (
    <ChartBox className={className}>
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
