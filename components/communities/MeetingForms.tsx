"use client";
import { saveMinutesAction, saveRegisterAction, scheduleMeetingAction } from "@/lib/communities/actions";
import type { RegisterRow } from "@/lib/communities/meetings/queries";
import { ActionForm, Checkbox, GroupError, Submit, TextArea, TextField } from "./forms";

export function ScheduleMeetingForm({ communityId, defaultStart }: { communityId: string; defaultStart: string }) {
  return (
    <ActionForm id="schedule" action={scheduleMeetingAction} hidden={{ communityId }}>
      <TextField name="title" label="Title" />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="startsAt" label="Starts (UK time)" type="datetime-local" defaultValue={defaultStart} />
        <TextField name="durationMinutes" label="Length in minutes" type="number" min={1} max={600} defaultValue="60" />
      </div>
      <TextField name="location" label="Place (optional)" />
      <TextField name="onlineUrl" label="Online meeting link (optional)" type="url" hint="For example https://teams.microsoft.com/…" />
      <TextArea name="agenda" label="Agenda (optional)" rows={3} />
      <Submit label="Schedule meeting" />
    </ActionForm>
  );
}

/** The register: tick who attended. "Save and close" marks the meeting held and logs attendees' CPD. */
export function RegisterForm({ communityId, meetingId, rows, closed }: { communityId: string; meetingId: string; rows: RegisterRow[]; closed: boolean }) {
  return (
    <ActionForm id="register" action={saveRegisterAction} hidden={{ communityId, meetingId }}>
      <GroupError name="present" />
      <fieldset>
        <legend className="mb-2 font-medium">Who attended?</legend>
        {rows.length === 0 && <p className="text-slate-600">The community has no members yet.</p>}
        <ul className="grid gap-2 sm:grid-cols-2">
          {rows.map((r) => (
            <li key={r.id}>
              <Checkbox name="present" value={r.id} defaultChecked={r.attended === true} label={`${r.firstName} ${r.lastName}, ${r.school}${r.role === "LEADER" ? " (leader)" : ""}`} />
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="flex flex-wrap gap-3">
        {closed ? (
          <Submit label="Save changes to the register" />
        ) : (
          <>
            <Submit label="Close register and log CPD" name="close" value="1" />
            <Submit label="Save register without closing" variant="secondary" />
          </>
        )}
      </div>
    </ActionForm>
  );
}

export function MinutesForm({ communityId, meetingId, minutes }: { communityId: string; meetingId: string; minutes: string | null }) {
  return (
    <ActionForm id="minutes" action={saveMinutesAction} hidden={{ communityId, meetingId }}>
      <TextArea name="minutes" label="Minutes" defaultValue={minutes ?? ""} rows={8} />
      <Submit label="Save minutes" />
    </ActionForm>
  );
}
