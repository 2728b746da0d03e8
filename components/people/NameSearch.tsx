// The trust admin's "find the person" box (subject access, erasure): a GET search by name that works
// without JavaScript; the page lists the matches.
import { buttonClass } from "@/components/ui/Button";

export function NameSearch({ id, label, q }: { id: string; label: string; q: string }) {
  return (
    <form method="get" role="search" aria-label={label} className="mb-4 flex flex-wrap items-end gap-3">
      <div>
        <label htmlFor={id} className="block text-sm font-medium">Name</label>
        <input id={id} name="q" type="search" defaultValue={q} className="mt-1 rounded border border-slate-500 px-2 py-2" />
      </div>
      <button type="submit" className={buttonClass("secondary")}>Find</button>
    </form>
  );
}
