// The results' filters: a plain GET form (works without JavaScript), at most two at once. The part of the
// results being read (`show`) is kept; the page of a list starts again at the first.
import { SelectField } from "@/components/ui/Select";
import type { Filters } from "@/lib/voice/anonymity";
import { DIMENSION_VALUES } from "@/lib/voice/labels";

const opts = (r: Record<string, string>) => Object.entries(r).map(([value, label]) => ({ value, label }));

export function ResultFilters({ show, filters, schools, allSchools, phases, breakdown }: { show?: string; filters: Filters; schools: { value: string; label: string }[]; allSchools: boolean; phases: Record<string, string> | null; breakdown: boolean }) {
  if (!schools.length && !breakdown) return null;
  return (
    <form method="get" className="mb-6 grid gap-3 rounded border border-slate-200 bg-white p-3 sm:grid-cols-2 lg:grid-cols-5" aria-label="Filter the results">
      {show && <input type="hidden" name="show" value={show} />}
      {schools.length > 0 && <SelectField id="f-school" name="school" label="School" defaultValue={filters.school} options={schools} emptyLabel={allSchools ? "Every school" : undefined} />}
      {phases && <SelectField id="f-phase" name="phase" label="Phase" defaultValue={filters.phase} options={opts(phases)} emptyLabel="Every phase" />}
      {breakdown && <SelectField id="f-category" name="category" label="Staff category" defaultValue={filters.category} options={opts(DIMENSION_VALUES.category)} emptyLabel="Everyone" />}
      {breakdown && <SelectField id="f-stage" name="stage" label="Career stage" defaultValue={filters.stage} options={opts(DIMENSION_VALUES.stage)} emptyLabel="Every stage" />}
      <div className="flex items-end">
        <button type="submit" className="rounded border border-brand-700 px-4 py-2 font-semibold text-brand-700">Show</button>
      </div>
      <p className="text-sm text-slate-600 sm:col-span-2 lg:col-span-5">At most two filters at once; a school counts as one.</p>
    </form>
  );
}
