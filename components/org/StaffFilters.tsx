// The staff filters the directory and school development share: category and career stage (Prisma's
// enums, in the schema's order), the current sort carried along, and the button. A GET form's fields.
import { buttonClass } from "@/components/ui/Button";
import { SelectField } from "@/components/ui/Select";
import { CareerStage, StaffCategory } from "@/lib/db/generated/enums";
import { enumOptions } from "@/lib/format";

export function StaffFilters({ category, careerStage }: { category?: string; careerStage?: string }) {
  return (
    <>
      <SelectField id="category" name="category" label="Category" defaultValue={category} emptyLabel="All categories" options={enumOptions(Object.values(StaffCategory))} />
      <SelectField id="careerStage" name="careerStage" label="Career stage" defaultValue={careerStage} emptyLabel="All stages" options={enumOptions(Object.values(CareerStage))} />
    </>
  );
}

/** The end of a filter form: the sort survives a new filter, and one button applies them all. */
export function ApplyFilters({ sort, dir }: { sort: string; dir: string }) {
  return (
    <>
      <input type="hidden" name="sort" value={sort} />
      <input type="hidden" name="dir" value={dir} />
      <div className="flex items-end">
        <button type="submit" className={buttonClass("primary", "w-full")}>
          Apply filters
        </button>
      </div>
    </>
  );
}
