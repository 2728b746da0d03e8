"use client";
// The demands table as a client component fed compact rows (issue 22, decision 041): the page's payload
// carries each demand once, as data, not a second copy of its cells' markup. No hooks: it renders on the
// server all the same, and each decision is the same form (a plain POST without JavaScript).
import { Table, TableBox } from "@/components/ui/Table";
import type { DemandKind, DemandStatus } from "@/lib/db/generated/enums";
import { DIMENSION_VALUES, NOT_ENOUGH } from "@/lib/voice/labels";
import { hours, KIND_LABEL, STATUS_LABEL } from "@/lib/workload/labels";
import { DecideForm } from "./WorkloadForms";

export type DemandRow = {
  id: string; title: string; kind: DemandKind; scope: string; affects: string[]; status: DemandStatus; reviewOn: string;
  expectedMinutes: number; offsetMinutes: number; replaces: string; reported: { minutes: number; n: number } | "too-few" | null; approve: boolean;
};

const who = (a: string[]) => a.map((c) => DIMENSION_VALUES.category[c] ?? c).join(", ");

export function DemandsTable({ rows, caption }: { rows: DemandRow[]; caption: string }) {
  return (
    <TableBox label="Demands">
      <Table
        caption={caption}
        rows={rows}
        rowKey={(x) => x.id}
        empty="No demands recorded yet."
        columns={[
          { key: "title", header: "Demand", rowHeader: true, cell: (x) => <span className="break-words">{x.title}<span className="block text-xs text-slate-600">{`${KIND_LABEL[x.kind]}, ${x.scope}; falls on ${who(x.affects)}`}</span></span> },
          { key: "expected", header: "Expected", align: "right", cell: (x) => hours(x.expectedMinutes) },
          { key: "reported", header: "Reported", align: "right", cell: (x) => (x.reported === null ? "Not checked yet" : x.reported === "too-few" ? NOT_ENOUGH : `${hours(x.reported.minutes)} (${x.reported.n} answers)`) },
          { key: "offset", header: "Replaces", cell: (x) => <span className="break-words">{`${x.replaces} (${hours(x.offsetMinutes)})`}</span> },
          { key: "status", header: "Status", cell: (x) => (x.approve ? <DecideForm demandId={x.id} title={x.title} /> : `${STATUS_LABEL[x.status]}, review ${x.reviewOn}`) },
        ]}
      />
    </TableBox>
  );
}
