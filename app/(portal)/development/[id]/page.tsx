import type { Metadata } from "next";
import { ActivityActions } from "@/components/cpd/ActivityActions";
import { ActivityDetails } from "@/components/cpd/ActivityDetails";
import { ActivityForm } from "@/components/cpd/ActivityForm";
import { ReflectionForm } from "@/components/cpd/ReflectionForm";
import { StatusTag } from "@/components/cpd/Development";
import { BackLink } from "@/components/ui/BackLink";
import { PageHeader } from "@/components/ui/PageHeader";
import { requireViewer } from "@/lib/access/viewer";
import { readFlash } from "@/lib/commands/flash";
import { myActivity } from "@/lib/cpd/queries";
import { formatHours, isoDay, londonToday } from "@/lib/dates";
import { Notice } from "@/components/ui/Notice";

export const metadata: Metadata = { title: "Activity" };

export default async function ActivityPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const [{ id }, flash] = await Promise.all([params, readFlash()]);
  const a = await myActivity(viewer, id);
  const editable = a.status !== "VERIFIED" && !a.meetingId && !a.coachingSessionId;
  const saved = flash ?? undefined;
  const values = {
    id: a.id, title: a.title, type: a.type, strand: a.strand, provider: a.provider ?? "", startDate: isoDay(a.startDate), endDate: isoDay(a.endDate),
    hours: formatHours(a.minutes), subject: a.subject ?? "", reflection: a.reflection ?? "", impact: a.impact ?? "", evidenceUrl: a.evidenceUrl ?? "",
  };
  return (
    <div className="mx-auto max-w-2xl">
      <BackLink href="/development">Back to my development</BackLink>
      <PageHeader title={a.title}>
        <StatusTag status={a.status} />
      </PageHeader>
      {saved && !editable && (
        <Notice>{saved}</Notice>
      )}
      {a.status === "RETURNED" && a.returnReason && (
        <div className="mb-4 rounded border-l-4 border-amber-700 bg-amber-50 p-3">
          <h2 className="font-semibold">Returned to you</h2>
          <p>{a.returnReason}</p>
          <p className="mt-1 text-sm">Make the changes below, then submit it again.</p>
        </div>
      )}
      {editable ? (
        <div className="space-y-6">
          <ActivityForm today={isoDay(londonToday())} values={values} evidenceFile={a.evidenceFile} notice={saved} />
          <ActivityActions id={a.id} status={a.status} />
        </div>
      ) : a.meetingId ? (
        <div className="space-y-6">
          <p className="text-slate-700">
            Written by {a.community ? `the ${a.community.name}` : "a community"} meeting&rsquo;s register, which sets the date and hours. Add your reflection on it below.
          </p>
          <ActivityDetails activity={a} />
          <section aria-labelledby="reflection-heading" className="space-y-3">
            <h2 id="reflection-heading" className="text-lg font-semibold">
              Your reflection
            </h2>
            <ReflectionForm id={a.id} reflection={a.reflection ?? ""} impact={a.impact ?? ""} />
          </section>
        </div>
      ) : a.coachingSessionId && a.status !== "VERIFIED" ? (
        <>
          <p className="mb-4 text-slate-700">Written by a coaching session you recorded, which sets the date and hours; your school&rsquo;s leaders verify it.</p>
          <ActivityDetails activity={a} />
        </>
      ) : (
        <>
          <p className="mb-4 text-slate-700">
            Verified{a.verifiedBy ? ` by ${a.verifiedBy.name}` : ""}: it counts towards your hours and can no longer be changed.
          </p>
          <ActivityDetails activity={a} />
        </>
      )}
    </div>
  );
}
