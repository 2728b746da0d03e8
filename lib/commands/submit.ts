import "server-only";
// A form's server action runs its command through here: the signed-in viewer, the form's fields,
// the command, then on success the pages that show the change refresh and, when the form leads
// elsewhere, the success message travels to the next page as a flash (lib/commands/flash.ts).
import { revalidatePath } from "next/cache";
import { redirect, unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import type { Viewer } from "@/lib/access/policy";
import { requireViewer } from "@/lib/access/viewer";
import { formDataToObject, typedValues } from "@/lib/forms/form-data";
import type { FormResult } from "@/lib/forms/result";
import type { Command } from "./command";
import { setFlash } from "./flash";
import { asRoute, type Path } from "@/lib/routes";

/** Where a form leads on success, with the message to show there (the command's own by default). */
type Destination = Path | { to: Path; flash?: string };

export async function submit<R>(
  command: Command<z.ZodType, R>,
  form: FormData,
  opts: {
    redirect?: (data: R, viewer: Viewer) => Destination | Promise<Destination>;
    /** Who acts: the signed-in viewer by default; own-account forms also serve someone still to set up a second factor. */
    viewer?: () => Promise<Viewer>;
    /** false: a failure does not hand back what was typed (passwords, codes). */
    echo?: boolean;
  } = {},
): Promise<FormResult<R>> {
  const viewer = await (opts.viewer ?? requireViewer)();
  const typed = opts.echo === false ? {} : { values: typedValues(form) };
  let outcome;
  try {
    outcome = await command.perform(viewer, formDataToObject(form));
  } catch (error) {
    // notFound() and redirect() are Next's control flow, not failures.
    unstable_rethrow(error);
    const id = crypto.randomUUID();
    console.error(`[action ${id}]`, error);
    return { ok: false, message: `Something went wrong and nothing was saved (reference ${id.slice(0, 8)}).`, fieldErrors: {}, ...typed };
  }
  const { result, paths } = outcome;
  if (!result.ok) return { ...result, ...typed };
  for (const path of paths) revalidatePath(path);
  if (opts.redirect) {
    const destination = await opts.redirect(result.data, viewer);
    const { to, flash = result.message } = typeof destination === "string" ? { to: destination } : destination;
    if (flash) await setFlash(flash);
    redirect(asRoute(to));
  }
  return result;
}
