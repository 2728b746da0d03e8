import "server-only";
// Sends mail: through SMTP_URL when configured, otherwise as an .eml file in PORTAL_DATA_DIR/mail,
// which the admin's outbox page lists (so the demo and the tests can follow an invitation's link).
import { randomUUID } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";
import { env } from "@/lib/env";
import { composeEml, DEFAULT_FROM, message, type Mail } from "./compose";

export const outboxDir = () => path.join(env().PORTAL_DATA_DIR, "mail");

export async function sendMail(mail: Mail): Promise<void> {
  const { SMTP_URL, MAIL_FROM } = env();
  const from = MAIL_FROM ?? DEFAULT_FROM;
  if (SMTP_URL) {
    await nodemailer.createTransport(SMTP_URL).sendMail(message(mail, from));
    return;
  }
  const dir = outboxDir();
  await mkdir(dir, { recursive: true });
  // The time first, so the file names sort oldest to newest; 0600 as the messages hold sign-up links.
  const name = `${new Date().toISOString().replace(/[:.]/g, "-")}-${randomUUID().slice(0, 8)}.eml`;
  await writeFile(path.join(dir, name), await composeEml(mail, from), { mode: 0o600 });
}
