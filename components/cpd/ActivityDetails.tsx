// A CPD activity in full, read-only: for its owner once verified and for the leaders who verify it.
import { STRAND_LABEL, TYPE_LABEL } from "@/lib/cpd/labels";
import { formatDate, formatHours } from "@/lib/dates";

type Activity = {
  type: string; strand: string; provider: string | null; startDate: Date; endDate: Date; minutes: number; subject: string | null;
  reflection: string | null; impact: string | null; evidenceUrl: string | null; evidenceFile: { id: string; name: string } | null;
  submittedAt?: Date | null; verifiedAt?: Date | null;
};

export function ActivityDetails({ activity: a }: { activity: Activity }) {
  const rows: [string, React.ReactNode][] = [
    ["Type", TYPE_LABEL[a.type] ?? a.type],
    ["Strand", STRAND_LABEL[a.strand] ?? a.strand],
    ["Dates", a.startDate.getTime() === a.endDate.getTime() ? formatDate(a.startDate) : `${formatDate(a.startDate)} to ${formatDate(a.endDate)}`],
    ["Hours", formatHours(a.minutes)],
    ["Provider", a.provider ?? "—"],
    ["Subject", a.subject ?? "—"],
    ["Reflection", a.reflection ?? "—"],
    ["Impact on practice", a.impact ?? "—"],
    [
      "Evidence",
      a.evidenceUrl || a.evidenceFile ? (
        <span className="flex flex-col gap-1">
          {a.evidenceUrl && (
            <a href={a.evidenceUrl} className="break-all text-brand-700 underline" rel="noopener noreferrer" target="_blank">
              {a.evidenceUrl}
            </a>
          )}
          {a.evidenceFile && (
            <a href={`/files/${a.evidenceFile.id}`} className="text-brand-700 underline">
              {a.evidenceFile.name}
            </a>
          )}
        </span>
      ) : (
        "—"
      ),
    ],
  ];
  if (a.submittedAt) rows.push(["Submitted", formatDate(a.submittedAt)]);
  if (a.verifiedAt) rows.push(["Verified", formatDate(a.verifiedAt)]);
  return (
    <dl className="grid gap-x-6 gap-y-2 rounded border border-slate-200 bg-white p-4 text-sm sm:grid-cols-[10rem_1fr]">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-medium text-slate-700">{label}</dt>
          <dd className="whitespace-pre-line">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
