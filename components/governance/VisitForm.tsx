"use client";
// A governor or trustee records a visit to a school: date, focus, who they met, a short report.
import { Choice, Form, Input, Submit, TextArea } from "@/components/ui/form";
import { enumOptions } from "@/lib/format";
import { recordVisitAction } from "@/lib/governance/actions";
import { VisitFocus } from "@/lib/db/generated/enums";

export function VisitForm({ schoolId, today, notice }: { schoolId: string; today: string; notice?: string }) {
  return (
    <details className="rounded border border-slate-200 bg-white p-4" open={Boolean(notice)}>
      <summary className="cursor-pointer font-medium text-brand-700">Record a visit</summary>
      <Form id="visit" action={recordVisitAction} loadSchema={() => import("@/lib/governance/schema").then((m) => m.visitSchema)} hidden={{ schoolId }} notice={notice} className="mt-4 space-y-4">
        <Input name="visitedOn" label="Date of the visit" type="date" max={today} defaultValue={today} />
        <Choice name="focus" label="Focus" empty="Choose a focus" options={enumOptions(Object.keys(VisitFocus))} />
        <Input name="met" label="Who you met" hint="Roles, e.g. the head and the designated safeguarding lead." />
        <TextArea name="report" label="Short report" rows={5} />
        <Submit>Record visit</Submit>
      </Form>
    </details>
  );
}
