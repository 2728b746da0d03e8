// Retention figures (issue 11 §3): turnover with its definition written under it, and leavers by
// reason and by career stage. Server-rendered tables, no script.
import { Section } from "@/components/ui/Section";
import { Table, TableBox } from "@/components/ui/Table";
import { enumLabel } from "@/lib/format";
import { LEAVE_REASON_LABEL } from "@/lib/people/labels";
import { formatRate, TURNOVER_DEFINITION, type Counts } from "@/lib/people/turnover";

type Rated = Counts & { rate: number | null };
type Named = Rated & { key: string; name: string; group?: string };

export function TurnoverTable({ caption, rows, groupLabel }: { caption: string; rows: Named[]; groupLabel?: string }) {
  return (
    <TableBox>
      <Table caption={caption} rows={rows} rowKey={(r) => r.key} empty="No staff." columns={[
          { key: "name", header: "Name", rowHeader: true, cell: (r) => r.name },
          ...(groupLabel ? [{ key: "group", header: groupLabel, cell: (r: Named) => r.group ?? "" }] : []),
          { key: "start", header: "Staff on 1 Sept", className: "text-right", cell: (r) => r.atStart },
          { key: "end", header: "Staff at year end", className: "text-right", cell: (r) => r.atEnd },
          { key: "leavers", header: "Leavers", className: "text-right", cell: (r) => r.leavers },
          { key: "rate", header: "Turnover", className: "text-right", cell: (r) => formatRate(r.rate) },
        ]}
      />
    </TableBox>
  );
}

export const TurnoverDefinition = () => <p className="text-sm text-slate-700">{TURNOVER_DEFINITION}</p>;

function Breakdown({ title, rows, label }: { title: string; rows: { key: string; count: number }[]; label: (key: string) => string }) {
  return (
    <div>
      <h3 className="font-semibold">{title}</h3>
      {rows.length === 0 ? (
        <p className="text-slate-700">No leavers.</p>
      ) : (
        <ul className="mt-1 list-disc pl-5">
          {rows.map((r) => (
            <li key={r.key}>
              {label(r.key)}: {r.count}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function LeaverBreakdown({ reasons, stages }: { reasons: { key: string; count: number }[]; stages: { key: string; count: number }[] }) {
  return (
    <div className="grid gap-6 sm:grid-cols-2">
      <Breakdown title="Leavers by reason" rows={reasons} label={(k) => LEAVE_REASON_LABEL[k as keyof typeof LEAVE_REASON_LABEL] ?? "Not recorded"} />
      <Breakdown title="Leavers by career stage" rows={stages} label={enumLabel} />
    </div>
  );
}

/** One school's retention this year, for its development view. */
export function SchoolRetention({ data, name }: { data: { year: string; school: Rated; reasons: { key: string; count: number }[]; stages: { key: string; count: number }[] }; name: string }) {
  return (
    <Section id="retention-heading" title={`Retention, ${data.year}`} className="space-y-3">
      <TurnoverTable caption={`Staff turnover at ${name}, ${data.year}`} rows={[{ key: "school", name, ...data.school }]} />
      <TurnoverDefinition />
      <LeaverBreakdown reasons={data.reasons} stages={data.stages} />
    </Section>
  );
}
