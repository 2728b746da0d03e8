// A resubmitted activity's earlier return: when, the leader's reason, and what the member of staff changed since.
import { Table } from "@/components/ui/Table";
import type { Change } from "@/lib/cpd/history/queries";
import { formatDate } from "@/lib/dates";

type History = { at: Date; reason: string; changes: Change[] };

export function ReturnHistory({ history, resubmitted }: { history: History; resubmitted: boolean }) {
  return (
    <section aria-labelledby="return-history" className="mb-4 rounded border-l-4 border-amber-700 bg-amber-50 p-3 text-sm">
      <h2 id="return-history" className="font-semibold">
        {resubmitted ? "Submitted again after being returned" : "Returned earlier"}
      </h2>
      <p className="mt-1">
        Returned on {formatDate(history.at)}: {history.reason}
      </p>
      {history.changes.length === 0 ? (
        <p className="mt-2">Nothing was changed before it was submitted again.</p>
      ) : (
        <Table caption="What changed since it was returned" captionClassName="py-1 text-left font-medium" look="lined" className="mt-2 w-full bg-white" rowClassName="align-top"
          rows={history.changes} rowKey={(c) => c.field} columns={[
            { key: "field", header: "Field", rowHeader: true, className: "font-medium", cell: (c) => c.field },
            { key: "before", header: "Before", className: "whitespace-pre-line", cell: (c) => c.before },
            { key: "now", header: "Now", className: "whitespace-pre-line", cell: (c) => c.after },
          ]}
        />
      )}
    </section>
  );
}
