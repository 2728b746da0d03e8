"use client";
// Forms of the communities pages: a plain <form action> (works without JavaScript), enhanced by
// useActionState with inline field errors and an error summary at the top (GOV.UK pattern).
import { createContext, useActionState, useContext, type ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { buttonClass } from "@/components/ui/Button";
import type { ActionState } from "@/lib/server/action";

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;
type Ctx = { id: string; state: ActionState };
const FormContext = createContext<Ctx>({ id: "form", state: null });

const errorsOf = (state: ActionState, name: string) => (state && !state.ok ? (state.fieldErrors[name] ?? []) : []);

export function ActionForm({
  id,
  action,
  hidden = {},
  children,
  className = "space-y-4",
  multipart = false,
  label,
}: {
  id: string;
  action: Action;
  hidden?: Record<string, string>;
  children: ReactNode;
  className?: string;
  multipart?: boolean;
  /** An accessible name, for forms that are a single button. */
  label?: string;
}) {
  const [state, formAction] = useActionState(action, null);
  const fieldErrors = state && !state.ok ? Object.entries(state.fieldErrors) : [];
  return (
    <FormContext.Provider value={{ id, state }}>
      <form id={id} action={formAction} className={className} aria-label={label} noValidate {...(multipart ? { encType: "multipart/form-data" } : {})}>
        {state && !state.ok && (
          <div role="alert" className="rounded border-4 border-red-700 bg-white p-3" aria-labelledby={`${id}-problem`}>
            <h2 id={`${id}-problem`} className="font-semibold text-red-800">
              {state.message}
            </h2>
            {fieldErrors.length > 0 && (
              <ul className="mt-2 list-disc pl-5">
                {fieldErrors.map(([name, messages]) => (
                  <li key={name}>
                    <a href={`#${id}-${name}`} className="text-red-800 underline">
                      {messages[0]}
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
        {state?.ok && state.message && (
          <p role="status" className="rounded border-l-4 border-green-700 bg-green-50 p-2 text-green-900">
            {state.message}
          </p>
        )}
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        {children}
      </form>
    </FormContext.Provider>
  );
}

function useField(name: string) {
  const { id, state } = useContext(FormContext);
  const errors = errorsOf(state, name);
  const fieldId = `${id}-${name}`;
  return { fieldId, errors, describedBy: errors.length ? `${fieldId}-error` : undefined };
}

function FieldError({ id, errors }: { id: string; errors: string[] }) {
  if (!errors.length) return null;
  return (
    <p id={`${id}-error`} className="mt-1 text-sm font-semibold text-red-800">
      <span className="sr-only">Error: </span>
      {errors.join(" ")}
    </p>
  );
}

const inputClass = (invalid: boolean) => `mt-1 w-full rounded border px-2 py-2 ${invalid ? "border-2 border-red-700" : "border-slate-400"}`;

type FieldProps = { name: string; label: string; hint?: string; defaultValue?: string; type?: string; required?: boolean; min?: number; max?: number; accept?: string; autoComplete?: string };

export function TextField({ name, label, hint, type = "text", ...rest }: FieldProps) {
  const { fieldId, errors, describedBy } = useField(name);
  const hintId = hint ? `${fieldId}-hint` : undefined;
  return (
    <div>
      <label htmlFor={fieldId} className="block text-sm font-medium">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      <FieldError id={fieldId} errors={errors} />
      <input
        id={fieldId}
        name={name}
        type={type}
        aria-invalid={errors.length > 0 || undefined}
        aria-describedby={[hintId, describedBy].filter(Boolean).join(" ") || undefined}
        className={inputClass(errors.length > 0)}
        {...rest}
      />
    </div>
  );
}

export function TextArea({ name, label, hint, defaultValue, rows = 4 }: FieldProps & { rows?: number }) {
  const { fieldId, errors, describedBy } = useField(name);
  return (
    <div>
      <label htmlFor={fieldId} className="block text-sm font-medium">
        {label}
      </label>
      {hint && <p className="text-sm text-slate-600">{hint}</p>}
      <FieldError id={fieldId} errors={errors} />
      <textarea id={fieldId} name={name} rows={rows} defaultValue={defaultValue} aria-invalid={errors.length > 0 || undefined} aria-describedby={describedBy} className={inputClass(errors.length > 0)} />
    </div>
  );
}

export function SelectInput({ name, label, defaultValue, options, emptyLabel }: FieldProps & { options: { value: string; label: string }[]; emptyLabel?: string }) {
  const { fieldId, errors, describedBy } = useField(name);
  return (
    <div>
      <label htmlFor={fieldId} className="block text-sm font-medium">
        {label}
      </label>
      <FieldError id={fieldId} errors={errors} />
      <select id={fieldId} name={name} defaultValue={defaultValue ?? ""} aria-invalid={errors.length > 0 || undefined} aria-describedby={describedBy} className={`${inputClass(errors.length > 0)} bg-white`}>
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

export function Checkbox({ name, label, defaultChecked, value = "on" }: { name: string; label: string; defaultChecked?: boolean; value?: string }) {
  const { fieldId } = useField(`${name}-${value}`);
  return (
    <div className="flex items-center gap-2">
      <input id={fieldId} name={name} type="checkbox" value={value} defaultChecked={defaultChecked} className="h-5 w-5" />
      <label htmlFor={fieldId}>{label}</label>
    </div>
  );
}

/** A field's error, for a group of controls (e.g. the register's checkboxes). */
export function GroupError({ name }: { name: string }) {
  const { fieldId, errors } = useField(name);
  return (
    <div id={fieldId}>
      <FieldError id={fieldId} errors={errors} />
    </div>
  );
}

export function Submit({ label, variant = "primary", name, value }: { label: string; variant?: "primary" | "secondary" | "danger" | "link"; name?: string; value?: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" name={name} value={value} disabled={pending} className={buttonClass(variant)}>
      {label}
    </button>
  );
}
