import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NpqForm } from "@/components/pipeline/Forms";
import { BackLink } from "@/components/ui/BackLink";
import { PageHeader } from "@/components/ui/PageHeader";
import { can } from "@/lib/access/policy";
import { requireViewer } from "@/lib/access/viewer";
import { isoDay, londonToday } from "@/lib/dates";

export const metadata: Metadata = { title: "Record an NPQ" };

export default async function NewNpqPage() {
  const viewer = await requireViewer();
  if (!viewer.staff || !can(viewer, "activity:edit:own", { staffMemberId: viewer.staff.id })) notFound();
  return (
    <div className="mx-auto max-w-2xl">
      <BackLink href="/development">Back to my development</BackLink>
      <PageHeader title="Record an NPQ" lead="A national professional qualification you have applied for, are taking or have finished. Your head verifies it." />
      <NpqForm today={isoDay(londonToday())} values={{ status: "APPLIED" }} />
    </div>
  );
}
