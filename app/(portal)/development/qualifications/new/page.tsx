import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { QualificationForm } from "@/components/cpd/QualificationForm";
import { PageHeader } from "@/components/ui/PageHeader";
import { requireViewer } from "@/lib/auth/viewer";
import { isoDay, utcToday } from "@/lib/cpd/rules";

export const metadata: Metadata = { title: "Add a qualification" };

export default async function NewQualificationPage() {
  const viewer = await requireViewer();
  if (!viewer.staff) notFound();
  return (
    <div className="mx-auto max-w-2xl">
      <p className="mb-3">
        <Link href="/development" className="text-brand-700 underline">
          Back to my development
        </Link>
      </p>
      <PageHeader title="Add a qualification" lead="Record a qualification you hold, are studying for or plan to take." />
      <QualificationForm today={isoDay(utcToday())} values={{ status: "IN_PROGRESS" }} />
    </div>
  );
}
