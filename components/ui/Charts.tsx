"use client";
// The portal's two kinds of chart. Every chart sits beside a table with the same figures, for screen
// readers and print, so the chart is aria-hidden. This file holds only the box a chart fills: recharts
// (./RechartsCharts.tsx, most of a chart page's JavaScript) is fetched when a chart comes near the
// screen or the page is printed, so a page's first load carries no chart code (issue 22, decision 034).
import dynamic from "next/dynamic";
import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from "react";

export type SchoolBarChartProps<K extends string> = {
  data: ({ school: string } & Record<K, number>)[];
  value: K;
  name: string;
  labelWidth: number;
  className?: string;
  height?: number;
  wholeNumbers?: boolean;
};

export type LinesChartProps = {
  data: Record<string, string | number | null>[];
  x: string;
  lines: { key: string; name: string }[];
  className?: string;
  /** A 0–100 % scale instead of one fitted to the figures. */
  percent?: boolean;
};

const DrawnBars = dynamic(() => import("./RechartsCharts").then((m) => m.RechartsSchoolBarChart), { ssr: false });
const DrawnLines = dynamic(() => import("./RechartsCharts").then((m) => m.RechartsLinesChart), { ssr: false });

const AtOnce = createContext(false);

/** Draws every chart inside at once: for a page made to be printed (the board pack), where a chart must not wait to be scrolled to. */
export function DrawChartsAtOnce({ children }: { children: ReactNode }) {
  return <AtOnce.Provider value>{children}</AtOnce.Provider>;
}

/** True once the box is within a screen of being seen, or the page is about to print. */
function useNearScreen(box: React.RefObject<HTMLDivElement | null>) {
  const [near, setNear] = useState(useContext(AtOnce));
  useEffect(() => {
    const element = box.current;
    if (!element || near) return;
    const show = () => setNear(true);
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && show(), { rootMargin: "100% 0px" });
    observer.observe(element);
    window.addEventListener("beforeprint", show);
    return () => {
      observer.disconnect();
      window.removeEventListener("beforeprint", show);
    };
  }, [box, near]);
  return near;
}

/** `className` sets the height (or `height`, in pixels, when it depends on the data). */
function ChartBox({ className = "", height, draw }: { className?: string; height?: number; draw: () => ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const near = useNearScreen(box);
  return (
    <div ref={box} aria-hidden="true" className={`w-full ${className}`} style={height === undefined ? undefined : { height }}>
      {near && draw()}
    </div>
  );
}

/** One bar per school, the schools' names down the side. */
export function SchoolBarChart<K extends string>(props: SchoolBarChartProps<K>) {
  return <ChartBox className={props.className} height={props.height} draw={() => <DrawnBars {...(props as SchoolBarChartProps<string>)} />} />;
}

/**
 * Lines over `x` (terms, months). One series is drawn with its points; several have a legend and no
 * points, the first (the subject: the trust, the school) heavier than those it is compared with.
 */
export function LinesChart(props: LinesChartProps) {
  return <ChartBox className={props.className} draw={() => <DrawnLines {...props} />} />;
}
