import { DatabaseUrlError } from "../lib/db/admin";

/** Ends a script with one clear line for an expected problem, a stack trace only for a bug. */
export function fail(error: unknown): never {
  if (error instanceof DatabaseUrlError || (error instanceof Error && !(error instanceof TypeError))) {
    console.error(`\n✖ ${(error as Error).message}`);
  } else {
    console.error(error);
  }
  process.exit(1);
}
