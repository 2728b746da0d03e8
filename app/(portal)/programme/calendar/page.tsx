import type { Metadata } from "next";
import { MakeFeedForm, RevokeFeedForm } from "@/components/programme/ImpactForms";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { FlashNotice } from "@/components/ui/FlashNotice";
import { PageHeader } from "@/components/ui/PageHeader";
import { requireViewer } from "@/lib/access/viewer";
import { formatDateTime } from "@/lib/dates";
import { portalUrl } from "@/lib/notifications/links";
import { myFeed } from "@/lib/programme/calendar/queries";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "My calendar link" };

/** A person's private calendar feed: their booked sessions and community meetings, at one revocable address. */
export default async function CalendarPage() {
  const viewer = await requireViewer();
  const feed = await myFeed(viewer);
  return (
    <>
      <Breadcrumbs items={[{ label: "CPD programme", href: routes.programme() }, { label: "My calendar link" }]} />
      <PageHeader title="My calendar link" lead="Subscribe to this address in Outlook, Google or Apple Calendar: your booked sessions and your communities' meetings appear and stay up to date." />
      <FlashNotice />
      <div className="max-w-2xl space-y-4 rounded border border-slate-200 bg-white p-4">
        {feed ? (
          <>
            <p><label htmlFor="feed-url" className="block font-medium">Your private calendar address</label></p>
            <input id="feed-url" readOnly value={portalUrl(`/calendar/${feed.token}.ics`)} className="block w-full rounded border border-slate-500 px-3 py-2 text-sm" aria-describedby="feed-hint" />
            <p id="feed-hint" className="text-sm text-slate-600">Made {formatDateTime(feed.createdAt)}. Anyone with this address sees your calendar: keep it private, and revoke it if it leaks.</p>
            <div className="flex flex-wrap gap-2"><MakeFeedForm renew /><RevokeFeedForm /></div>
          </>
        ) : (
          <>
            <p>You have no calendar link yet.</p>
            <MakeFeedForm renew={false} />
          </>
        )}
      </div>
    </>
  );
}
