import type { Metadata } from "next";
import Link from "next/link";
import { MarkAllReadButton, MarkReadButton } from "@/components/notifications/ReadButtons";
import { PageHeader } from "@/components/ui/PageHeader";
import { requireViewer } from "@/lib/access/viewer";
import { formatDateTime } from "@/lib/dates";
import { myNotifications } from "@/lib/notifications/queries";

export const metadata: Metadata = { title: "Notifications" };

export default async function NotificationsPage() {
  const viewer = await requireViewer();
  const notes = await myNotifications(viewer);
  const unread = notes.filter((n) => !n.readAt).length;
  return (
    <>
      <PageHeader title="Notifications" lead={unread ? `${unread} unread.` : "Nothing unread."}>
        <div className="flex flex-wrap items-center gap-3">
          <Link href="/notifications/preferences" className="text-brand-700 underline">
            Choose what is emailed to you
          </Link>
          {unread > 0 && <MarkAllReadButton />}
        </div>
      </PageHeader>
      {notes.length === 0 ? (
        <p>You have no notifications yet.</p>
      ) : (
        <ul className="max-w-3xl divide-y divide-slate-200 border-y border-slate-200" aria-label="Your notifications, newest first">
          {notes.map((n) => (
            <li key={n.id} className={`flex flex-wrap items-start justify-between gap-3 py-3 ${n.readAt ? "" : "border-l-4 border-brand-700 pl-3"}`}>
              <div>
                {/* A plain link (no prefetch): opening it marks the notification read, then goes to its record. */}
                <a href={`/notifications/${n.id}`} className="font-semibold text-brand-700 underline">
                  {n.title}
                </a>
                {!n.readAt && <span className="ml-2 rounded bg-yellow-200 px-1 text-sm">Unread</span>}
                <p className="whitespace-pre-line text-slate-800">{n.body}</p>
                <p className="text-sm text-slate-700">{formatDateTime(n.createdAt)}</p>
              </div>
              {!n.readAt && <MarkReadButton id={n.id} title={n.title} />}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
