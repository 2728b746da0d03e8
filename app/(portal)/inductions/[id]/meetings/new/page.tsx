import type { Metadata } from "next";
import { BackLink } from "@/components/ui/BackLink";
import { PageHeader } from "@/components/ui/PageHeader";
import { LogMeetingForm } from "@/components/inductions/MentorMeetingForms";
import { requireViewer } from "@/lib/access/viewer";
import { formatDate } from "@/lib/dates";
import { meetingForm } from "@/lib/inductions/mentor-meetings/queries";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Log a mentor meeting" };

/** The ECT's mentor logs a meeting; anyone else gets "not found". */
export default async function NewMentorMeetingPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const { id } = await params;
  const { induction, today } = await meetingForm(viewer, id);
  const ect = `${induction.staffMember.firstName} ${induction.staffMember.lastName}`;
  return (
    <>
      <BackLink href={routes.induction(id)}>Back to {ect}&rsquo;s induction</BackLink>
      <PageHeader title="Log a mentor meeting" lead={`With ${ect}, whose induction started on ${formatDate(induction.startDate)}. It counts as CPD for you both.`} />
      <LogMeetingForm inductionId={induction.id} today={today} />
    </>
  );
}
