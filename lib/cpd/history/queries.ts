import "server-only";
// A resubmitted activity's history, read from the audit log: the reason it was last returned, and
// which fields the member of staff changed since (the first edit after the return holds, as its
// "before", the record exactly as the leader returned it).
import type { Viewer } from "@/lib/access/policy";
import { db } from "@/lib/db/client";
import { STRAND_LABEL, TYPE_LABEL } from "../labels";
import { formatDate, formatHours } from "@/lib/dates";

/** Which of these activities were returned at least once before. */
export async function returnedBefore(viewer: Viewer, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db().auditLog.findMany({
    where: { trustId: viewer.trustId, entity: "CpdActivity", entityId: { in: ids }, action: "cpd.return" },
    select: { entityId: true },
    distinct: ["entityId"],
  });
  return new Set(rows.map((r) => r.entityId));
}

type Snapshot = Record<string, unknown>;
type Current = {
  title: string; type: string; strand: string; provider: string | null; startDate: Date; endDate: Date; minutes: number; subject: string | null;
  reflection: string | null; impact: string | null; evidenceUrl: string | null; evidenceFileId: string | null;
};

const day = (v: unknown) => (v ? formatDate(new Date(String(v))) : "—");
const text = (v: unknown) => (v === null || v === undefined || v === "" ? "—" : String(v));

/** The fields a leader checks, each with how to show it, in the order of the activity form. */
const FIELDS: [keyof Current, string, (v: unknown) => string][] = [
  ["title", "Title", text],
  ["type", "Type", (v) => TYPE_LABEL[String(v)] ?? text(v)],
  ["strand", "Strand", (v) => STRAND_LABEL[String(v)] ?? text(v)],
  ["provider", "Provider", text],
  ["startDate", "Start date", day],
  ["endDate", "End date", day],
  ["minutes", "Hours", (v) => (typeof v === "number" ? formatHours(v) : "—")],
  ["subject", "Subject", text],
  ["reflection", "Reflection", text],
  ["impact", "Impact on practice", text],
  ["evidenceUrl", "Evidence link", text],
  ["evidenceFileId", "Evidence file", (v) => (v ? "A file" : "None")],
];

export type Change = { field: string; before: string; after: string };

/**
 * The last return of an activity (when, why) and what changed since, or null if it was never
 * returned. The caller has already checked the viewer may see the activity.
 */
export async function lastReturn(viewer: Viewer, id: string, current: Current) {
  const log = await db().auditLog.findMany({
    where: { trustId: viewer.trustId, entity: "CpdActivity", entityId: id, action: { in: ["cpd.return", "cpd.update"] } },
    orderBy: { id: "asc" },
    select: { action: true, before: true, after: true, at: true },
  });
  const at = log.findLastIndex((e) => e.action === "cpd.return");
  if (at < 0) return null;
  const returned = log[at]!;
  const reason = text((returned.after as Snapshot | null)?.returnReason);
  const edit = log.slice(at + 1).find((e) => e.action === "cpd.update" && e.before);
  const before = edit?.before as Snapshot | undefined;
  const changes: Change[] = [];
  if (before) {
    for (const [key, label, show] of FIELDS) {
      const was = show(before[key]);
      const now = show(key === "startDate" || key === "endDate" ? (current[key] as Date).toISOString() : current[key]);
      if (was !== now || (key === "evidenceFileId" && before[key] !== current[key])) changes.push({ field: label, before: was, after: key === "evidenceFileId" && now === was ? "A new file" : now });
    }
  }
  return { at: returned.at, reason, changes };
}
