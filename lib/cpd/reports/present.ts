import "server-only";
// One presentation of the school development rows, shared by the table and its CSV export, so the
// export holds exactly what the table shows.
import { toCsv } from "@/lib/csv";
import { enumLabel } from "@/lib/format";
import { formatHours } from "@/lib/dates";

type Row = {
  id: string; name: string; jobTitle: string; category: string; careerStage: string; minutes: number; target: number | null;
  percent: number | null; onTrack: boolean; verified: number; pending: number; compliance: number;
};

export function displayRow(r: Row) {
  return {
    id: r.id,
    name: r.name,
    jobTitle: r.jobTitle,
    category: enumLabel(r.category),
    careerStage: enumLabel(r.careerStage),
    hours: formatHours(r.minutes),
    target: r.target === null ? "" : formatHours(r.target),
    percent: r.percent === null ? "—" : `${r.percent}%`,
    onTrack: r.onTrack,
    verified: r.verified,
    pending: r.pending,
    compliance: `${r.compliance}%`,
  };
}

const HEADERS = ["Name", "Job title", "Category", "Career stage", "Hours this year", "Target hours", "% of target", "On track", "Verified", "Pending", "Training compliance"];

/** CSV of exactly the table's rows and columns (formula escaping is toCsv's, on every column). */
export function developmentCsv(rows: Row[]): string {
  const data = rows.map(displayRow).map((r) => [r.name, r.jobTitle, r.category, r.careerStage, r.hours, r.target, r.percent, r.onTrack, r.verified, r.pending, r.compliance]);
  return toCsv(HEADERS, data);
}
