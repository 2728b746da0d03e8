"use client";
// A form asking for a current authenticator code: confirms a new app, makes new recovery codes or
// turns two-step verification off. When the action hands back recovery codes, they are shown once.
// The kit's <Form> cannot show a result's data, so this one uses useActionState with the kit's parts.
import { useActionState, useEffect, useRef } from "react";
import { FieldError, inputClass, Submit } from "@/components/ui/form";
import type { ActionResult } from "@/lib/forms/result";
import { Notice } from "@/components/ui/Notice";

type Result = ActionResult<{ recoveryCodes?: string[] }>;

export function CodeForm({
  id, action, submit, variant = "primary", continueHref, done = false,
}: {
  id: string;
  action: (state: Result | null, form: FormData) => Promise<Result>;
  submit: string;
  variant?: "primary" | "danger" | "secondary";
  /** After recovery codes are shown, where to go on. */
  continueHref?: string;
  /** What the form does is already done (shown again later): say so instead of asking for a code. */
  done?: boolean;
}) {
  const [state, formAction] = useActionState(action, null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const codesRef = useRef<HTMLHeadingElement>(null);
  const errors = state && !state.ok ? (state.fieldErrors.code ?? []) : [];
  const codes = state?.ok ? state.data.recoveryCodes : undefined;

  useEffect(() => {
    if (state && !state.ok) summaryRef.current?.focus();
    if (codes) codesRef.current?.focus();
  }, [state, codes]);

  if (codes) {
    return (
      <section aria-labelledby={`${id}-codes`} className="space-y-3 rounded border-2 border-brand-700 bg-white p-4">
        <h2 id={`${id}-codes`} ref={codesRef} tabIndex={-1} className="text-lg font-semibold">
          Your recovery codes
        </h2>
        <p>
          {state?.ok && state.message} Keep these codes somewhere safe, such as a password manager. Each one signs you in once if you lose your
          authenticator app. They will not be shown again.
        </p>
        <ul className="grid grid-cols-2 gap-2 font-mono text-lg" aria-label="Recovery codes">
          {codes.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
        {continueHref && (
          <a href={continueHref} className="inline-block font-medium text-brand-700 underline">
            I have saved my recovery codes: continue
          </a>
        )}
      </section>
    );
  }

  if (done) {
    return (
      <p role="status" className="space-x-2">
        <span>Two-step verification is on.</span>
        {continueHref && (
          <a href={continueHref} className="font-medium text-brand-700 underline">
            Continue
          </a>
        )}
      </p>
    );
  }

  const fieldId = `${id}-code`;
  return (
    <form id={id} action={formAction} noValidate className="space-y-4">
      {state && !state.ok && (
        <div id={`${id}-summary`} ref={summaryRef} tabIndex={-1} role="alert" className="rounded border-4 border-red-700 bg-white p-3">
          <h3 className="font-semibold text-red-800">{state.message}</h3>
          {errors.length > 0 && (
            <ul className="mt-2 list-disc pl-5">
              <li>
                <a href={`#${fieldId}`} className="text-red-800 underline">
                  {errors[0]}
                </a>
              </li>
            </ul>
          )}
        </div>
      )}
      {state?.ok && state.message && (
        <Notice className="">{state.message}</Notice>
      )}
      <div>
        <label htmlFor={fieldId} className="block font-medium">
          Code from your authenticator app
        </label>
        <p id={`${fieldId}-hint`} className="text-sm text-slate-600">
          The 6 digits your app shows now.
        </p>
        <FieldError id={fieldId} errors={errors} />
        <input
          id={fieldId}
          name="code"
          type="text"
          inputMode="numeric"
          autoComplete="one-time-code"
          spellCheck={false}
          aria-invalid={errors.length > 0 || undefined}
          aria-describedby={[`${fieldId}-hint`, errors.length ? `${fieldId}-error` : null].filter(Boolean).join(" ")}
          className={`${inputClass(errors.length > 0)} max-w-xs`}
        />
      </div>
      <Submit variant={variant}>{submit}</Submit>
    </form>
  );
}
