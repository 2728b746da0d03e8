import "server-only";
// The "mail.send" job: sends the message once and indexes it (MailMessage, keyed by the job's id).
// A retry after a crash finds the row and stops; one that crashed between sending and the row
// rewrites the same outbox file (named by the id), so the outbox never holds a message twice.
import { db } from "@/lib/db/client";
import type { Mail } from "./compose";
import { sendMail } from "./send";

export async function deliverMail(id: string, mail: Mail): Promise<{ sent: boolean }> {
  if (await db().mailMessage.findUnique({ where: { id }, select: { id: true } })) return { sent: false };
  const { fileName } = await sendMail(mail, id);
  await db().mailMessage.createMany({
    data: [{ id, trustId: mail.trustId, toName: mail.to.name, toAddress: mail.to.address, subject: mail.subject, fileName }],
    skipDuplicates: true,
  });
  return { sent: true };
}
