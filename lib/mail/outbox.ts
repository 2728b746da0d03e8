import "server-only";
// The file outbox: the mail written when no SMTP server is configured, newest first, for the viewer's
// trust only (trust admins).
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { Viewer } from "@/lib/access/policy";
import { requirePermission } from "@/lib/access/where";
import { env } from "@/lib/env";
import { parseEml } from "./eml";
import { outboxDir } from "./send";

export const OUTBOX_PAGE_SIZE = 25;

export async function outbox(viewer: Viewer, page = 1) {
  requirePermission(viewer, "trust:admin");
  const smtp = Boolean(env().SMTP_URL);
  const names = await readdir(outboxDir()).catch(() => [] as string[]);
  const files = names.filter((n) => n.endsWith(".eml")).sort().reverse();
  const mine = [];
  // Newest first until the page is full: the trust header is only known once a file is read.
  const skip = (page - 1) * OUTBOX_PAGE_SIZE;
  let seen = 0;
  for (const name of files) {
    const mail = parseEml(await readFile(path.join(outboxDir(), name), "utf8"));
    if (mail.trustId !== viewer.trustId) continue;
    seen += 1;
    if (seen > skip && mine.length < OUTBOX_PAGE_SIZE) mine.push({ id: name, ...mail });
  }
  return { smtp, messages: mine, total: seen, pageCount: Math.max(1, Math.ceil(seen / OUTBOX_PAGE_SIZE)) };
}
