"use client";
// The trust admin adds a governance training expectation (e.g. safeguarding for governors, within six months).
import { Checkbox, Form, GroupError, Input, Submit } from "@/components/ui/form";
import { createExpectationAction } from "@/lib/governance/actions";

export function ExpectationForm() {
  return (
    <details className="rounded border border-slate-200 bg-white p-4">
      <summary className="cursor-pointer font-medium text-brand-700">Add an expectation</summary>
      <Form id="expectation" action={createExpectationAction} loadSchema={() => import("@/lib/governance/schema").then((m) => m.expectationSchema)} className="mt-4 space-y-4">
        <Input name="name" label="Name" hint="e.g. Safeguarding for governors" />
        <Input name="description" label="Description (optional)" />
        <fieldset>
          <legend className="font-medium">Applies to</legend>
          <GroupError name="roles[]" />
          <Checkbox name="roles[]" value="LOCAL_GOVERNOR" label="Local governors" />
          <Checkbox name="roles[]" value="TRUSTEE" label="Trustees" />
        </fieldset>
        <Input name="withinMonths" label="Within how many months of appointment" inputMode="numeric" defaultValue="6" />
        <Input name="renewMonths" label="Renew every (months, optional)" inputMode="numeric" hint="Leave blank for once only." />
        <Submit>Add expectation</Submit>
      </Form>
    </details>
  );
}
