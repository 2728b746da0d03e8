"use client";
// The line manager select of the staff record forms: current staff grouped by school (a manager
// must work at the same school as the person; the server checks it, and that the line never loops).
import { FieldError, inputClass, useField } from "@/components/ui/form";

export type ManagerGroup = { label: string; options: { value: string; label: string }[] };

export function LineManagerField({ groups }: { groups: ManagerGroup[] }) {
  const f = useField("lineManagerId");
  const hintId = `${f.fieldId}-hint`;
  const single = groups.length === 1;
  const option = (o: { value: string; label: string }) => (
    <option key={o.value} value={o.value}>
      {o.label}
    </option>
  );
  return (
    <div>
      <label htmlFor={f.fieldId} className="block font-medium">
        Line manager (optional)
      </label>
      <p id={hintId} className="text-sm text-slate-600">
        Someone at the same school who has not left.
      </p>
      <FieldError id={f.fieldId} errors={f.errors} />
      <select
        key={f.value ?? ""}
        id={f.fieldId}
        name="lineManagerId"
        defaultValue={f.value ?? ""}
        aria-invalid={f.errors.length > 0 || undefined}
        aria-describedby={[hintId, f.describedBy].filter(Boolean).join(" ")}
        className={inputClass(f.errors.length > 0)}
      >
        <option value="">No line manager</option>
        {single
          ? groups[0]?.options.map(option)
          : groups.map((g) => (
              <optgroup key={g.label} label={g.label}>
                {g.options.map(option)}
              </optgroup>
            ))}
      </select>
    </div>
  );
}
