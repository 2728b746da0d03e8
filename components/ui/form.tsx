"use client";
// The app's forms: a plain <form action> that works without JavaScript, enhanced by useActionState
// and, when a zod schema is given, checked in the browser with the same schema the server uses.
// `loadSchema` fetches that schema (and zod, a fifth of a page's JavaScript) when the form is first
// focused rather than with the page (issue 22); a form sent before it arrives is checked by the server,
// with the same schema and messages.
// Field errors sit next to each field with a summary at the top (GOV.UK pattern); what was typed is
// kept when the action hands it back (FormState.values). Actions returning a plain ActionState work too.
import { createContext, useActionState, useContext, useEffect, useRef, useState, type FormEvent, type ReactNode } from "react";
import { useFormStatus } from "react-dom";
import type { z } from "zod";
import { buttonClass } from "@/components/ui/Button";
import { type Option, Select } from "@/components/ui/Select";
import { formDataToObject, typedValues } from "@/lib/forms/form-data";
import { fieldErrorsOf, type FieldErrors, type FormState } from "@/lib/forms/result";
import { Notice } from "@/components/ui/Notice";

type Action = (state: FormState, form: FormData) => Promise<FormState>;
type Ctx = { id: string; errors: FieldErrors; values: Record<string, string> };
const FormContext = createContext<Ctx>({ id: "form", errors: {}, values: {} });

