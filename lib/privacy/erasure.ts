// How erasure treats each table of the catalogue (issue 21 §2, decision 032): the person's rows are
// deleted, or pseudonymised (their free text cleared, the rows kept under the person's pseudonym so the
// schools' figures stay right), or kept as they are with the reason. Every catalogue entry carries one
// of these, so a new table cannot be forgotten by erasure any more than by the export.
import type { Tx } from "@/lib/db/client";
import type { Person } from "./catalogue";

/** What erasure of one person collects as it goes: files and outbox messages to remove once it commits. */
export type EraseContext = {
  pseudonym: string;
  /** Ids of every row the catalogue lists for the person, before erasure (audit entries about them are emptied). */
  recordIds: string[];
  files: Set<string>;
  mailFiles: string[];
};

export type EraseRun = (tx: Tx, p: Person, ctx: EraseContext) => Promise<number>;

export type Erasure =
  | { how: "delete"; what: string; run: EraseRun }
  | { how: "pseudonymise"; what: string; run: EraseRun }
  | { how: "keep"; what: string };

export const ERASED = "[erased]";

export const remove = (what: string, run: EraseRun): Erasure => ({ how: "delete", what, run });
export const pseudonymise = (what: string, run: EraseRun): Erasure => ({ how: "pseudonymise", what, run });
export const keep = (what: string): Erasure => ({ how: "keep", what });

/** The count of an updateMany / deleteMany. */
export const n = async (p: Promise<{ count: number }>) => (await p).count;

/** Runs `f` only when the person has a sign-in (rows keyed by user). */
export const withUser = (f: (tx: Tx, p: Person & { userId: string }, ctx: EraseContext) => Promise<number>): EraseRun => (tx, p, ctx) => (p.userId ? f(tx, { ...p, userId: p.userId }, ctx) : Promise.resolve(0));

/** Keeps the ids of files to delete once the rows no longer point at them. */
export function collect(ctx: EraseContext, ids: (string | null)[]) {
  for (const id of ids) if (id) ctx.files.add(id);
}

export const NOT_PERSONAL = keep("Not a person's data: nothing to erase");
export const PSEUDONYMOUS = keep("Kept: it names the person only through their staff record or sign-in, which carry the pseudonym after erasure, so the figures built on it stay right");
