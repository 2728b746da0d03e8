"use client";
// The mentor's forms (issue 18 §4): log a meeting, correct one, delete one logged in error. Checked in
// the browser by the schema the server uses; each works without JavaScript.
import { Checkbox, Form, GroupError, Input, Submit, TextArea } from "@/components/ui/form";
import { deleteMeetingAction, editMeetingAction, logMeetingAction } from "@/lib/inductions/mentor-meetings/actions";
import { AREAS, AREA_LABEL } from "@/lib/inductions/mentor-meetings/labels";

export type MeetingValues = { heldOn: string; minutes: string; areas: string[]; notes: string; nextStep: string };

function Fields({ areas }: { areas: string[] }) {
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-2">
        <Input name="heldOn" label="Date of the meeting" type="date" />
        <Input name="minutes" label="Length in minutes" inputMode="numeric" hint="For example 45." />
      </div>
      <fieldset>
        <legend className="font-medium">Focus: areas of the Early Career Framework</legend>
        <p className="text-sm text-slate-600">Tick every area the meeting worked on.</p>
        <GroupError name="areas[]" />
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          {AREAS.map((a) => (
            <Checkbox key={a} name="areas[]" value={a} label={AREA_LABEL[a]} defaultChecked={areas.includes(a)} />
          ))}
        </div>
      </fieldset>
      <TextArea name="notes" label="Notes (optional)" hint="What you discussed and saw. The ECT, their induction tutor and the school's leaders read these." rows={4} />
      <TextArea name="nextStep" label="Next step" hint="One small step the ECT will take before you next meet." rows={2} />
    </>
  );
}

export function LogMeetingForm({ inductionId, today }: { inductionId: string; today: string }) {
  return (
    <Form id="log-meeting" action={logMeetingAction} loadSchema={() => import("@/lib/inductions/mentor-meetings/schema").then((m) => m.logMeetingSchema)} hidden={{ inductionId }} values={{ heldOn: today, minutes: "45" }} className="max-w-2xl space-y-5">
      <Fields areas={[]} />
      <Submit>Log the meeting</Submit>
    </Form>
  );
}

export function EditMeetingForm({ meetingId, values }: { meetingId: string; values: MeetingValues }) {
  const { areas, ...rest } = values;
  return (
    <Form id="edit-meeting" action={editMeetingAction} loadSchema={() => import("@/lib/inductions/mentor-meetings/schema").then((m) => m.editMeetingSchema)} hidden={{ meetingId }} values={rest} className="max-w-2xl space-y-5">
      <Fields areas={areas} />
      <Submit>Save the meeting</Submit>
    </Form>
  );
}

export function DeleteMeetingForm({ meetingId }: { meetingId: string }) {
  return (
    <Form id="delete-meeting" action={deleteMeetingAction} loadSchema={() => import("@/lib/inductions/mentor-meetings/schema").then((m) => m.deleteMeetingSchema)} hidden={{ meetingId }} label="Delete this meeting" className="space-y-3">
      <p className="text-sm text-slate-700">Deleting it removes the meeting from the log and its CPD records, yours and the ECT&rsquo;s.</p>
      <Submit variant="danger">Delete the meeting</Submit>
    </Form>
  );
}
