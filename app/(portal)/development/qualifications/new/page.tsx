import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { QualificationForm } from "@/components/cpd/QualificationForm";
import { BackLink } from "@/components/ui/BackLink";
import { PageHeader } from "@/components/ui/PageHeader";
import { requireViewer } from "@/lib/access/viewer";
import { isoDay, londonToday } from "@/lib/dates";

export const metadata: Metadata = { title: "Add a qualification" };

export default async function NewQualificationPage() {
  const viewer = await requireViewer();
  if (!viewer.staff) notFound();
  return (
    <div className="mx-auto max-w-2xl">
      <BackLink href="/development">Back to my development</BackLink>
      <PageHeader title="Add a qualification" lead="Record a qualification you hold, are studying for or plan to take." />
      <QualificationForm today={isoDay(londonToday())} values={{ status: "IN_PROGRESS" }} />
    </div>
  );
}
