import "server-only";
// The file outbox: the mail written when no SMTP server is configured, newest first, for the viewer's
// trust only (trust admins). The MailMessage index (one row per message the "mail.send" job wrote)
// gives the page and its count; only that page's files are read.
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Viewer } from "@/lib/access/policy";
import { requirePermission } from "@/lib/access/where";
import { env } from "@/lib/env";
import { parseEml } from "./eml";
import { outboxRows } from "./queries";
import { outboxDir } from "./send";

export const OUTBOX_PAGE_SIZE = 25;

export async function outbox(viewer: Viewer, page = 1) {
  requirePermission(viewer, "trust:admin");
  const smtp = Boolean(env().SMTP_URL);
  const { total, fileNames } = await outboxRows(viewer.trustId, (page - 1) * OUTBOX_PAGE_SIZE, OUTBOX_PAGE_SIZE);
  const messages = [];
  for (const fileName of fileNames) {
    // A file removed by hand since (the outbox is a folder anyone on the machine can tidy) is skipped.
    const source = await readFile(path.join(outboxDir(), fileName), "utf8").catch(() => null);
    if (source) messages.push({ id: fileName, ...parseEml(source) });
  }
  return { smtp, messages, total, pageCount: Math.max(1, Math.ceil(total / OUTBOX_PAGE_SIZE)) };
}
