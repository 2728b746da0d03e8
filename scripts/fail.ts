import { DatabaseUrlError } from "../lib/db/admin";

/** Ends a script with one clear line for an expected problem, a stack trace only for a bug. */
export function fail(error: unknown): never {
  if (error instanceof DatabaseUrlError || (error instanceof Error && !(error instanceof TypeError))) {
    console.error(`\n✖ ${(error as Error).message}`);
  } else if (error === undefined || error === null) {
    // A library rejected without saying why: never print a bare "undefined".
    console.error("\n✖ Stopped by an unexpected problem that gave no message (see the lines above).");
  } else {
    console.error(error);
  }
  process.exit(1);
}
