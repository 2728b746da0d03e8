import type { Metadata } from "next";
import { QualificationForm } from "@/components/cpd/QualificationForm";
import { NpqForm } from "@/components/pipeline/Forms";
import { isNpq } from "@/lib/pipeline/labels";
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
    cohort: q.cohort ?? "", funding: q.funding ?? "",
    // "Planned" predates the NPQ statuses: it reads as applied.
    ...(isNpq(q.kind) && q.status === "PLANNED" ? { status: "APPLIED" } : {}),
  };
  // An NPQ has its own form (cohort, funding, the NPQ statuses); one recorded before it gains them there.
  const npq = isNpq(q.kind);
  return (
    <div className="mx-auto max-w-2xl">
      <BackLink href="/development">Back to my development</BackLink>
      <PageHeader title={npq ? "Edit an NPQ" : "Edit a qualification"} />
      {npq ? <NpqForm today={isoDay(londonToday())} values={values} /> : <QualificationForm today={isoDay(londonToday())} values={values} />}
    </div>
  );
}
