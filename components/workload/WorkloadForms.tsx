"use client";
// Proposing a new demand on staff time, deciding on it, and the check's one question. The decision form is
// `relative` so its screen-reader-only text stays inside the table's scrolling box on a phone.
import { Checkbox, Choice, Form, GroupError, Input, Submit } from "@/components/ui/form";
import { answerCheckAction, decideDemandAction, proposeDemandAction } from "@/lib/workload/actions";
import { KIND_LABEL } from "@/lib/workload/labels";
import { options } from "@/lib/format";
import { DIMENSION_VALUES } from "@/lib/voice/labels";

export function ProposeDemandForm({ schoolId }: { schoolId: string | null }) {
  return (
    <Form id="propose-demand" action={proposeDemandAction} loadSchema={() => import("@/lib/workload/schema").then((m) => m.proposeSchema)} hidden={{ schoolId: schoolId ?? "" }} className="space-y-4">
      <Input name="title" label="The new demand" hint="For example “Weekly written feedback in every exercise book”." />
      <Choice name="kind" label="Kind" empty="Choose a kind…" options={options(KIND_LABEL)} />
      <fieldset>
        <legend className="font-medium">Who it falls on</legend>
        <GroupError name="affects[]" />
        {Object.entries(DIMENSION_VALUES.category).map(([value, label]) => <Checkbox key={value} name="affects[]" value={value} label={label} />)}
      </fieldset>
      <Input name="expectedHours" label="Expected hours per term, for each person it falls on" inputMode="decimal" />
      <Input name="replaces" label="What it replaces" hint="Write “nothing” if it replaces nothing." />
      <Input name="offsetHours" label="Hours it frees per term, for each person" hint="0 if it replaces nothing." inputMode="decimal" />
      <Input name="reviewOn" label="Review date" type="date" />
      <Submit>Propose</Submit>
    </Form>
  );
}

export function DecideForm({ demandId, title }: { demandId: string; title: string }) {
  return (
    <Form id={`decide-${demandId}`} action={decideDemandAction} loadSchema={() => import("@/lib/workload/schema").then((m) => m.decideSchema)} hidden={{ demandId }} label={`Decide: ${title}`} className="relative flex gap-3">
      <Submit name="decision" value="APPROVED" variant="secondary">Approve<span className="sr-only">: {title}</span></Submit>
      <Submit name="decision" value="REJECTED" variant="link">Reject<span className="sr-only">: {title}</span></Submit>
    </Form>
  );
}

export function CheckAnswerForm({ checkId, title }: { checkId: string; title: string }) {
  return (
    <Form id="answer-check" action={answerCheckAction} loadSchema={() => import("@/lib/workload/schema").then((m) => m.checkAnswerSchema)} hidden={{ checkId }} className="space-y-4">
      <Input name="hours" label={`Since it started (about half a term), how many hours has “${title}” taken you?`} hint="Your best estimate, in hours; 0 if none." inputMode="decimal" />
      <Submit>Send my answer</Submit>
    </Form>
  );
}
