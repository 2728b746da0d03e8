// Where someone worked on a day (decision 017), for many days at once: the host school of a secondment or
// swap covering the day (both ends included), else the home school of that day, read from transfers (the
// latest on or before it, else the first after it, whose "from" was home until then). The same rule as
// `worksAtSql` (lib/people/employment/queries.ts), in JS: the retention page asks it for every spell on
// eleven days, which the per-row SQL form answers in seconds at scale 10 and this in milliseconds.
export type Placement = { kind: "TRANSFER" | "SECONDMENT" | "SWAP"; fromSchoolId: string; toSchoolId: string; startDate: Date; endDate: Date | null; createdAt: Date };

export function workedAt(home: string, placements: Placement[], day: Date): string {
  let covering: Placement | undefined;
  let lastTransfer: Placement | undefined;
  let nextTransfer: Placement | undefined;
  for (const p of placements) {
    if (p.kind !== "TRANSFER") {
      if (p.startDate <= day && p.endDate !== null && p.endDate >= day && (!covering || p.startDate > covering.startDate)) covering = p;
    } else if (p.startDate <= day) {
      if (!lastTransfer || p.startDate > lastTransfer.startDate || (+p.startDate === +lastTransfer.startDate && p.createdAt > lastTransfer.createdAt)) lastTransfer = p;
    } else if (!nextTransfer || p.startDate < nextTransfer.startDate || (+p.startDate === +nextTransfer.startDate && p.createdAt < nextTransfer.createdAt)) nextTransfer = p;
  }
  return covering?.toSchoolId ?? lastTransfer?.toSchoolId ?? nextTransfer?.fromSchoolId ?? home;
}
