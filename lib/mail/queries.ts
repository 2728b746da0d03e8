import "server-only";
// The outbox index (MailMessage): a trust's messages written to .eml files, newest first.
import { db } from "@/lib/db/client";

export async function outboxRows(trustId: string, skip: number, take: number) {
  const where = { trustId, fileName: { not: null } };
  const [total, rows] = await Promise.all([
    db().mailMessage.count({ where }),
    db().mailMessage.findMany({ where, orderBy: [{ sentAt: "desc" }, { id: "desc" }], skip, take, select: { fileName: true } }),
  ]);
  return { total, fileNames: rows.map((r) => r.fileName!) };
}
