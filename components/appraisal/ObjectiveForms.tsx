"use client";
// The two parties' forms on a plan's objectives: start the year, write or change an objective (linked to a
// school priority or a trust one, with the CPD that serves it), remove one, and agree the set.
import { Checkbox, Choice, Form, GroupError, Input, Submit, TextArea } from "@/components/ui/form";
import { agreeObjectivesAction, removeObjectiveAction, saveObjectiveAction, startPlanAction } from "@/lib/appraisal/actions";

type Option = { value: string; label: string };
type Values = { title: string; successIndicators: string; timeframe: string; priorityId: string; trustPriority: string; evidence: string[] };

export function StartPlanForm({ staffMemberId, label }: { staffMemberId: string; label: string }) {
  return (
    <Form id={`start-${staffMemberId}`} action={startPlanAction} loadSchema={() => import("@/lib/appraisal/schema").then((m) => m.startPlanSchema)} hidden={{ staffMemberId }} label={label} className="inline">
      <Submit variant="secondary">{label}</Submit>
    </Form>
  );
}

export function ObjectiveForm({ planId, objectiveId, priorities, cpd, values }: { planId: string; objectiveId?: string; priorities: Option[]; cpd: Option[]; values?: Values }) {
  const id = objectiveId ? `objective-${objectiveId}` : "new-objective";
  return (
    <Form
      id={id}
      action={saveObjectiveAction}
      loadSchema={() => import("@/lib/appraisal/schema").then((m) => m.objectiveSchema)}
      hidden={{ planId, ...(objectiveId ? { objectiveId } : {}) }}
      values={values ? { title: values.title, successIndicators: values.successIndicators, timeframe: values.timeframe, priorityId: values.priorityId, trustPriority: values.trustPriority, "evidence[]": values.evidence.join("\n") } : undefined}
      className="space-y-4"
    >
      <TextArea name="title" label="Objective" hint="What will be achieved, in a sentence or two." rows={2} />
      <TextArea name="successIndicators" label="Success indicators" hint="How you will both know it is met." rows={3} />
      <Input name="timeframe" label="Timeframe" hint="For example “by the spring half-term”." />
      <Choice name="priorityId" label="School improvement priority" hint="The school priority this objective serves." empty="Not a school priority" options={priorities} />
      <Input name="trustPriority" label="Or a trust priority (optional)" hint="Only if it serves none of the school's priorities: name the trust priority." />
      {cpd.length > 0 && (
        <fieldset className="space-y-2">
          <legend className="font-medium">Planned development (optional)</legend>
          <p className="text-sm text-slate-600">CPD records of this year that serve the objective.</p>
          <GroupError name="evidence[]" />
          {cpd.map((a) => <Checkbox key={a.value} name="evidence[]" value={a.value} label={a.label} defaultChecked={values?.evidence.includes(a.value)} />)}
        </fieldset>
      )}
      <Submit>{objectiveId ? "Save objective" : "Add objective"}</Submit>
    </Form>
  );
}

export function RemoveObjectiveForm({ objectiveId, title }: { objectiveId: string; title: string }) {
  return (
    <Form id={`remove-${objectiveId}`} action={removeObjectiveAction} loadSchema={() => import("@/lib/appraisal/schema").then((m) => m.removeObjectiveSchema)} hidden={{ objectiveId }} label={`Remove objective: ${title}`} className="inline">
      <Submit variant="link">Remove<span className="sr-only"> objective: {title}</span></Submit>
    </Form>
  );
}

export function AgreeForm({ planId }: { planId: string }) {
  return (
    <Form id="agree-objectives" action={agreeObjectivesAction} loadSchema={() => import("@/lib/appraisal/schema").then((m) => m.agreeSchema)} hidden={{ planId }} label="Agree the objectives">
      <Submit>Agree these objectives</Submit>
    </Form>
  );
}
