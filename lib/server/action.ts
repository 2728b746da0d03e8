// One way to build every write: parse (zod) → authorize and work (the command's run, which
// audits inside its transaction) → a result for useActionState. The server-action wrapper
// (`perform`) adds the viewer and revalidation, so tests can run commands with any viewer.
import type { z } from "zod";
import type { Viewer } from "@/lib/auth/policy";
import { stripNul } from "@/lib/validation/fields";
import { AppError } from "./errors";

export type FieldErrors = Record<string, string[]>;
export type ActionResult<T = unknown> =
  | { ok: true; data: T; message?: string }
  | { ok: false; message: string; fieldErrors: FieldErrors };

export type ActionState<T = unknown> = ActionResult<T> | null;

/** What a form's server action hands back to useActionState: the usual result, plus (optionally)
 *  what was typed when it failed, so the form shows it again (also when served without JavaScript).
 *  An ActionState is a FormState without values. */
export type FormState = (ActionResult & { values?: Record<string, string> }) | null;

/** The text fields of a submitted form (files are never echoed back); a repeated key (a group of
 *  checkboxes) keeps every value, one per line. */
export function typedValues(form: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of form.entries()) {
    if (typeof value !== "string" || key.startsWith("$ACTION")) continue;
    out[key] = out[key] === undefined ? stripNul(value) : `${out[key]}\n${stripNul(value)}`;
  }
  return out;
}

export type Command<S extends z.ZodType, R> = {
  schema: S;
  run: (viewer: Viewer, raw: unknown) => Promise<ActionResult<R>>;
};

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

export function defineCommand<S extends z.ZodType, R>(
  schema: S,
  work: (viewer: Viewer, input: z.output<S>) => Promise<R>,
  success?: string,
): Command<S, R> {
  return {
    schema,
    async run(viewer, raw) {
      const parsed = schema.safeParse(raw);
      if (!parsed.success) {
        return { ok: false, message: "There is a problem: check the highlighted fields.", fieldErrors: fieldErrorsOf(parsed.error) };
      }
      try {
        const data = await work(viewer, parsed.data);
        return success ? { ok: true, data, message: success } : { ok: true, data };
      } catch (error) {
        if (error instanceof AppError) return { ok: false, message: error.userMessage, fieldErrors: error.fieldErrors };
        throw error;
      }
    },
  };
}

/**
 * A file input left empty. Browsers send it as a nameless, empty file; once React has carried it to a
 * server action it arrives named "undefined" (busboy reports no filename and React names the File from
 * it). A file the person chose is never nameless, so an empty one they chose still reaches the schema,
 * which says "The file is empty."
 */
export function isEmptyFileInput(value: FormDataEntryValue): boolean {
  return typeof value !== "string" && value.size === 0 && (value.name === "" || value.name === "undefined" || value.name === "blob");
}

/** FormData to a plain object: repeated keys become arrays, empty file inputs are dropped, NUL bytes removed. */
export function formDataToObject(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = form
      .getAll(key)
      .filter((v) => !isEmptyFileInput(v))
      .map((v) => (typeof v === "string" ? stripNul(v) : v));
    out[key] = key.endsWith("[]") || values.length > 1 ? values : values[0];
  }
  return out;
}
