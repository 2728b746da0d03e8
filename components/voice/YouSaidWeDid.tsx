// "You said, we did": what leaders did about earlier results, shown to staff beside the next survey.
type Action = { id: string; youSaid: string; weDid: string; question: string | null; by: string; survey?: string };

export function YouSaidWeDid({ actions, headingId, title = "You said, we did" }: { actions: Action[]; headingId: string; title?: string }) {
  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <h2 id={headingId} className="text-lg font-semibold">{title}</h2>
      {actions.length === 0 ? (
        <p className="text-slate-700">Nothing recorded yet.</p>
      ) : (
        <ul className="space-y-3">
          {actions.map((a) => (
            <li key={a.id} className="rounded border border-slate-200 bg-white p-3 break-words">
              <p className="text-sm text-slate-600">{a.by}{a.survey ? `, after ${a.survey}` : ""}{a.question ? `: “${a.question}”` : ""}</p>
              <p className="mt-1"><span className="font-semibold">You said: </span>{a.youSaid}</p>
              <p className="mt-1"><span className="font-semibold">We did: </span>{a.weDid}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
