export function SelectField({
  id,
  label,
  name,
  defaultValue,
  options,
  emptyLabel,
}: {
  id: string;
  label: string;
  name: string;
  defaultValue?: string;
  options: { value: string; label: string }[];
  emptyLabel?: string;
}) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <select id={id} name={name} defaultValue={defaultValue ?? ""} className="mt-1 w-full rounded border border-slate-400 bg-white px-2 py-2">
        {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
