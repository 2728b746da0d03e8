"use client";
// A governor or trustee records a piece of their own governance training.
import { Choice, Form, Input, Submit } from "@/components/ui/form";
import { recordTrainingAction } from "@/lib/governance/actions";

export function TrainingForm({ expectations, today, notice }: { expectations: { id: string; name: string }[]; today: string; notice?: string }) {
  return (
    <Form id="training" action={recordTrainingAction} loadSchema={() => import("@/lib/governance/schema").then((m) => m.trainingSchema)} notice={notice} className="space-y-4 rounded border border-slate-200 bg-white p-4">
      <Input name="title" label="Training" hint="e.g. Safeguarding for governors" />
      <Choice name="expectationId" label="Meets the trust's expectation" empty="None of these" options={expectations.map((e) => ({ value: e.id, label: e.name }))} />
      <Input name="provider" label="Provider (optional)" />
      <Input name="completedOn" label="Date completed" type="date" max={today} />
      <Input name="hours" label="Hours" inputMode="decimal" hint="e.g. 1.5" />
      <Submit>Record training</Submit>
    </Form>
  );
}
