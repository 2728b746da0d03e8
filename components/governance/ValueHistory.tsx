// The latest changes to a school's figures (the history every write keeps): what, from what, by whom, when.
import { Table, TableBox } from "@/components/ui/Table";
import { formatDateTime } from "@/lib/dates";
import { enumLabel } from "@/lib/format";
import { formatMetric } from "@/lib/governance/rag";
import type { schoolValueHistory } from "@/lib/governance/school/queries";

type Change = Awaited<ReturnType<typeof schoolValueHistory>>[number];

export function ValueHistory({ changes }: { changes: Change[] }) {
  return (
    <section aria-labelledby="history-heading" className="space-y-3">
      <h2 id="history-heading" className="text-lg font-semibold">Recent changes to these figures</h2>
      <TableBox label="Recent changes">
        <Table
          caption="Recent changes to the school's figures, newest first"
          rows={changes}
          rowKey={(c) => c.id}
          empty="No changes recorded yet."
          columns={[
            { key: "metric", header: "Metric", rowHeader: true, cell: (c) => c.metric.label },
            { key: "period", header: "Period", cell: (c) => c.period },
            { key: "before", header: "From", align: "right", cell: (c) => formatMetric(c.before, c.metric.unit, c.metric.decimals) },
            { key: "after", header: "To", align: "right", cell: (c) => formatMetric(c.after, c.metric.unit, c.metric.decimals) },
            { key: "how", header: "How", cell: (c) => enumLabel(c.source) },
            { key: "by", header: "By", cell: (c) => c.by },
            { key: "at", header: "When", cell: (c) => formatDateTime(c.at) },
          ]}
        />
      </TableBox>
    </section>
  );
}
