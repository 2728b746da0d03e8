"use client";
// The one select of the portal: the form kit's Choice and the filters of GET forms both render it,
// so the options, the "all"/"choose" entry and how a chosen value is kept are written once. A client
// component (no hooks: it renders on the server all the same) so that a page sends a long list of
// options (the admin's 120 schools) as data once, not as a second copy of every <option> (issue 22).
import type { SelectHTMLAttributes } from "react";

export type Option = { value: string; label: string };

/** A <select> of `options`, with a first entry of value "" when `empty` labels one (e.g. "All schools"). */
export function Select({
  options, empty, defaultValue, ...rest
}: { options: Option[]; empty?: string; defaultValue?: string } & Omit<SelectHTMLAttributes<HTMLSelectElement>, "defaultValue" | "children">) {
  return (
    <select defaultValue={defaultValue ?? ""} {...rest}>
      {empty !== undefined && <option value="">{empty}</option>}
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}

/** A labelled select for a filter form (method="get"): the URL keeps the choice, so no form state is needed. */
export function SelectField({
  id, label, name, defaultValue, options, emptyLabel,
}: { id: string; label: string; name: string; defaultValue?: string; options: Option[]; emptyLabel?: string }) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <Select id={id} name={name} defaultValue={defaultValue} options={options} empty={emptyLabel} className="mt-1 w-full rounded border border-slate-500 bg-white px-2 py-2" />
    </div>
  );
}

/** The academic-year filter: a year's number in the URL, its label ("2025/26", maybe with a count) shown. */
export function YearSelectField({ id, value, years }: { id: string; value?: number; years: { year: number; label: string }[] }) {
  const options = years.map((y) => ({ value: String(y.year), label: y.label }));
  return <SelectField id={id} name="year" label="Academic year" defaultValue={value ? String(value) : undefined} emptyLabel="All years" options={options} />;
}
