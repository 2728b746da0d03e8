"use client";
import { useRef, useState, useSyncExternalStore } from "react";
import { Button } from "@/components/ui/Button";
import { Checkbox, Form, GroupError, Input, Submit, TextArea } from "@/components/ui/form";
import { saveMinutesAction, saveRegisterAction, scheduleMeetingAction } from "@/lib/communities/actions";
import { MAX_DAYS_BACK } from "@/lib/communities/limits";

export function ScheduleMeetingForm({ communityId, defaultStart }: { communityId: string; defaultStart: string }) {
  return (
    <Form id="schedule" className="space-y-4" action={scheduleMeetingAction} loadSchema={() => import("@/lib/communities/series").then((m) => m.scheduleMeetingSeriesSchema)} hidden={{ communityId }}>
      <Input name="title" label="Title" />
      <div className="grid gap-4 sm:grid-cols-2">
        <Input
          name="startsAt"
          label="Starts (UK time)"
          type="datetime-local"
          defaultValue={defaultStart}
          hint={`A meeting already held can be recorded up to ${MAX_DAYS_BACK} days later; its attendees' CPD then goes to their schools to verify.`}
        />
        <Input name="durationMinutes" label="Length in minutes" type="number" min={1} max={600} defaultValue="60" />
      </div>
      <Input name="location" label="Place (optional)" />
      <Input name="onlineUrl" label="Online meeting link (optional)" type="url" hint="For example https://teams.microsoft.com/…" />
      <TextArea name="agenda" label="Agenda (optional)" rows={3} />
      <fieldset className="grid gap-4 rounded border border-slate-300 p-3 sm:grid-cols-2">
        <legend className="px-1 font-medium">Repeat (optional)</legend>
        <Input name="repeatWeeks" label="Every … weeks" inputMode="numeric" hint="For example 6 for every six weeks." />
        <Input name="repeatUntil" label="Until" type="date" hint="The trust's holiday dates are skipped." />
      </fieldset>
      <Submit>Schedule meeting</Submit>
    </Form>
  );
}

const noSubscription = () => () => {};

/** One person on a page of the register: staff id, "Name, School (leader)", ticked present (1) or not (0). */
export type RegisterLine = [string, string, 0 | 1];

/**
 * The register: tick who attended. "Save and close" marks the meeting held and logs attendees' CPD.
 * A long register comes a page at a time (`rows`): the form sends the page's people as `shown`, so
 * saving a page leaves the other pages' ticks as they were; `elsewhere` is how many of those are ticked.
 */
export function RegisterForm({
  communityId, meetingId, rows, total, elsewhere, paged, closed, started,
}: { communityId: string; meetingId: string; rows: RegisterLine[]; total: number; elsewhere: number; paged: string | null; closed: boolean; started: boolean }) {
  const fieldset = useRef<HTMLFieldSetElement>(null);
  const [count, setCount] = useState(rows.filter((r) => r[2] === 1).length);
  // "Mark all present" needs JavaScript, so it appears only once the page has it.
  const enhanced = useSyncExternalStore(noSubscription, () => true, () => false);
  const boxes = () => [...(fieldset.current?.querySelectorAll<HTMLInputElement>('input[name="present"]') ?? [])];
  const recount = () => setCount(boxes().filter((b) => b.checked).length);
  const markAll = () => {
    for (const box of boxes()) box.checked = true;
    recount();
  };
  return (
    <Form id="register" className="space-y-4" action={saveRegisterAction} loadSchema={() => import("@/lib/communities/schema").then((m) => m.registerSchema)} hidden={{ communityId, meetingId }}>
      <GroupError name="present" />
      <fieldset ref={fieldset} onChange={recount}>
        <legend className="mb-2 font-medium">Who attended?{paged && ` (${paged})`}</legend>
        <div className="mb-3 flex flex-wrap items-center gap-3">
          <p aria-live="polite" className="text-sm font-medium" data-testid="register-count">
            {elsewhere + count} of {total} marked present
          </p>
          {enhanced && rows.length > 0 && (
            <Button variant="secondary" onClick={markAll}>
              {paged ? "Mark all on this page present" : "Mark all present"}
            </Button>
          )}
        </div>
        {rows.length === 0 && <p className="text-slate-600">The community has no members yet.</p>}
        <ul className="grid gap-2 sm:grid-cols-2">
          {rows.map(([id, label, ticked]) => (
            <li key={id}>
              <input type="hidden" name="shown" value={id} />
              <Checkbox name="present" value={id} defaultChecked={ticked === 1} label={label} />
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="flex flex-wrap gap-3">
        {closed ? (
          <Submit>{paged ? "Save changes to this page" : "Save changes to the register"}</Submit>
        ) : (
          <>
            {started && <Submit name="close" value="1">Close register and log CPD</Submit>}
            <Submit variant={started ? "secondary" : "primary"}>{paged ? "Save this page without closing" : "Save register without closing"}</Submit>
          </>
        )}
      </div>
    </Form>
  );
}

export function MinutesForm({ communityId, meetingId, minutes }: { communityId: string; meetingId: string; minutes: string | null }) {
  return (
    <Form id="minutes" className="space-y-4" action={saveMinutesAction} loadSchema={() => import("@/lib/communities/schema").then((m) => m.minutesSchema)} hidden={{ communityId, meetingId }}>
      <TextArea name="minutes" label="Minutes" defaultValue={minutes ?? ""} rows={8} />
      <Submit>Save minutes</Submit>
    </Form>
  );
}
