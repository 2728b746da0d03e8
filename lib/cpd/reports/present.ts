// One presentation of the school development rows, shared by the table and its CSV export, so the
// export holds exactly what the table shows.
import Papa from "papaparse";
import { ENUM_LABEL } from "@/lib/format";
import { formatHours } from "../rules";

type Row = {
  id: string; name: string; jobTitle: string; category: string; careerStage: string; minutes: number; target: number | null;
  percent: number | null; onTrack: boolean; verified: number; pending: number; compliance: number;
};

export function displayRow(r: Row) {
  return {
    id: r.id,
    name: r.name,
    jobTitle: r.jobTitle,
    category: ENUM_LABEL(r.category),
    careerStage: ENUM_LABEL(r.careerStage),
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

/** CSV of the rows; cells that a spreadsheet would run as a formula are quoted with a leading apostrophe. */
export function developmentCsv(rows: Row[]): string {
  const safe = (v: string) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v);
  const data = rows.map(displayRow).map((r) => [
    safe(r.name), safe(r.jobTitle), r.category, r.careerStage, r.hours, r.target, r.percent, r.onTrack ? "Yes" : "No", String(r.verified), String(r.pending), r.compliance,
  ]);
  return Papa.unparse({ fields: HEADERS, data });
}
