// Runs a command the way its server action does: the fields as a browser posts them (a FormData,
// repeated keys for ticked boxes, an empty nameless file for a file input left empty), through the
// server's own FormData conversion, then the command with the given viewer. A test that goes through
// here exercises the same parsing as the form, not a hand-made object the form could never send.
import type { Viewer } from "@/lib/access/policy";
import { formDataToObject } from "@/lib/forms/form-data";

export type FormFields = Record<string, string | number | boolean | File | readonly (string | File)[] | null | undefined>;

/** The FormData a browser would send for these fields (undefined and null are left out, as an absent field). */
export function formData(fields: FormFields): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined || value === null) continue;
    const values = Array.isArray(value) ? value : [value];
    for (const v of values) form.append(key, v instanceof File ? v : String(v));
  }
  return form;
}

/** A file input left empty, as the browser sends it. */
export const emptyFileInput = () => new File([], "", { type: "application/octet-stream" });

type Runnable<R> = { run: (viewer: Viewer, raw: unknown) => Promise<R> };

export function runForm<R>(command: Runnable<R>, viewer: Viewer, fields: FormFields): Promise<R> {
  return command.run(viewer, formDataToObject(formData(fields)));
}
