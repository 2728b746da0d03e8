import "server-only";
// The one way to write (docs/decisions/008-command-helper.md). A command declares its schema, the record
// it acts on (`load`, through its domain's where-builder), its authorization (a permission of
// lib/access/policy.ts, asked about that record), its work inside the transaction it is handed,
// the audit entries that work returns, and the pages it changes. The helper runs them in that order,
// so no command can skip the check, the transaction or the audit: the entries are written by the
// helper, in the same transaction as the change.
import type { z } from "zod";
import type { Viewer } from "@/lib/access/policy";
import { db, type Prisma, type Tx } from "@/lib/db/client";
import { AppError, notFoundError, PROBLEM } from "@/lib/commands/errors";
import { type ActionResult, fieldErrorsOf } from "@/lib/forms/result";
import type { Path } from "@/lib/routes";

export type AuditEntry = { action: string; entity: string; entityId: string; before?: unknown; after?: unknown };

/** What a command's work hands back: its result and the audit entries of what it changed, or, when it
 *  found nothing to change (a second click on "Submit"), says so: no change, no entry. */
export type Done<R> = { data: R; audit: AuditEntry | AuditEntry[] } | { data: R; unchanged: true };

type Change = { before?: unknown; after?: unknown };

/** The usual end of a command's work: one record changed, its id (or the given `data`) handed back and
 *  one audit entry saying what changed on it. */
export function changed(entity: string, entityId: string, action: string, change?: Change): { data: { id: string }; audit: AuditEntry };
export function changed<R>(entity: string, entityId: string, action: string, change: Change, data: R): { data: R; audit: AuditEntry };
export function changed(entity: string, entityId: string, action: string, change: Change = {}, data: unknown = { id: entityId }) {
  return { data, audit: { action, entity, entityId, ...change } };
}

/**
 * A `load` for a create-or-update form: `{ before: null }` when the input names no record (a new one),
 * the record when `find` (through the domain's where-builder) sees it, and null ("not found") when the
 * id names a record out of the viewer's scope.
 */
export async function existingOrNew<T>(id: string | undefined, find: (id: string) => Promise<T | null>): Promise<{ before: T | null } | null> {
  if (!id) return { before: null };
  const before = await find(id);
  return before ? { before } : null;
}

export type CommandSpec<S extends z.ZodType, R, Row = undefined> = {
  schema: S;
  /**
   * The record the command acts on, read in its transaction through the domain's where-builder (and
   * locked, if the work needs it): null, out of scope or of another trust, reads as "not found". The
   * row is handed to `authorize` and to `work`, so the record check is made once, before the work.
   */
  load?: (tx: Tx, viewer: Viewer, input: z.output<S>) => Promise<Row | null>;
  /** The registry's answer for this viewer, input and loaded row; false reads as "not found" (never "forbidden"). */
  authorize: (viewer: Viewer, input: z.output<S>, row: Row) => boolean;
  work: (tx: Tx, viewer: Viewer, input: z.output<S>, row: Row) => Promise<Done<R>>;
  /** Paths whose pages show the change. */
  revalidate?: (input: z.output<S>, data: R) => Path[];
  /** The message shown (or flashed across a redirect) on success. */
  success?: string | ((data: R, input: z.output<S>) => string);
  /** Turns a known database error (e.g. a unique key) into an AppError; anything else is rethrown. */
  onError?: (error: unknown) => void;
};

export type Command<S extends z.ZodType = z.ZodType, R = unknown> = {
  schema: S;
  /** Parse → (load →) authorize → work and audit in one transaction → a result. Tests call this with any viewer. */
  run: (viewer: Viewer, raw: unknown) => Promise<ActionResult<R>>;
  /** `run`, with the paths to revalidate after a success (none after a failure), from the one parse of the input. */
  perform: (viewer: Viewer, raw: unknown) => Promise<{ result: ActionResult<R>; paths: string[] }>;
};

export { PROBLEM } from "@/lib/commands/errors";

const json = (value: unknown) => (value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue));

/** Writes audit entries in the caller's transaction (one statement however many). */
export async function writeAudit(tx: Tx, viewer: Viewer, entries: AuditEntry[]): Promise<void> {
  if (!entries.length) return;
  await tx.auditLog.createMany({
    data: entries.map((e) => ({
      trustId: viewer.trustId,
      actorUserId: viewer.userId,
      action: e.action,
      entity: e.entity,
      entityId: e.entityId,
      ...(e.before === undefined ? {} : { before: json(e.before) }),
      ...(e.after === undefined ? {} : { after: json(e.after) }),
    })),
  });
}

export function command<S extends z.ZodType, R, Row = undefined>(spec: CommandSpec<S, R, Row>): Command<S, R> {
  async function perform(viewer: Viewer, raw: unknown): Promise<{ result: ActionResult<R>; paths: string[] }> {
    const parsed = spec.schema.safeParse(raw);
    if (!parsed.success) return { result: { ok: false, message: PROBLEM, fieldErrors: fieldErrorsOf(parsed.error) }, paths: [] };
    const input = parsed.data;
    try {
      // Without a record to load, the check needs no transaction: a refusal opens none.
      if (!spec.load && !spec.authorize(viewer, input, undefined as Row)) throw notFoundError();
      const data = await db().$transaction(async (tx) => {
        const row = spec.load ? await spec.load(tx, viewer, input) : (undefined as Row);
        if (spec.load && (row === null || !spec.authorize(viewer, input, row as Row))) throw notFoundError();
        const done = await spec.work(tx, viewer, input, row as Row);
        if (!("audit" in done)) return done.data;
        const entries = Array.isArray(done.audit) ? done.audit : [done.audit];
        if (!entries.length) throw new Error("A command changed something without an audit entry.");
        await writeAudit(tx, viewer, entries);
        return done.data;
      });
      const message = typeof spec.success === "function" ? spec.success(data, input) : spec.success;
      const paths = spec.revalidate ? spec.revalidate(input, data) : [];
      return { result: message ? { ok: true, data, message } : { ok: true, data }, paths };
    } catch (error) {
      try {
        spec.onError?.(error);
      } catch (mapped) {
        error = mapped;
      }
      if (error instanceof AppError) return { result: { ok: false, message: error.userMessage, fieldErrors: error.fieldErrors }, paths: [] };
      throw error;
    }
  }
  return { schema: spec.schema, perform, run: async (viewer, raw) => (await perform(viewer, raw)).result };
}
