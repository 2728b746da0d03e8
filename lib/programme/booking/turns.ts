import "server-only";
// Bookings of one course take turns in this server process before they open a transaction. The course
// row's lock (lib/programme/mutations.ts lockCourse) is what keeps places from being overbooked, across
// processes too; without this queue a rush of bookers for one course would each hold a database
// connection while waiting for that lock, and the pool would run dry (a 500-person rush on a 30-place
// course). Queued here, they wait in memory and use one connection at a time.
import type { Command } from "@/lib/commands/command";

const tails = new Map<string, Promise<unknown>>();

/** Runs `work` after every earlier call with the same key has finished (succeeded or failed). */
export function inTurn<T>(key: string, work: () => Promise<T>): Promise<T> {
  const previous = tails.get(key) ?? Promise.resolve();
  const run = previous.then(work, work);
  const tail = run.catch(() => undefined);
  tails.set(key, tail);
  void tail.then(() => {
    if (tails.get(key) === tail) tails.delete(key);
  });
  return run;
}

/** The command, its runs for one key (here a course) taking turns. */
export function takingTurns<C extends Command>(inner: C, keyOf: (raw: unknown) => string): C {
  return { ...inner, run: (viewer, raw) => inTurn(keyOf(raw), () => inner.run(viewer, raw)), perform: (viewer, raw) => inTurn(keyOf(raw), () => inner.perform(viewer, raw)) };
}
