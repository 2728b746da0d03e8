"use client";
// The leadership pipeline's forms: an NPQ record, an aspiration, a head's endorsement, a key post's
// holder and cover, a successor. Each is a plain form first (it works without JavaScript), checked by
// the same zod schema in the browser and in the command.
import { ActionButton } from "@/components/ui/ActionButton";
import { Choice, Form, Input, Submit, TextArea } from "@/components/ui/form";
import { options } from "@/lib/format";
import {
  addSuccessorAction, endorseAspirationAction, removeSuccessorAction, saveAspirationAction, saveNpqAction, savePostAction, verifyQualificationAction, withdrawAspirationAction,
} from "@/lib/pipeline/actions";
import { FUNDING_LABEL, NPQ_LABEL, NPQ_STATUS_LABEL, READINESS_LABEL, ROUTE_LABEL } from "@/lib/pipeline/labels";

type Option = { value: string; label: string };

export function NpqForm({ values, today }: { values: Record<string, string>; today: string }) {
  const editing = Boolean(values.id);
  return (
    <Form id="npq" action={saveNpqAction} loadSchema={() => import("@/lib/cpd/npq/schema").then((m) => m.npqForm)} values={values} hidden={editing ? { id: values.id ?? "" } : {}}>
      <Choice name="kind" label="NPQ" empty="Choose the NPQ" options={options(NPQ_LABEL)} />
      <Input name="cohort" label="Cohort" hint="The term and year it starts, for example Autumn 2026." autoComplete="off" />
      <Input name="provider" label="Provider" hint="The lead provider, for example Ambition Institute." autoComplete="off" />
      <Choice name="funding" label="Funding" empty="Choose how it is funded" options={options(FUNDING_LABEL)} />
      <Choice name="status" label="Status" empty="Choose the status" options={options(NPQ_STATUS_LABEL)} />
      <div className="grid grid-cols-2 gap-3 sm:gap-5">
        <Input name="startDate" label="Start date (optional)" type="date" min="2000-01-01" />
        <Input name="completedOn" label="Date completed" type="date" min="2000-01-01" max={today} hint="Needed when the status is completed." />
      </div>
      <Submit>{editing ? "Save changes" : "Record NPQ"}</Submit>
    </Form>
  );
}

export function AspirationForm() {
  return (
    <Form id="aspiration" action={saveAspirationAction} loadSchema={() => import("@/lib/pipeline/schema").then((m) => m.aspirationForm)} className="space-y-4">
      <Choice name="route" label="Role you aspire to" empty="Choose a role" options={options(ROUTE_LABEL)} />
      <TextArea name="development" label="Development you want" hint="For example: lead a whole-school project, shadow the SENCO, start NPQSL." rows={3} />
      <Submit>Record aspiration</Submit>
    </Form>
  );
}

export const WithdrawAspiration = ({ id, label }: { id: string; label: string }) => (
  <ActionButton id={`withdraw-${id}`} action={withdrawAspirationAction} hidden={{ id }} label={label} />
);

export function EndorseForm({ id, name, values }: { id: string; name: string; values: Record<string, string> }) {
  return (
    <Form id={`endorse-${id}`} action={endorseAspirationAction} loadSchema={() => import("@/lib/pipeline/schema").then((m) => m.endorseForm)} hidden={{ id }} values={values} className="space-y-3" label={`Endorse ${name}`}>
      <Choice name="readiness" label="Readiness" empty="Choose readiness" options={options(READINESS_LABEL)} />
      <TextArea name="note" label={`Note for ${name}`} hint="They read this note." rows={2} />
      <Submit variant="secondary">Save endorsement</Submit>
    </Form>
  );
}

export const VerifyQualification = ({ id, label }: { id: string; label: string }) => (
  <ActionButton id={`verify-${id}`} action={verifyQualificationAction} hidden={{ id }} label={label} />
);

export function PostForm({ schoolId, post, label, staff, values }: { schoolId: string; post: string; label: string; staff: Option[]; values: Record<string, string> }) {
  return (
    <Form id={`post-${post}`} action={savePostAction} loadSchema={() => import("@/lib/pipeline/schema").then((m) => m.postForm)} hidden={{ schoolId, post }} values={values} className="space-y-3" label={`${label}: holder and cover`}>
      <Choice name="holderId" label={`${label}: holder`} empty="Vacant" options={staff} />
      <Choice name="emergencyCoverId" label={`${label}: emergency cover`} empty="None named" options={staff} />
      <Submit variant="secondary">Save holder and cover</Submit>
    </Form>
  );
}

export function SuccessorForm({ schoolId, post, label, staff }: { schoolId: string; post: string; label: string; staff: Option[] }) {
  return (
    <Form id={`successor-${post}`} action={addSuccessorAction} loadSchema={() => import("@/lib/pipeline/schema").then((m) => m.successorForm)} hidden={{ schoolId, post }} className="space-y-3" label={`${label}: add a successor`}>
      <Choice name="staffMemberId" label={`${label}: potential successor`} empty="Choose a member of staff" options={staff} />
      <Choice name="readiness" label={`${label}: successor's readiness`} empty="Choose readiness" options={options(READINESS_LABEL)} />
      <Submit variant="secondary">Add successor</Submit>
    </Form>
  );
}

export const RemoveSuccessor = ({ id, label }: { id: string; label: string }) => (
  <ActionButton id={`remove-${id}`} action={removeSuccessorAction} hidden={{ id }} label={label} />
);
