import "server-only";
import { revalidatePath } from "next/cache";
import { unstable_rethrow } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import type { z } from "zod";
import { type ActionResult, type Command, formDataToObject } from "./action";

/** Runs a command as the signed-in viewer from a server action, then revalidates `paths` on success. */
export async function perform<S extends z.ZodType, R>(
  command: Command<S, R>,
  input: FormData | Record<string, unknown>,
  paths: string[] = [],
): Promise<ActionResult<R>> {
  const viewer = await requireViewer();
  const raw = input instanceof FormData ? formDataToObject(input) : input;
  try {
    const result = await command.run(viewer, raw);
    if (result.ok) for (const path of paths) revalidatePath(path);
    return result;
  } catch (error) {
    // notFound() and redirect() are Next's control flow, not failures.
    unstable_rethrow(error);
    const id = crypto.randomUUID();
    console.error(`[action ${id}]`, error);
    return { ok: false, message: `Something went wrong and nothing was saved (reference ${id.slice(0, 8)}).`, fieldErrors: {} };
  }
}
