// Staff turnover (issue 11 §3): pure arithmetic and the definition printed under every figure.

export const TURNOVER_DEFINITION =
  "Turnover is the number of staff who left during the academic year divided by the average headcount: the mean of the number of staff on 1 September and on 31 August (today, for the year in progress). Headcount counts people, not FTE, at the school where they worked on that day (someone on secondment or a staff swap counts at the school they were placed at). Every recorded leaver counts, at the school they left, whatever the reason.";

export type Counts = { atStart: number; atEnd: number; leavers: number };

/** Leavers over average headcount, as a fraction; null when nobody worked there (no average to divide by). */
export function turnover({ atStart, atEnd, leavers }: Counts): number | null {
  const average = (atStart + atEnd) / 2;
  return average > 0 ? leavers / average : null;
}

/** Sums counts (a cluster's schools, the trust's clusters): the rate of a group is never an average of rates. */
export const sumCounts = (rows: Counts[]): Counts =>
  rows.reduce((a, r) => ({ atStart: a.atStart + r.atStart, atEnd: a.atEnd + r.atEnd, leavers: a.leavers + r.leavers }), { atStart: 0, atEnd: 0, leavers: 0 });

/** "12.5%", or a dash when there is no rate. */
export const formatRate = (rate: number | null) => (rate === null ? "—" : `${(Math.round(rate * 1000) / 10).toFixed(1)}%`);
