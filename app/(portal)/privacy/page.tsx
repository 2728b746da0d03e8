import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/PageHeader";
import { PrivacyGroups } from "@/components/transparency/PrivacyGroups";
import { requireViewer } from "@/lib/access/viewer";
import { privacyPage } from "@/lib/transparency/queries";

export const metadata: Metadata = { title: "Privacy: what the portal holds" };

/** For everyone: what the portal holds about staff, why, who sees it and for how long, generated from the code's own rules. */
export default async function PrivacyPage() {
  const viewer = await requireViewer();
  const { groups } = await privacyPage(viewer);
  return (
    <>
      <PageHeader
        title="Privacy: what the portal holds"
        lead="The trust is the data controller of what the portal holds about you. This page is made from the portal's own rules (who may open what, and the trust's retention schedule), so it says what the portal does. Ask the trust's data protection officer for a copy of everything held about you, or download your own development record from My development."
      />
      <PrivacyGroups
        groups={groups.map((g) => ({
          id: g.id, title: g.title, purpose: g.purpose, basis: g.basis,
          kinds: g.kinds.map((k) => k.label),
          readers: g.readers.map((r) => `${r.roles.length ? r.roles.join(", ") : "Nobody"} (${r.scope}): ${r.description.charAt(0).toLowerCase() + r.description.slice(1)}`),
          periods: g.periods.map((p) => `Kept ${p.text}. ${p.basis}`),
        }))}
      />
    </>
  );
}
