// A resubmitted activity's earlier return: when, the leader's reason, and what the member of staff changed since.
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
        <table className="mt-2 w-full bg-white">
          <caption className="py-1 text-left font-medium">What changed since it was returned</caption>
          <thead>
            <tr className="border-b text-left">
              <th scope="col" className="p-2">Field</th>
              <th scope="col" className="p-2">Before</th>
              <th scope="col" className="p-2">Now</th>
            </tr>
          </thead>
          <tbody>
            {history.changes.map((c) => (
              <tr key={c.field} className="border-b align-top">
                <th scope="row" className="p-2 text-left font-medium">
                  {c.field}
                </th>
                <td className="p-2 whitespace-pre-line">{c.before}</td>
                <td className="p-2 whitespace-pre-line">{c.after}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
