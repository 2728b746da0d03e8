// Filters of a person's activity list: academic year and status. A GET form, so it works without JavaScript.
import { buttonClass } from "@/components/ui/Button";
import { SelectField, YearSelectField } from "@/components/ui/Select";
import { STATUS_LABEL } from "@/lib/cpd/labels";
import type { ActivityFilters as Filters } from "@/lib/cpd/reports/params";

const STATUSES = ["RETURNED", "DRAFT", "SUBMITTED", "VERIFIED"] as const;

export function ActivityFilters({ filters, years, drafts = true }: { filters: Filters; years: { year: number; label: string }[]; drafts?: boolean }) {
  return (
    <form method="get" className="flex flex-wrap items-end gap-3" role="search" aria-label="Filter activities">
      <YearSelectField id="activity-year" value={filters.year} years={years} />
      <SelectField
        id="activity-status"
        name="status"
        label="Status"
        defaultValue={filters.status}
        emptyLabel="All statuses"
        options={STATUSES.filter((s) => drafts || s !== "DRAFT").map((s) => ({ value: s, label: STATUS_LABEL[s] ?? s }))}
      />
      <button type="submit" className={buttonClass("secondary")}>
        Show
      </button>
    </form>
  );
}
