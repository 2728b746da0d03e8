"use client";
// Verify or return one activity from its page; the next one waiting in the same view of the queue opens after.
import { verifyOneAction } from "@/lib/cpd/actions";
import { Form, Submit, TextArea } from "@/components/ui/form";

export function VerifyOne({ id, queue = "" }: { id: string; queue?: string }) {
  return (
    <Form id="verify-one" action={verifyOneAction} loadSchema={() => import("@/lib/cpd/schema").then((m) => m.verificationForm)} hidden={{ "ids[]": id, queue }} className="mt-6 space-y-4" label="Verify or return">
      <TextArea name="reason" label="Reason for returning (needed to return)" hint="The member of staff sees this." rows={2} />
      <p className="text-sm text-slate-700">Once you verify or return it, the next activity waiting opens.</p>
      <div className="flex flex-col gap-3 sm:flex-row">
        <Submit name="decision" value="verify">
          Verify
        </Submit>
        <Submit name="decision" value="return" variant="secondary">
          Return with reason
        </Submit>
      </div>
    </Form>
  );
}
