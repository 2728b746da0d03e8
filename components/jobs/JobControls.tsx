"use client";
// A failed job's two buttons on /admin/jobs: each a one-button form (the kit's <Form>).
import { Form, Submit } from "@/components/ui/form";
import { discardJobAction, retryJobAction } from "@/lib/jobs/actions";

export function JobControls({ jobId, what }: { jobId: string; what: string }) {
  return (
    <div className="flex flex-wrap gap-2">
      <Form id={`retry-${jobId}`} action={retryJobAction} hidden={{ jobId }} label={`Retry: ${what}`} className="space-y-2">
        <Submit variant="secondary">Retry</Submit>
      </Form>
      <Form id={`discard-${jobId}`} action={discardJobAction} hidden={{ jobId }} label={`Discard: ${what}`} className="space-y-2">
        <Submit variant="danger">Discard</Submit>
      </Form>
    </div>
  );
}
