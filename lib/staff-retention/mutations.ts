import "server-only";
// The exit survey's invitation (issue 20 §3, decision 031): sent when a leaving is recorded with the box
// ticked, to the leaver's work email (their account may be disabled at once, so the link needs no
// sign-in). Only the token's SHA-256 is stored; the mail is a "mail.send" job in the same transaction.
import { createHash, randomBytes } from "node:crypto";
import type { Viewer } from "@/lib/access/policy";
import type { Tx } from "@/lib/db/client";
import { formatDate, londonToday } from "@/lib/dates";
import { env } from "@/lib/env";
import { enqueue } from "@/lib/jobs/enqueue";

export const EXIT_SURVEY_DAYS = 30;
export const hashExitToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** A link for the leaver, once per staff record (a second leaving of the same record cannot happen). */
export async function issueExitSurvey(tx: Tx, viewer: Viewer, leaver: { id: string; firstName: string; lastName: string; email: string }) {
  const token = randomBytes(32).toString("base64url");
  const expiresOn = new Date(londonToday().getTime() + EXIT_SURVEY_DAYS * 86_400_000);
  const created = await tx.exitSurveyInvite.createMany({
    data: [{ trustId: viewer.trustId, staffMemberId: leaver.id, tokenHash: hashExitToken(token), expiresOn }],
    skipDuplicates: true,
  });
  if (created.count === 0) return null;
  const trust = await tx.trust.findUniqueOrThrow({ where: { id: viewer.trustId }, select: { name: true } });
  const link = `${(env().NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/$/, "")}/exit-survey/${token}`;
  const name = `${leaver.firstName} ${leaver.lastName}`;
  await enqueue(tx, "mail.send", {
    trustId: viewer.trustId,
    to: { name, address: leaver.email },
    subject: `A few questions as you leave ${trust.name}`,
    text: [
      `Hello ${leaver.firstName},`,
      "",
      `${trust.name} would like to know why people leave, so it can keep more of its staff. This short survey is optional and anonymous:`,
      "your answers are stored without your name, and no figure is shown for fewer than five people.",
      "",
      link,
      "",
      `The link works once, until ${formatDate(expiresOn)}. Thank you for your work with us.`,
    ].join("\n"),
  });
  return { token, expiresOn };
}
