import "server-only";
// Erasing one person (on the schedule or on request) and deleting rows of a kind past their date
// (issue 21 §2, decision 032). A person's erasure walks the privacy catalogue: every table's entry
// says how its rows of theirs are deleted or pseudonymised, so a new table cannot be missed. The
// Erasure row and the audit entry keep who, when, why and how many rows of each kind: never content.
import { createHash } from "node:crypto";
import { unlink } from "node:fs/promises";
import path from "node:path";
import { keepAnAdmin } from "@/lib/account/last-admin";
import type { AuditEntry } from "@/lib/commands/command";
import { AppError } from "@/lib/commands/errors";
import type { Tx } from "@/lib/db/client";
import type { ErasureSource, RetentionKind } from "@/lib/db/generated/enums";
import { outboxDir } from "@/lib/mail/send";
import { CATALOGUE, isExported, type Person } from "@/lib/privacy/catalogue";
import type { EraseContext } from "@/lib/privacy/erasure";

export const ON_HOLD = "This person's records are under a legal hold: lift the hold before erasing them.";
export const ALREADY_ERASED = "This person's data has already been erased.";
export const NOT_YOURSELF = "You cannot erase your own record: ask another trust admin.";

/** A stable pseudonym, unique in the trust: 4 hex digits of the record's id, longer only on a clash. */
async function pseudonymFor(tx: Tx, trustId: string, staffMemberId: string): Promise<string> {
  const hex = createHash("sha256").update(staffMemberId).digest("hex").toUpperCase();
  for (let len = 4; len <= 12; len += 2) {
    const code = hex.slice(0, len);
    if (!(await tx.erasure.findFirst({ where: { trustId, pseudonym: code }, select: { id: true } }))) return code;
  }
  return hex.slice(0, 16);
}

export type ErasureOutcome = { erasureId: string; pseudonym: string; counts: Record<string, number>; mailFiles: string[]; audit: AuditEntry };

/**
 * Erases one person of the trust in `tx`. Refuses a person under a legal hold, already erased, the
 * actor themself, or the trust's last active trust admin. Outbox files are returned for removeMailFiles
 * after the commit (a rollback must not lose them), with the audit entry for the caller to write.
 */
export async function erasePerson(tx: Tx, input: { trustId: string; staffMemberId: string; source: ErasureSource; reason: string; actorUserId: string | null }): Promise<ErasureOutcome> {
  const s = await tx.staffMember.findFirst({ where: { id: input.staffMemberId, trustId: input.trustId }, include: { user: { select: { id: true, email: true } } } });
  if (!s) throw new AppError("NOT_FOUND", "That record was not found.");
  if (await tx.erasure.findUnique({ where: { staffMemberId: s.id }, select: { id: true } })) throw new AppError("CONFLICT", ALREADY_ERASED);
  if (await tx.legalHold.findFirst({ where: { trustId: s.trustId, staffMemberId: s.id, liftedAt: null }, select: { id: true } })) throw new AppError("CONFLICT", ON_HOLD);
  if (s.userId && s.userId === input.actorUserId) throw new AppError("FORBIDDEN", NOT_YOURSELF);
  if (s.userId && (await tx.roleAssignment.count({ where: { userId: s.userId, role: "TRUST_ADMIN" } }))) await keepAnAdmin(tx, s.trustId, s.userId);

  const person: Person = { trustId: s.trustId, staffMemberId: s.id, userId: s.userId, email: s.user?.email ?? s.email };
  const recordIds = new Set<string>();
  for (const entry of Object.values(CATALOGUE)) {
    if (!isExported(entry)) continue;
    for (const row of (await entry.rows(tx, person)) as { id?: unknown }[]) if (typeof row.id === "string") recordIds.add(row.id);
  }
  const ctx: EraseContext = { pseudonym: await pseudonymFor(tx, s.trustId, s.id), recordIds: [...recordIds], files: new Set(), mailFiles: [] };
  const counts: Record<string, number> = {};
  for (const [model, entry] of Object.entries(CATALOGUE)) {
    if (entry.erase.how === "keep") continue;
    const count = await entry.erase.run(tx, person, ctx);
    if (count) counts[model] = count;
  }
  if (ctx.files.size) {
    const files = await tx.storedFile.deleteMany({ where: { trustId: s.trustId, id: { in: [...ctx.files] } } });
    if (files.count) counts.StoredFile = files.count;
  }
  await tx.retentionReview.updateMany({ where: { trustId: s.trustId, staffMemberId: s.id, status: "PENDING" }, data: { status: "ERASED", decidedAt: new Date(), decidedById: input.actorUserId } });
  const erasure = await tx.erasure.create({ data: { trustId: s.trustId, staffMemberId: s.id, pseudonym: ctx.pseudonym, source: input.source, reason: input.reason, counts, erasedById: input.actorUserId } });
  // The audit entry says that an erasure happened, why and how much: the person appears by pseudonym only.
  const audit: AuditEntry = { action: input.source === "REQUEST" ? "erasure.request" : "erasure.schedule", entity: "StaffMember", entityId: s.id, after: { pseudonym: ctx.pseudonym, reason: input.reason, counts } };
  return { erasureId: erasure.id, pseudonym: ctx.pseudonym, counts, mailFiles: ctx.mailFiles, audit };
}

