// A GET search form's parts: the words box (named "q", labelled, its value kept from the address)
// and, for the filter grids, the search button at the foot of its cell.
import { buttonClass } from "@/components/ui/Button";

export function SearchField({ label, defaultValue, className }: { label: string; defaultValue?: string; className?: string }) {
  return (
    <div className={className}>
      <label htmlFor="q" className="block text-sm font-medium">
        {label}
      </label>
      <input id="q" name="q" type="search" defaultValue={defaultValue} className="mt-1 w-full rounded border border-slate-500 bg-white px-2 py-2" />
    </div>
  );
}

/** One more box of a GET filter grid (a name, a date), labelled, its value kept from the address. */
export function FilterField({ id, name, label, type = "text", defaultValue }: { id: string; name: string; label: string; type?: "text" | "date" | "search"; defaultValue?: string }) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <input id={id} name={name} type={type} defaultValue={defaultValue} className="mt-1 block w-full rounded border border-slate-500 bg-white px-2 py-2" />
    </div>
  );
}

export function SearchSubmit() {
  return (
    <div className="flex items-end">
      <button type="submit" className={buttonClass("primary", "w-full")}>
        Search
      </button>
    </div>
  );
}
