import type { Metadata } from "next";
import { InviteForm } from "@/components/accounts/InviteForm";
import { BackLink } from "@/components/ui/BackLink";
import { PageHeader } from "@/components/ui/PageHeader";
import { inviteOptions } from "@/lib/accounts/queries";
import { requireViewer } from "@/lib/access/viewer";

export const metadata: Metadata = { title: "Invite someone" };

export default async function InvitePage() {
  const schools = await inviteOptions(await requireViewer());
  return (
    <>
      <BackLink href="/accounts">All accounts</BackLink>
      <PageHeader
        title="Invite someone"
        lead="For people without a staff record: governors, trustees, the central team. They get an email with a link to choose a password, which works once, for 7 days."
      />
      <InviteForm schools={schools.map((s) => ({ value: s.id, label: s.name }))} />
    </>
  );
}
