// The way to the notifications page, in the account menu, and the unread count beside the signed-in
// name in the header (only when there is something unread, so the header's one row keeps its width).
import Link from "next/link";

export function NotificationsLink({ unread }: { unread: number }) {
  return (
    <Link href="/notifications" className="flex min-h-11 items-center text-brand-700 underline" data-testid="notifications-link">
      {`Notifications (${unread} unread)`}
    </Link>
  );
}

export function UnreadBadge({ unread }: { unread: number }) {
  if (!unread) return null;
  return (
    <span className="rounded-full bg-yellow-300 px-2 text-xs font-semibold text-slate-900" data-testid="unread-badge">
      {unread}
      <span className="sr-only"> unread notifications</span>
    </span>
  );
}
