import "server-only";
// One way to build every write: parse (zod) → authorize and work (the command's run, which
// audits inside its transaction) → a result for useActionState. The server-action wrapper
// (`perform`) adds the viewer and revalidation, so tests can run commands with any viewer.
import type { z } from "zod";
import type { Viewer } from "@/lib/auth/policy";
import { AppError } from "./errors";

import type { ActionResult } from "@/lib/forms/result";
import { fieldErrorsOf } from "@/lib/forms/result";
export * from "@/lib/forms/result";
export * from "@/lib/forms/form-data";

export type Command<S extends z.ZodType, R> = {
  schema: S;
  run: (viewer: Viewer, raw: unknown) => Promise<ActionResult<R>>;
};

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

