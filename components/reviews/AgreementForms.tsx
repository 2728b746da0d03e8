"use client";
// The trust admin closes a support agreement: how it ended, on which day, and its outcome.
import { Choice, Form, Input, Submit, TextArea } from "@/components/ui/form";
import { closeSupportAgreementAction } from "@/lib/reviews/actions";
import { AGREEMENT_CLOSE_LABEL } from "@/lib/reviews/labels";
import { options } from "@/lib/format";

export function CloseAgreementForm({ agreementId, today }: { agreementId: string; today: string }) {
  return (
    <Form id="close-agreement" action={closeSupportAgreementAction} loadSchema={() => import("@/lib/reviews/schema").then((m) => m.closeAgreementSchema)} hidden={{ agreementId }} className="space-y-4">
      <Choice name="status" label="How the support ended" empty="Choose…" options={options(AGREEMENT_CLOSE_LABEL)} />
      <Input name="endsOn" label="End date" type="date" max={today} defaultValue={today} hint="The day the support ended: not before its start, not after today." />
      <TextArea name="outcomeNote" label="Outcome" rows={4} hint="What changed at the receiving school. Both schools' heads and the trust read it." />
      <Submit>Close agreement</Submit>
    </Form>
  );
}
