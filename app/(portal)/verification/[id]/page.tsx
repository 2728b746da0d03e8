import type { Metadata } from "next";
import Link from "next/link";
import { ActivityDetails } from "@/components/cpd/ActivityDetails";
import { StatusTag } from "@/components/cpd/Development";
import { ReviewOne } from "@/components/cpd/ReviewOne";
import { PageHeader } from "@/components/ui/PageHeader";
import { requireViewer } from "@/lib/auth/viewer";
import { activityForReview } from "@/lib/cpd/queries";

export const metadata: Metadata = { title: "Review an activity" };

export default async function ReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const a = await activityForReview(viewer, (await params).id);
  const own = a.staffMember.id === viewer.staff?.id;
  return (
    <div className="mx-auto max-w-2xl">
      <p className="mb-3">
        <Link href="/verification" className="text-brand-700 underline">
          Back to the queue
        </Link>
      </p>
      <PageHeader title={a.title} lead={`${a.staffMember.firstName} ${a.staffMember.lastName}, ${a.staffMember.jobTitle}`}>
        <StatusTag status={a.status} />
      </PageHeader>
      <ActivityDetails activity={a} />
      {a.status === "RETURNED" && a.returnReason && <p className="mt-4 rounded border-l-4 border-amber-700 bg-amber-50 p-3">Returned: {a.returnReason}</p>}
      {a.status === "VERIFIED" && <p className="mt-4">Verified{a.verifiedBy ? ` by ${a.verifiedBy.name}` : ""}.</p>}
      {a.status === "SUBMITTED" && !own && <ReviewOne id={a.id} />}
      {a.status === "SUBMITTED" && own && <p className="mt-4">This is your own activity: another leader of your school verifies it.</p>}
    </div>
  );
}
