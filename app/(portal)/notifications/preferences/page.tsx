import type { Metadata } from "next";
import { PreferencesForm } from "@/components/notifications/PreferencesForm";
import { BackLink } from "@/components/ui/BackLink";
import { PageHeader } from "@/components/ui/PageHeader";
import { requireViewer } from "@/lib/access/viewer";
import { myPreferences } from "@/lib/notifications/queries";

export const metadata: Metadata = { title: "Notification choices" };

export default async function NotificationPreferencesPage() {
  const viewer = await requireViewer();
  const preferences = await myPreferences(viewer);
  return (
    <>
      <BackLink href="/notifications">Notifications</BackLink>
      <PageHeader
        title="Notification choices"
        lead="Everything stays on your notifications page. Choose which kinds are also emailed to you at once, gathered in a weekly digest on Monday morning, or not emailed. Emails wait for 07:00 on a weekday. Sign-in, password and two-step verification emails are always sent."
      />
      <PreferencesForm preferences={preferences} />
    </>
  );
}
