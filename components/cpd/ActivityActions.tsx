"use client";
// Submit or delete an activity without editing it (each a one-button form that works without JavaScript).
import { deleteActivityAction, submitActivityAction } from "@/lib/cpd/actions";
import { Form, Submit } from "@/components/ui/form";

export function ActivityActions({ id, status }: { id: string; status: string }) {
  if (status !== "DRAFT" && status !== "RETURNED") return null;
  return (
    <div className="flex flex-col gap-3 border-t border-slate-200 pt-4 sm:flex-row">
      <Form id="submit-activity" action={submitActivityAction} hidden={{ id }} label="Submit without changes" className="">
        <Submit variant="secondary">Submit without changes</Submit>
      </Form>
      <Form id="delete-activity" action={deleteActivityAction} hidden={{ id }} label="Delete this activity" className="">
        <Submit variant="danger">Delete this activity</Submit>
      </Form>
    </div>
  );
}
