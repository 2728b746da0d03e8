"use client";
// A head's forms on their school's actions: add one (from a published review), a progress note, a status.
import { Choice, Form, Input, Submit, TextArea } from "@/components/ui/form";
import { addActionAction, addActionNoteAction, setActionStatusAction } from "@/lib/reviews/actions";
import { ACTION_STATUS_LABEL } from "@/lib/reviews/labels";
import { options } from "@/lib/format";

type Option = { value: string; label: string };

export function AddActionForm({ reviewId, areas, owners, agreements }: { reviewId: string; areas: Option[]; owners: Option[]; agreements: Option[] }) {
  return (
    <Form id="add-action" action={addActionAction} loadSchema={() => import("@/lib/reviews/schema").then((m) => m.addActionSchema)} hidden={{ reviewId }} className="space-y-4">
      <TextArea name="description" label="Action" rows={2} />
      <Choice name="areaId" label="Area" empty="Whole school" options={areas} />
      <Choice name="ownerId" label="Owner" empty="Choose a member of staff…" options={owners} />
      <Input name="dueOn" label="Due date" type="date" />
      {agreements.length > 0 && <Choice name="supportAgreementId" label="Support from a capacity-giving school" empty="None" options={agreements} />}
      <Input name="supportPeople" label="Support from named people (optional)" />
      <Submit>Add action</Submit>
    </Form>
  );
}

export function NoteForm({ actionId }: { actionId: string }) {
  return (
    <Form id={`note-${actionId}`} action={addActionNoteAction} loadSchema={() => import("@/lib/reviews/schema").then((m) => m.actionNoteSchema)} hidden={{ actionId }} className="space-y-2">
      <TextArea name="note" label="Progress note" rows={2} />
      <Submit variant="secondary">Add note</Submit>
    </Form>
  );
}

export function StatusForm({ actionId, status }: { actionId: string; status: string }) {
  return (
    <Form id={`status-${actionId}`} action={setActionStatusAction} loadSchema={() => import("@/lib/reviews/schema").then((m) => m.actionStatusSchema)} hidden={{ actionId }} className="flex flex-wrap items-end gap-2">
      <Choice name="status" label="Status" options={options(ACTION_STATUS_LABEL)} defaultValue={status} />
      <Submit variant="secondary">Save status</Submit>
    </Form>
  );
}
