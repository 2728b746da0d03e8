import type { Metadata } from "next";
import Link from "next/link";
import { ActivityDetails } from "@/components/cpd/ActivityDetails";
import { StatusTag } from "@/components/cpd/Development";
import { ReturnHistory } from "@/components/cpd/ReturnHistory";
import { VerifyOne } from "@/components/cpd/VerifyOne";
import { BackLink } from "@/components/ui/BackLink";
import { PageHeader } from "@/components/ui/PageHeader";
import { requireViewer } from "@/lib/access/viewer";
import { noteOpened } from "@/lib/access-log/mutations";
import { activityToVerify } from "@/lib/cpd/queries";
import { lastReturn } from "@/lib/cpd/history/queries";
import { queueParams, queueQuery } from "@/lib/cpd/reports/params";
import { FlashNotice } from "@/components/ui/FlashNotice";

export const metadata: Metadata = { title: "Review an activity" };

export default async function VerifyActivityPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[]>> }) {
  const viewer = await requireViewer();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const a = await activityToVerify(viewer, id);
  await noteOpened(viewer, "cpd-activity", a.staffMember.id, a.id);
  const history = a.status === "RETURNED" ? null : await lastReturn(viewer, a.id, a);
  const own = a.staffMember.id === viewer.staff?.id;
  const queue = queueQuery(queueParams.parse(query));
  return (
    <div className="mx-auto max-w-2xl">
      <BackLink href={queue ? `/verification?${queue}` : "/verification"}>Back to the queue</BackLink>
      <FlashNotice />
      <PageHeader title={a.title} lead={`${a.staffMember.firstName} ${a.staffMember.lastName}, ${a.staffMember.jobTitle}`}>
        <StatusTag status={a.status} />
      </PageHeader>
      <p className="-mt-4 mb-4">
        <Link href={`/staff/${a.staffMember.id}`} className="text-brand-700 underline">
          {a.staffMember.firstName} {a.staffMember.lastName}&rsquo;s development portfolio
        </Link>
      </p>
      {a.movedFrom && (
        <p className="mb-4 rounded border-l-4 border-slate-500 bg-slate-50 p-3">
          Moved here from {a.movedFrom}&rsquo;s verification queue when {a.staffMember.firstName} {a.staffMember.lastName} transferred to your school.
        </p>
      )}
      {history && <ReturnHistory history={history} resubmitted={a.status === "SUBMITTED"} />}
      <ActivityDetails activity={a} />
      {a.status === "RETURNED" && a.returnReason && <p className="mt-4 rounded border-l-4 border-amber-700 bg-amber-50 p-3">Returned: {a.returnReason}</p>}
      {a.status === "VERIFIED" && <p className="mt-4">Verified{a.verifiedBy ? ` by ${a.verifiedBy.name}` : ""}.</p>}
      {a.status === "SUBMITTED" && !own && <VerifyOne id={a.id} queue={queue} />}
      {a.status === "SUBMITTED" && own && <p className="mt-4">This is your own activity: another leader of your school verifies it.</p>}
    </div>
  );
}
