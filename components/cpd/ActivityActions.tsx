"use client";
// Submit or delete an activity without editing it (each a one-button form that works without JavaScript).
// Delete asks first: a disclosure (native <details>, so no script is needed) holds the confirming button.
import { deleteActivityAction, submitActivityAction } from "@/lib/cpd/actions";
import { buttonClass } from "@/components/ui/Button";
import { Form, Submit } from "@/components/ui/form";

export function ActivityActions({ id, status }: { id: string; status: string }) {
  if (status !== "DRAFT" && status !== "RETURNED") return null;
  return (
    <div className="flex flex-col gap-3 border-t border-slate-200 pt-4 sm:flex-row sm:items-start">
      <Form id="submit-activity" action={submitActivityAction} hidden={{ id }} label="Submit without changes" className="">
        <Submit variant="secondary">Submit without changes</Submit>
      </Form>
      <details className="group">
        <summary className={buttonClass("danger", "min-h-11 cursor-pointer list-none")}>Delete this activity</summary>
        <div className="mt-3 rounded border-l-4 border-red-700 bg-red-50 p-3">
          <p className="mb-3">Delete this activity and any file attached to it? This cannot be undone.</p>
          <Form id="delete-activity" action={deleteActivityAction} hidden={{ id }} label="Confirm deleting this activity" className="">
            <Submit variant="danger">Yes, delete it</Submit>
          </Form>
        </div>
      </details>
    </div>
  );
}
