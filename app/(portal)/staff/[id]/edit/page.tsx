import type { Metadata } from "next";
import { EditStaffForm, LeaverForm } from "@/components/people/StaffForm";
import { BackLink } from "@/components/ui/BackLink";
import { PageHeader } from "@/components/ui/PageHeader";
import { Section } from "@/components/ui/Section";
import { requireViewer } from "@/lib/access/viewer";
import { noteOpened } from "@/lib/access-log/mutations";
import { formatDate, isoDay, londonToday } from "@/lib/dates";
import { lineManagerChoices, staffForEdit } from "@/lib/people/records/queries";
import { LEAVE_REASON_LABEL } from "@/lib/people/labels";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Edit a staff record" };

export default async function EditStaffPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const { id } = await params;
  const s = await staffForEdit(viewer, id);
  await noteOpened(viewer, "staff-record", s.id, s.id);
  const managers = await lineManagerChoices(viewer, [{ id: s.schoolId, name: s.school.name }], s.id);
  const name = `${s.firstName} ${s.lastName}`;
  return (
    <>
      <BackLink href={routes.person(s.id)}>Back to {name}</BackLink>
      <PageHeader title={`Edit ${name}`} lead={`${s.jobTitle}, ${s.school.name}.`} />
      <div className="space-y-10">
        <EditStaffForm id={s.id} values={s.values} managers={managers} />
        <Section id="leaving-heading" title="Leaving" className="space-y-3" headingClassName="text-xl font-semibold">
          {s.leaveDate ? (
            <p>
              Left on {formatDate(s.leaveDate)}: {s.leaveReason ? LEAVE_REASON_LABEL[s.leaveReason] : "no reason recorded"}.
              {s.leaveNote && <span className="block text-slate-700">Note: {s.leaveNote}</span>}
            </p>
          ) : s.self ? (
            <p>The trust admin records your own leaving.</p>
          ) : (
            <>
              <p className="text-slate-700">
                They leave the current staff lists and count in the school&apos;s turnover; their records are kept. Their staff and school leadership roles end,
                and their account is disabled unless they hold another role (a governor, say).
              </p>
              <LeaverForm id={s.id} today={isoDay(londonToday())} />
            </>
          )}
        </Section>
      </div>
    </>
  );
}
