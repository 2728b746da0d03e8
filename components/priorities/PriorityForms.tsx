"use client";
// A school leader's forms on its improvement priorities: write or edit one, add and tick off
// milestones, record the term's rating, attach a CSI action, carry last year's unfinished ones forward.
import { Choice, Form, Input, Submit, TextArea } from "@/components/ui/form";
import { options } from "@/lib/format";
import {
  addMilestoneAction, attachActionAction, copyForwardAction, createPriorityAction, editPriorityAction, recordProgressAction, setMilestoneDoneAction,
} from "@/lib/priorities/actions";
import { PRIORITY_RAG_LABEL, STRAND_LABEL } from "@/lib/priorities/labels";

type Option = { value: string; label: string };
type Values = { title: string; why: string; reviewLink: string; strand: string; ownerId: string; successCriteria: string };

function Fields({ owners, reviewLinks }: { owners: Option[]; reviewLinks: Option[] }) {
  return (
    <>
      <Input name="title" label="Priority" hint="A short title, for example “Early reading: every pupil reads fluently by Year 2”." />
      <TextArea name="why" label="Why this is a priority" rows={3} />
      <Choice name="reviewLink" label="From a published review (optional)" hint="Link the review, or the area judged in it, that this priority answers." empty="Not linked to a review" options={reviewLinks} />
      <Choice name="strand" label="Improvement strand" empty="Choose a strand…" options={options(STRAND_LABEL)} />
      <Choice name="ownerId" label="Owner" empty="Choose a member of staff…" options={owners} />
      <TextArea name="successCriteria" label="Success criteria" hint="What will be true, and how you will know, when this is done." rows={3} />
    </>
  );
}

export function CreatePriorityForm({ schoolId, year, owners, reviewLinks }: { schoolId: string; year: number; owners: Option[]; reviewLinks: Option[] }) {
  return (
    <Form id="create-priority" action={createPriorityAction} loadSchema={() => import("@/lib/priorities/schema").then((m) => m.createPrioritySchema)} hidden={{ schoolId, academicYear: String(year) }} className="space-y-4">
      <Fields owners={owners} reviewLinks={reviewLinks} />
      <Submit>Add priority</Submit>
    </Form>
  );
}

export function EditPriorityForm({ priorityId, values, owners, reviewLinks }: { priorityId: string; values: Values; owners: Option[]; reviewLinks: Option[] }) {
  return (
    <Form id="edit-priority" action={editPriorityAction} loadSchema={() => import("@/lib/priorities/schema").then((m) => m.editPrioritySchema)} hidden={{ priorityId }} values={values} className="space-y-4">
      <Fields owners={owners} reviewLinks={reviewLinks} />
      <Submit>Save priority</Submit>
    </Form>
  );
}

export function MilestoneForm({ priorityId }: { priorityId: string }) {
  return (
    <Form id="add-milestone" action={addMilestoneAction} loadSchema={() => import("@/lib/priorities/schema").then((m) => m.milestoneSchema)} hidden={{ priorityId }} className="space-y-3">
      <Input name="title" label="Milestone" />
      <Input name="dueOn" label="Due date" type="date" />
      <Submit variant="secondary">Add milestone</Submit>
    </Form>
  );
}

export function MilestoneDoneForm({ milestoneId, title, done }: { milestoneId: string; title: string; done: boolean }) {
  return (
    <Form id={`milestone-${milestoneId}`} action={setMilestoneDoneAction} loadSchema={() => import("@/lib/priorities/schema").then((m) => m.milestoneDoneSchema)} hidden={{ milestoneId, ...(done ? {} : { done: "on" }) }} label={`${done ? "Reopen" : "Mark done"}: ${title}`} className="inline">
      <Submit variant="link">{done ? "Reopen" : "Mark done"}<span className="sr-only">: {title}</span></Submit>
    </Form>
  );
}

export function ProgressForm({ priorityId, terms }: { priorityId: string; terms: { term: number; label: string }[] }) {
  const current = terms.at(-1);
  return (
    <Form id="record-progress" action={recordProgressAction} loadSchema={() => import("@/lib/priorities/schema").then((m) => m.progressSchema)} hidden={{ priorityId }} className="space-y-3">
      <Choice name="term" label="Term" options={terms.map((t) => ({ value: String(t.term), label: t.label }))} defaultValue={current ? String(current.term) : undefined} />
      <Choice name="rating" label="Rating" empty="Choose a rating…" options={options(PRIORITY_RAG_LABEL)} />
      <TextArea name="note" label="Progress note" hint="What has changed this term, and what comes next." rows={3} />
      <Submit variant="secondary">Record progress</Submit>
    </Form>
  );
}

export function AttachActionForm({ priorityId, actions }: { priorityId: string; actions: Option[] }) {
  return (
    <Form id="attach-action" action={attachActionAction} loadSchema={() => import("@/lib/priorities/schema").then((m) => m.attachActionSchema)} hidden={{ priorityId }} className="space-y-3">
      <Choice name="actionId" label="CSI action" empty="Choose an open action…" options={actions} />
      <Submit variant="secondary">Attach action</Submit>
    </Form>
  );
}

export function CopyForwardForm({ schoolId, year, count }: { schoolId: string; year: number; count: number }) {
  return (
    <Form id="copy-forward" action={copyForwardAction} loadSchema={() => import("@/lib/priorities/schema").then((m) => m.copyForwardSchema)} hidden={{ schoolId, academicYear: String(year) }} className="space-y-2">
      <p>Last year has {count} unfinished {count === 1 ? "priority" : "priorities"} not yet carried forward.</p>
      <Submit variant="secondary">Copy last year’s unfinished priorities</Submit>
    </Form>
  );
}

