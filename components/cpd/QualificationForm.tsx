"use client";
// Add or edit one of your own qualifications. The completion date is needed once it is completed;
// the same zod schema checks it here and on the server.
import { saveQualificationAction } from "@/lib/cpd/actions";
import { QUALIFICATION_LABEL } from "@/lib/cpd/labels";
import { options } from "@/lib/format";
import { isNpq } from "@/lib/pipeline/labels";
import { Choice, Form, Input, Submit } from "@/components/ui/form";

const STATUS_OPTIONS = [
  { value: "PLANNED", label: "Planned" },
  { value: "IN_PROGRESS", label: "In progress" },
  { value: "COMPLETED", label: "Completed" },
];

// NPQs have their own form (cohort, funding, their own statuses): lib/cpd/npq.
const KINDS = options(QUALIFICATION_LABEL).filter((o) => !isNpq(o.value));

export function QualificationForm({ values = {}, today }: { values?: Record<string, string>; today: string }) {
  const editing = Boolean(values.id);
  return (
    <Form id="qualification" action={saveQualificationAction} loadSchema={() => import("@/lib/cpd/schema").then((m) => m.qualificationForm)} values={values} hidden={editing ? { id: values.id ?? "" } : {}}>
      <Choice name="kind" label="Qualification" hint="For a national professional qualification, use Record an NPQ." empty="Choose a qualification" options={KINDS} />
      <Input name="title" label="Title (optional)" hint="For example: MA in Education. Shown instead of the qualification's name." autoComplete="off" />
      <Choice name="status" label="Status" empty="Choose a status" options={STATUS_OPTIONS} />
      <div className="grid grid-cols-2 gap-3 sm:gap-5">
        <Input name="startDate" label="Start date (optional)" type="date" min="2000-01-01" />
        <Input name="completedOn" label="Date completed" type="date" min="2000-01-01" max={today} hint="Needed when the status is completed." />
      </div>
      <Input name="provider" label="Provider (optional)" autoComplete="off" />
      <Submit>{editing ? "Save changes" : "Add qualification"}</Submit>
    </Form>
  );
}
