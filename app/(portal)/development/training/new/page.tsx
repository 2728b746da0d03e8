import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TrainingForm } from "@/components/cpd/TrainingForm";
import { BackLink } from "@/components/ui/BackLink";
import { PageHeader } from "@/components/ui/PageHeader";
import { requireViewer } from "@/lib/access/viewer";
import { trainingFor } from "@/lib/cpd/queries";
import { isoDay, londonToday } from "@/lib/dates";

export const metadata: Metadata = { title: "Record training" };

export default async function RecordTrainingPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const viewer = await requireViewer();
  if (!viewer.staff) notFound();
  const [training, query] = await Promise.all([trainingFor(viewer, viewer.staff.id), searchParams]);
  const requirements = training.map((t) => ({ id: t.requirementId, name: t.name, validityMonths: t.validityMonths }));
  const chosen = typeof query.requirement === "string" && requirements.some((r) => r.id === query.requirement) ? query.requirement : undefined;
  const today = isoDay(londonToday());
  return (
    <div className="mx-auto max-w-2xl">
      <BackLink href="/development">Back to my development</BackLink>
      <PageHeader title="Record training" lead="Record statutory training you have completed. Upload the certificate if you have one." />
      {requirements.length === 0 ? (
        <p className="text-slate-700">No statutory training applies to your role.</p>
      ) : (
        <TrainingForm requirements={requirements} today={today} values={{ completedOn: today, ...(chosen ? { requirementId: chosen } : {}) }} />
      )}
    </div>
  );
}
