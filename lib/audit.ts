import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/client";
import type { Viewer } from "@/lib/auth/policy";

type Entry = { action: string; entity: string; entityId: string; before?: unknown; after?: unknown };

const json = (value: unknown) =>
  value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue);

/** Appends to the audit log inside the caller's transaction, so the change and its record commit together. */
export async function audit(tx: Tx, viewer: Viewer, entry: Entry): Promise<void> {
  await tx.auditLog.create({
    data: {
      trustId: viewer.trustId,
      actorUserId: viewer.userId,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId,
      ...(entry.before === undefined ? {} : { before: json(entry.before) }),
      ...(entry.after === undefined ? {} : { after: json(entry.after) }),
    },
  });
}
