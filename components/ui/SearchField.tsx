// The words box of a GET search form: named "q", labelled, its value kept from the address.

export function SearchField({ label, defaultValue, className }: { label: string; defaultValue?: string; className?: string }) {
  return (
    <div className={className}>
      <label htmlFor="q" className="block text-sm font-medium">
        {label}
      </label>
      <input id="q" name="q" type="search" defaultValue={defaultValue} className="mt-1 w-full rounded border border-slate-400 px-2 py-2" />
    </div>
  );
}
