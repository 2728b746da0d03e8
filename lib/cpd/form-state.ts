// What a CPD form's server action hands back to useActionState: the usual result, plus what was
// typed when it failed, so the form shows it again (also when the page is served without JavaScript).
import type { ActionResult } from "@/lib/server/action";

export type CpdFormState = (ActionResult & { values?: Record<string, string> }) | null;

/** The text fields of a submitted form (files are never echoed back). */
export function typedValues(form: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (typeof value === "string" && !key.startsWith("$ACTION")) out[key] = value;
  return out;
}
