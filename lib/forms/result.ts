// What a form's server action hands back, shared by the browser's forms (useActionState) and the
// server's command helper: a result the form can show, with field errors under their field names.
import type { z } from "zod";

export type FieldErrors = Record<string, string[]>;
export type ActionResult<T = unknown> =
  | { ok: true; data: T; message?: string }
  | { ok: false; message: string; fieldErrors: FieldErrors };

export type ActionState<T = unknown> = ActionResult<T> | null;

/** What a form's server action hands back: the usual result, plus (optionally) what was typed when it
 *  failed, so the form shows it again (also when served without JavaScript). */
export type FormResult<T = unknown> = ActionResult<T> & { values?: Record<string, string> };

/** A form's useActionState state. An ActionState is a FormState without values. */
export type FormState = FormResult | null;

/** zod's issues as messages per field ("form" for the whole form), the shape forms show them in. */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}
