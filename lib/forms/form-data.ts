// A submitted form as the commands and the browser's own checks read it. The same conversion runs in
// the browser (before the schema checks a form) and on the server (before a command parses it), so
// both see the same object.
import { stripNul } from "@/lib/validation/text";

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
