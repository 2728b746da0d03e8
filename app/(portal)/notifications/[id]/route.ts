// Opening a notification: marks it read (one's own only; another's is not found) and goes to its record.
import type { Route } from "next";
import { notFound, redirect } from "next/navigation";
import { requireViewer } from "@/lib/access/viewer";
import { markRead } from "@/lib/notifications/commands";
import { notificationLink } from "@/lib/notifications/queries";

export async function GET(_: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const { id } = await params;
  const link = await notificationLink(viewer, id);
  if (!link) notFound();
  await markRead.run(viewer, { id });
  // A path the event helpers made with lib/routes (checked when it was stored, and again in notificationLink).
  redirect(link as Route);
}
