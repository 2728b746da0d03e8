"use client";
// A trend's sparkline: an SVG image drawn in the browser from the figures the page already carries, once
// the page has hydrated. Drawn on the server, a grid's hundreds of images were most of its HTML (issue 22);
// the value and its RAG in words are the cell's content, and the trend in words is the image's alt text.
import { useSyncExternalStore } from "react";

const noop = () => () => {};

/** Rising, falling or steady over the trend, said in words for screen readers. */
function direction(values: number[], span: number): string {
  const first = values[0] ?? 0;
  const last = values[values.length - 1] ?? 0;
  return Math.abs(last - first) < span * 0.1 ? "steady" : last > first ? "rising" : "falling";
}

// One <img> of an SVG data URI (integer coordinates on a 60 × 20 box), with the trend in words as its alt text.
export function Sparkline({ values }: { values: number[] }) {
  const hydrated = useSyncExternalStore(noop, () => true, () => false);
  if (!hydrated || values.length < 2) return null;
  const min = Math.min(...values);
  const span = Math.max(...values) - min || 1;
  const points = values.map((v, i) => `${Math.round((i / (values.length - 1)) * 60)} ${Math.round(18 - ((v - min) / span) * 16)}`).join(" ");
  const svg = `%3Csvg xmlns=%27http://www.w3.org/2000/svg%27%3E%3Cpath d=%27M${points}%27 fill=%27none%27 stroke=%27gray%27 stroke-width=%271.5%27/%3E%3C/svg%3E`;
  // eslint-disable-next-line @next/next/no-img-element -- a generated data URI, nothing for next/image to optimise
  return <img src={`data:image/svg+xml,${svg}`} width={60} height={20} alt={`Trend over ${values.length} periods: ${direction(values, span)}`} />;
}
