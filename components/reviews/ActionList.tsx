import { NoteForm, StatusForm } from "@/components/reviews/ActionForms";
import { ACTION_STATUS_LABEL } from "@/lib/reviews/labels";
import type { ReviewActionStatus } from "@/lib/db/generated/enums";
import { formatDate } from "@/lib/dates";

type Action = {
  id: string; description: string; dueOn: Date; status: ReviewActionStatus; overdue: boolean; completedAt: Date | null; supportPeople: string | null;
  area: { name: string } | null; owner: string; supportAgreement: { giver: { name: string } } | null;
  notes: { id: string; note: string; at: Date }[];
};

/** A school's actions: overdue ones flagged in words, dated notes; the head's forms when they manage them. The owner comes
 *  as the query labels them for the viewer (a name, or a role for governors and trustees). */
export function ActionList({ actions, manage }: { actions: Action[]; manage: boolean }) {
  if (!actions.length) return <p>No actions yet.</p>;
  return (
    <ul className="space-y-4">
      {actions.map((a) => (
        <li key={a.id} className="rounded border border-slate-200 p-3" aria-labelledby={`action-${a.id}`}>
          <h3 id={`action-${a.id}`} className="font-semibold">{a.description}</h3>
          <p className="text-sm text-slate-700">
            {a.area?.name ?? "Whole school"} · owner {a.owner} · due {formatDate(a.dueOn)} · {ACTION_STATUS_LABEL[a.status]}
            {a.completedAt ? ` on ${formatDate(a.completedAt)}` : ""}
            {a.overdue && <strong className="ml-2 rounded bg-red-100 px-2 text-red-900">Overdue</strong>}
          </p>
          {(a.supportAgreement || a.supportPeople) && (
            <p className="text-sm">Support: {[a.supportAgreement?.giver.name, a.supportPeople].filter(Boolean).join("; ")}</p>
          )}
          {a.notes.length > 0 && (
            <ul className="mt-2 list-disc pl-5 text-sm">
              {a.notes.map((n) => (
                <li key={n.id}>{formatDate(n.at)}: {n.note}</li>
              ))}
            </ul>
          )}
          {manage && (
            <div className="mt-3 grid gap-3 md:grid-cols-2">
              <NoteForm actionId={a.id} />
              <StatusForm actionId={a.id} status={a.status} />
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
