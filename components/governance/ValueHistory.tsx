// The latest changes to a school's figures (the history every write keeps): what, from what, by whom, when.
import { TextTable, type TextLine } from "./TextTable";
import { formatDateTime } from "@/lib/dates";
import { enumLabel } from "@/lib/format";
import { formatMetric } from "@/lib/governance/rag";
import type { schoolValueHistory } from "@/lib/governance/school/queries";

type Change = Awaited<ReturnType<typeof schoolValueHistory>>[number];

export function ValueHistory({ changes }: { changes: Change[] }) {
  return (
    <section aria-labelledby="history-heading" className="space-y-3">
      <h2 id="history-heading" className="text-lg font-semibold">Recent changes to these figures</h2>
      <TextTable
        label="Recent changes"
        caption="Recent changes to the school's figures, newest first"
        empty="No changes recorded yet."
        columns={[{ header: "Metric" }, { header: "Period" }, { header: "From", right: true }, { header: "To", right: true }, { header: "How" }, { header: "By" }, { header: "When" }]}
        rows={changes.map((c): TextLine => [
          c.id, c.metric.label, c.period, formatMetric(c.before, c.metric.unit, c.metric.decimals), formatMetric(c.after, c.metric.unit, c.metric.decimals), enumLabel(c.source), c.by, formatDateTime(c.at),
        ])}
      />
    </section>
  );
}
