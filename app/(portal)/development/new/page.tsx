import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActivityForm } from "@/components/cpd/ActivityForm";
import { BackLink } from "@/components/ui/BackLink";
import { PageHeader } from "@/components/ui/PageHeader";
import { requireViewer } from "@/lib/access/viewer";
import { isoDay, londonToday } from "@/lib/dates";

export const metadata: Metadata = { title: "Log an activity" };

export default async function NewActivityPage() {
  const viewer = await requireViewer();
  if (!viewer.staff) notFound();
  const today = isoDay(londonToday());
  return (
    <div className="mx-auto max-w-2xl">
      <BackLink href="/development">Back to my development</BackLink>
      <PageHeader title="Log an activity" lead="Record professional development you have done. Submit it when it is ready for your school's leaders to verify." />
      <ActivityForm today={today} values={{ startDate: today, endDate: today, strand: "PROFESSIONAL_LEARNING" }} />
    </div>
  );
}
