import "server-only";
// Sends mail: through SMTP_URL when configured, otherwise as an .eml file in PORTAL_DATA_DIR/mail,
// which the admin's outbox page lists (so the demo and the tests can follow an invitation's link).
// Mail goes out from the job queue (lib/mail/deliver.ts, queue "mail.send"), never inside a request.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";
import { env } from "@/lib/env";
import { composeEml, DEFAULT_FROM, message, type Mail } from "./compose";

export const outboxDir = () => path.join(env().PORTAL_DATA_DIR, "mail");

/** Sends one message; `key` (the job's id) names its outbox file, so sending it again overwrites it. */
export async function sendMail(mail: Mail, key: string): Promise<{ fileName: string | null }> {
  const { SMTP_URL, MAIL_FROM } = env();
  const from = MAIL_FROM ?? DEFAULT_FROM;
  if (SMTP_URL) {
    await nodemailer.createTransport(SMTP_URL).sendMail(message(mail, from));
    return { fileName: null };
  }
  const dir = outboxDir();
  await mkdir(dir, { recursive: true });
  // 0600: the messages hold sign-up links.
  const fileName = `${key}.eml`;
  await writeFile(path.join(dir, fileName), await composeEml(mail, from), { mode: 0o600 });
  return { fileName };
}