export function Form({
  id, action, schema, loadSchema, hidden = {}, children, className = "space-y-5", multipart = false, label, values: initial = {}, notice,
}: {
  id: string;
  action: Action;
  schema?: z.ZodType;
  /** The schema, fetched when the form is first focused: `() => import("@/lib/…/schema").then((m) => m.xSchema)`. */
  loadSchema?: () => Promise<z.ZodType>;
  hidden?: Record<string, string>;
  children: ReactNode;
  className?: string;
  multipart?: boolean;
  /** An accessible name, for forms that are a single button. */
  label?: string;
  values?: Record<string, string>;
  /** A result carried from the previous page (e.g. "Saved as a draft."), shown until the form is next submitted. */
  notice?: string;
}) {
  const [state, formAction] = useActionState(action, null);
  const checker = useRef<{ schema?: z.ZodType; loading: boolean }>({ schema, loading: false });
  function prepare() {
    if (!loadSchema || checker.current.loading) return;
    checker.current.loading = true;
    void loadSchema().then((loaded) => (checker.current.schema = loaded));
  }
  const [local, setLocal] = useState<{ errors: FieldErrors; values: Record<string, string> } | null>(null);
  const serverErrors = state && !state.ok ? state.fieldErrors : {};
  const errors = local?.errors ?? serverErrors;
  const values = local?.values ?? (state && !state.ok ? state.values : undefined) ?? initial;
  const message = local ? "There is a problem: check the highlighted fields." : state && !state.ok ? state.message : null;
  const list = Object.entries(errors);

  // A refusal from the server takes focus as the browser's own check does, so it is read out at once.
  useEffect(() => {
    if (state && !state.ok) document.getElementById(`${id}-summary`)?.focus();
  }, [state, id]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    const typed = typedValues(data);
    const parsed = (schema ?? checker.current.schema)?.safeParse(formDataToObject(data));
    if (parsed && !parsed.success) {
      event.preventDefault();
      setLocal({ errors: fieldErrorsOf(parsed.error), values: typed });
      requestAnimationFrame(() => document.getElementById(`${id}-summary`)?.focus());
      return;
    }
    setLocal(null);
  }

  return (
    <FormContext.Provider value={{ id, errors, values }}>
      <form id={id} action={formAction} onSubmit={onSubmit} onFocus={prepare} className={className} aria-label={label} noValidate {...(multipart ? { encType: "multipart/form-data" } : {})}>
        {message && (
          <div id={`${id}-summary`} tabIndex={-1} role="alert" className="rounded border-4 border-red-700 bg-white p-3" aria-labelledby={`${id}-problem`}>
            <h2 id={`${id}-problem`} className="font-semibold text-red-800">
              {message}
            </h2>
            {list.length > 0 && (
              <ul className="mt-2 list-disc pl-5">
                {list.map(([name, messages]) => (
                  <li key={name}>
                    <a href={`#${id}-${name.replace("[]", "")}`} className="text-red-800 underline">
                      {messages[0]}
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
        {!local && (state?.ok ? state.message : state === null ? notice : null) && (
          <Notice className="">{state?.ok ? state.message : notice}</Notice>
        )}
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        {children}
      </form>
    </FormContext.Provider>
  );
}

export function useField(name: string) {
  const { id, errors, values } = useContext(FormContext);
  const own = errors[name] ?? [];
  const fieldId = `${id}-${name.replace("[]", "")}`;
  return { fieldId, errors: own, value: values[name], describedBy: own.length ? `${fieldId}-error` : undefined };
}

export function FieldError({ id, errors }: { id: string; errors: string[] }) {
  if (!errors.length) return null;
  return (
    <p id={`${id}-error`} className="mt-1 text-sm font-semibold text-red-800">
      <span className="sr-only">Error: </span>
      {errors.join(" ")}
    </p>
  );
}

export const inputClass = (invalid: boolean) =>
  `mt-1 block w-full rounded border bg-white px-3 py-2 text-base ${invalid ? "border-2 border-red-700" : "border-slate-500"}`;

type Common = { name: string; label: string; hint?: string; defaultValue?: string };

function Label({ fieldId, label, hint }: { fieldId: string; label: string; hint?: string }) {
  return (
    <>
      <label htmlFor={fieldId} className="block font-medium">
        {label}
      </label>
      {hint && (
        <p id={`${fieldId}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
    </>
  );
}

const describe = (fieldId: string, hint: string | undefined, describedBy: string | undefined) =>
  [hint ? `${fieldId}-hint` : null, describedBy].filter(Boolean).join(" ") || undefined;

/** A labelled field: what its control carries (id and name, error state, what describes it), and the
 *  frame around it (label, hint and error above the control). */
function useLabelledField({ name, label, hint }: Common) {
  const f = useField(name);
  const invalid = f.errors.length > 0;
  const control = { id: f.fieldId, name, "aria-invalid": invalid || undefined, "aria-describedby": describe(f.fieldId, hint, f.describedBy), className: inputClass(invalid) };
  const frame = (input: ReactNode) => (
    <div>
      <Label fieldId={f.fieldId} label={label} hint={hint} />
      <FieldError id={f.fieldId} errors={f.errors} />
      {input}
    </div>
  );
  return { value: f.value, control, frame };
}

export function Input({ name, label, hint, defaultValue, ...rest }: Common & Omit<React.InputHTMLAttributes<HTMLInputElement>, "name" | "defaultValue">) {
  const { value, control, frame } = useLabelledField({ name, label, hint });
  return frame(<input {...control} defaultValue={rest.type === "file" ? undefined : (value ?? defaultValue)} {...rest} />);
}

export function TextArea({ name, label, hint, defaultValue, rows = 3 }: Common & { rows?: number }) {
  const { value, control, frame } = useLabelledField({ name, label, hint });
  return frame(<textarea {...control} rows={rows} defaultValue={value ?? defaultValue} />);
}

export function Choice({ name, label, hint, defaultValue, options, empty }: Common & { options: Option[]; empty?: string }) {
  const { value, control, frame } = useLabelledField({ name, label, hint });
  // A new value from a refused submit remounts the select: React applies a select's defaultValue
  // only when it mounts, and resets the form after the action, so the choice would otherwise be lost.
  return frame(<Select key={value ?? defaultValue ?? ""} {...control} defaultValue={value ?? defaultValue ?? ""} options={options} empty={empty} />);
}

/** A checkbox; its id is `${formId}-${name}-${value}`, so a group of them (same name) stays unique. */
export function Checkbox({ name, label, defaultChecked, value = "on" }: { name: string; label: string; defaultChecked?: boolean; value?: string }) {
  const { fieldId } = useField(`${name}-${value}`);
  const { values } = useContext(FormContext);
  // After a refused submit, a single checkbox shows what was sent (a box left unticked sends nothing).
  const typed = values[name] === undefined ? undefined : values[name].split("\n").includes(value);
  return (
    <div className="flex items-center gap-2">
      <input id={fieldId} name={name} type="checkbox" value={value} defaultChecked={typed ?? defaultChecked} className="h-5 w-5" />
      <label htmlFor={fieldId}>{label}</label>
    </div>
  );
}

/** A field's error, for a group of controls (e.g. the register's checkboxes); the summary links here. */
export function GroupError({ name }: { name: string }) {
  const { fieldId, errors } = useField(name);
  return (
    <div id={fieldId}>
      <FieldError id={fieldId} errors={errors} />
    </div>
  );
}

export function Submit({
  children, name, value, variant = "primary", className = "",
}: {
  children: ReactNode;
  name?: string;
  value?: string;
  variant?: "primary" | "secondary" | "danger" | "link";
  className?: string;
}) {
  const { pending } = useFormStatus();
  // A link-styled button keeps the height of its text; the others get a 44px target.
  const extra = variant === "link" ? className : `min-h-11 ${className}`;
  return (
    <button type="submit" name={name} value={value} disabled={pending} className={buttonClass(variant, extra)}>
      {children}
    </button>
  );
}
