"use client";
// An import's preview ends in one decision: apply it (only when the preview has no problem) or discard
// it. The school register (GIAS) and the staff import pass their own actions and words.
import { Form, Submit } from "@/components/ui/form";
import type { FormState } from "@/lib/forms/result";

type Action = (state: FormState, form: FormData) => Promise<FormState>;

export function DecideImport({ importId, canApply, apply, discard, applyText, id }: { importId: string; canApply: boolean; apply: Action; discard: Action; applyText: string; id: string }) {
  return (
    <div className="flex flex-wrap gap-4">
      {canApply && (
        <Form id={`apply-${id}`} action={apply} hidden={{ importId }} label={applyText} className="space-y-2">
          <Submit>{applyText}</Submit>
        </Form>
      )}
      <Form id={`discard-${id}`} action={discard} hidden={{ importId }} label="Discard the import" className="space-y-2">
        <Submit variant="secondary">Discard</Submit>
      </Form>
    </div>
  );
}