/** Removes erased outbox messages' .eml files once the erasure has committed. */
export async function removeMailFiles(fileNames: string[]): Promise<void> {
  await Promise.all(fileNames.map((f) => unlink(path.join(outboxDir(), path.basename(f))).catch(() => undefined)));
}

export type RecordsKind = Exclude<RetentionKind, "PERSONNEL">;

type Deleted = { count: number; files: number; mailFiles: string[] };
const only = (count: number): Deleted => ({ count, files: 0, mailFiles: [] });

/** Each kind of record timed to the instant: its rows before `cutoff` counted (the review list) and deleted (with their files). */
const RECORDS: Record<RecordsKind, { count: (tx: Tx, trustId: string, cutoff: Date) => Promise<number>; remove: (tx: Tx, trustId: string, cutoff: Date) => Promise<Deleted> }> = {
  // Only those never taken up: an accepted account invitation is part of the account's history, and a
  // community invitation accepted or declined is gone already (membership is its own row).
  INVITATIONS: {
    count: async (tx, trustId, cutoff) =>
      (await tx.invitation.count({ where: { trustId, usedAt: null, expiresAt: { lt: cutoff } } })) + (await tx.communityInvitation.count({ where: { trustId, createdAt: { lt: cutoff } } })),
    remove: async (tx, trustId, cutoff) =>
      only((await tx.invitation.deleteMany({ where: { trustId, usedAt: null, expiresAt: { lt: cutoff } } })).count + (await tx.communityInvitation.deleteMany({ where: { trustId, createdAt: { lt: cutoff } } })).count),
  },
  // Ended: expired, or revoked (signed out, disabled) before the cut-off.
  SESSIONS: {
    count: (tx, trustId, cutoff) => tx.session.count({ where: { trustId, OR: [{ expiresAt: { lt: cutoff } }, { revokedAt: { lt: cutoff } }] } }),
    remove: async (tx, trustId, cutoff) => only((await tx.session.deleteMany({ where: { trustId, OR: [{ expiresAt: { lt: cutoff } }, { revokedAt: { lt: cutoff } }] } })).count),
  },
  MAIL_OUTBOX: {
    count: (tx, trustId, cutoff) => tx.mailMessage.count({ where: { trustId, sentAt: { lt: cutoff } } }),
    async remove(tx, trustId, cutoff) {
      const rows = await tx.mailMessage.findMany({ where: { trustId, sentAt: { lt: cutoff } }, select: { fileName: true } });
      const count = (await tx.mailMessage.deleteMany({ where: { trustId, sentAt: { lt: cutoff } } })).count;
      return { count, files: 0, mailFiles: rows.flatMap((r) => (r.fileName ? [r.fileName] : [])) };
    },
  },
  ACCESS_LOG: {
    count: (tx, trustId, cutoff) => tx.recordAccess.count({ where: { trustId, at: { lt: cutoff } } }),
    remove: async (tx, trustId, cutoff) => only((await tx.recordAccess.deleteMany({ where: { trustId, at: { lt: cutoff } } })).count),
  },
  AUDIT_LOG: {
    count: (tx, trustId, cutoff) => tx.auditLog.count({ where: { trustId, at: { lt: cutoff } } }),
    remove: async (tx, trustId, cutoff) => only((await tx.auditLog.deleteMany({ where: { trustId, at: { lt: cutoff } } })).count),
  },
  EXPORTS: {
    count: (tx, trustId, cutoff) => tx.dataExport.count({ where: { trustId, createdAt: { lt: cutoff } } }),
    async remove(tx, trustId, cutoff) {
      const rows = await tx.dataExport.findMany({ where: { trustId, createdAt: { lt: cutoff } }, select: { fileId: true } });
      const count = (await tx.dataExport.deleteMany({ where: { trustId, createdAt: { lt: cutoff } } })).count;
      const ids = rows.flatMap((r) => (r.fileId ? [r.fileId] : []));
      const files = ids.length ? (await tx.storedFile.deleteMany({ where: { trustId, id: { in: ids } } })).count : 0;
      return { count, files, mailFiles: [] };
    },
  },
};

export const countRecords = (tx: Tx, kind: RecordsKind, trustId: string, cutoff: Date) => RECORDS[kind].count(tx, trustId, cutoff);

/** Deletes a kind's rows before `cutoff`, with the files they hold; outbox files are removed after the commit. */
export const deleteRecords = (tx: Tx, kind: RecordsKind, trustId: string, cutoff: Date) => RECORDS[kind].remove(tx, trustId, cutoff);
