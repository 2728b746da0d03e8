import type { Metadata } from "next";
import { QualificationForm } from "@/components/cpd/QualificationForm";
import { BackLink } from "@/components/ui/BackLink";
import { PageHeader } from "@/components/ui/PageHeader";
import { requireViewer } from "@/lib/access/viewer";
import { myQualification } from "@/lib/cpd/queries";
import { isoDay, londonToday } from "@/lib/dates";

export const metadata: Metadata = { title: "Edit a qualification" };

export default async function QualificationPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const { id } = await params;
  const q = await myQualification(viewer, id);
  const values = {
    id: q.id, kind: q.kind, title: q.title ?? "", status: q.status, provider: q.provider ?? "",
    startDate: q.startDate ? isoDay(q.startDate) : "", completedOn: q.completedOn ? isoDay(q.completedOn) : "",
  };
  return (
    <div className="mx-auto max-w-2xl">
      <BackLink href="/development">Back to my development</BackLink>
      <PageHeader title="Edit a qualification" />
      <QualificationForm today={isoDay(londonToday())} values={values} />
    </div>
  );
}
