import type { Metadata } from "next";
import { BackLink } from "@/components/ui/BackLink";
import { PageHeader } from "@/components/ui/PageHeader";
import { Section } from "@/components/ui/Section";
import { DeleteMeetingForm, EditMeetingForm } from "@/components/inductions/MentorMeetingForms";
import { requireViewer } from "@/lib/access/viewer";
import { formatDate, isoDay } from "@/lib/dates";
import { meetingToChange } from "@/lib/inductions/mentor-meetings/queries";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Correct a mentor meeting" };

/** The mentor who held a meeting corrects or deletes it; anyone else gets "not found". */
export default async function MentorMeetingPage({ params }: { params: Promise<{ id: string; meetingId: string }> }) {
  const viewer = await requireViewer();
  const { id, meetingId } = await params;
  const { meeting: m } = await meetingToChange(viewer, id, meetingId);
  const ect = `${m.induction.staffMember.firstName} ${m.induction.staffMember.lastName}`;
  const values = { heldOn: isoDay(m.heldOn), minutes: String(m.minutes), areas: m.areas, notes: m.notes ?? "", nextStep: m.nextStep };
  return (
    <>
      <BackLink href={routes.induction(id)}>Back to {ect}&rsquo;s induction</BackLink>
      <PageHeader title={`Mentor meeting of ${formatDate(m.heldOn)}`} lead={`With ${ect}. A correction moves both CPD records with it.`} />
      <div className="space-y-8">
        <EditMeetingForm meetingId={m.id} values={values} />
        <Section id="delete-heading" title="Logged in error?">
          <DeleteMeetingForm meetingId={m.id} />
        </Section>
      </div>
    </>
  );
}
