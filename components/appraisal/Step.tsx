// Where a step of the year stands, in words (never colour alone): done, due, or overdue.
const WORDS = { done: "Done", due: "Not yet", overdue: "Overdue" } as const;
const LOOK = { done: "text-green-800", due: "text-slate-700", overdue: "font-semibold text-red-800" } as const;

export function Step({ state }: { state: keyof typeof WORDS }) {
  return <span className={LOOK[state]}>{WORDS[state]}</span>;
}
