"use client";
// An organiser's forms: write or edit a course, add and remove its sessions, publish it.
import { Checkbox, Choice, Form, GroupError, Input, Submit, TextArea } from "@/components/ui/form";
import { options } from "@/lib/format";
import { addSessionAction, createCourseAction, editCourseAction, publishCourseAction, removeSessionAction } from "@/lib/programme/actions";
import { CAREER_STAGE_LABEL, CATEGORY_LABEL, KIND_LABEL, PHASE_LABEL, STRAND_LABEL } from "@/lib/programme/labels";

type Option = { value: string; label: string };

function Group({ name, legend, labels, hint }: { name: string; legend: string; labels: Record<string, string>; hint: string }) {
  return (
    <fieldset>
      <legend className="font-medium">{legend}</legend>
      <p className="text-sm text-slate-600">{hint}</p>
      <GroupError name={name} />
      <div className="mt-1 grid gap-1 sm:grid-cols-2">
        {Object.entries(labels).map(([value, label]) => <Checkbox key={value} name={name} value={value} label={label} />)}
      </div>
    </fieldset>
  );
}

function Fields({ schools }: { schools: Option[] }) {
  return (
    <>
      <Input name="title" label="Title" />
      <TextArea name="description" label="Description" hint="What it covers, and what participants will be able to do afterwards." rows={4} />
      <Choice name="strand" label="Improvement strand" empty="Choose a strand…" options={options(STRAND_LABEL)} />
      <Choice name="kind" label="Kind" empty="Choose a kind…" options={options(KIND_LABEL)} hint="A conference has parallel sessions: bookers choose one per slot. A school visit is hosted by a school of the trust." />
      <Group name="careerStages" legend="Career stages" labels={CAREER_STAGE_LABEL} hint="Leave all unticked for every career stage." />
      <Group name="categories" legend="Staff" labels={CATEGORY_LABEL} hint="Leave all unticked for all staff." />
      <Group name="phases" legend="Phases" labels={PHASE_LABEL} hint="Leave all unticked for every phase." />
      <Choice name="providerSchoolId" label="Provided or hosted by a school of the trust" empty="Not a school of the trust" options={schools} />
      <Input name="providerName" label="External provider" hint="When no school of the trust provides it, for example a teaching school hub." />
      <Input name="places" label="Places" type="number" inputMode="numeric" min={1} />
      <Checkbox name="needsApproval" label="Bookings need the booker's head's approval" />
      <Input name="bookingDeadline" label="Booking deadline (optional)" type="date" hint="The last day bookings are taken." />
    </>
  );
}

/**
 * `owners` are the trust and communities the author may publish for; `schoolOwners` the schools they
 * may (every school, for the trust admin), whose options are made here from `schools` so the page's
 * payload does not carry the trust's 120 schools twice (issue 22).
 */
export function CreateCourseForm({ owners: others, schools, schoolOwners }: { owners: Option[]; schools: Option[]; schoolOwners: "all" | string[] }) {
  const mine = schoolOwners === "all" ? schools : schools.filter((s) => schoolOwners.includes(s.value));
  const owners = [...others.filter((o) => o.value === "trust"), ...mine.map((s) => ({ value: `school:${s.value}`, label: s.label })), ...others.filter((o) => o.value !== "trust")];
  return (
    <Form id="create-course" action={createCourseAction} loadSchema={() => import("@/lib/programme/schema").then((m) => m.createCourseSchema)} className="space-y-4">
      <Choice name="owner" label="Run by" options={owners} empty={owners.length > 1 ? "Choose who runs it…" : undefined} defaultValue={owners.length === 1 ? owners[0]!.value : undefined} />
      <Fields schools={schools} />
      <Submit>Save as a draft</Submit>
    </Form>
  );
}

export function EditCourseForm({ courseId, values, schools }: { courseId: string; values: Record<string, string>; schools: Option[] }) {
  return (
    <Form id="edit-course" action={editCourseAction} loadSchema={() => import("@/lib/programme/schema").then((m) => m.editCourseSchema)} hidden={{ courseId }} values={values} className="space-y-4">
      <Fields schools={schools} />
      <Submit>Save course</Submit>
    </Form>
  );
}

export function SessionForm({ courseId, conference }: { courseId: string; conference: boolean }) {
  return (
    <Form id="add-session" action={addSessionAction} loadSchema={() => import("@/lib/programme/schema").then((m) => m.sessionSchema)} hidden={{ courseId, ...(conference ? {} : { slot: "1" }) }} className="space-y-3">
      <Input name="title" label={conference ? "Session title" : "Session title (optional)"} />
      {conference && <Input name="slot" label="Slot" type="number" inputMode="numeric" min={1} defaultValue="1" hint="Sessions in the same slot run at the same time: bookers choose one." />}
      <Input name="startsAt" label="Starts" type="datetime-local" />
      <Input name="durationMinutes" label="Length in minutes" type="number" inputMode="numeric" min={15} />
      <Input name="venue" label="Venue" hint="Or leave empty and give the online link." />
      <Input name="onlineUrl" label="Online link (optional)" type="url" />
      <Submit variant="secondary">Add session</Submit>
    </Form>
  );
}

export function RemoveSessionForm({ sessionId, label }: { sessionId: string; label: string }) {
  return (
    <Form id={`remove-${sessionId}`} action={removeSessionAction} loadSchema={() => import("@/lib/programme/schema").then((m) => m.sessionIdSchema)} hidden={{ sessionId }} label={`Remove session: ${label}`} className="inline">
      <Submit variant="link">Remove<span className="sr-only"> session: {label}</span></Submit>
    </Form>
  );
}

export function PublishForm({ courseId }: { courseId: string }) {
  return (
    <Form id="publish-course" action={publishCourseAction} loadSchema={() => import("@/lib/programme/schema").then((m) => m.courseIdSchema)} hidden={{ courseId }} label="Publish the course">
      <Submit>Publish</Submit>
    </Form>
  );
}
