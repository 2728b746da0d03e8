// The header's way to the notifications page, with the unread count; its name says what the number is.
import Link from "next/link";

export function NotificationsLink({ unread }: { unread: number }) {
  return (
    <Link href="/notifications" className="ml-auto flex min-h-11 items-center gap-1 rounded px-2 text-sm text-white hover:bg-brand-800 lg:ml-0" data-testid="notifications-link">
      Notifications
      <span className={unread ? "rounded-full bg-yellow-300 px-2 font-semibold text-slate-900" : ""}>({unread}</span>
      <span className="sr-only"> unread</span>)
    </Link>
  );
}
