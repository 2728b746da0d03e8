"use client";
// The notifications page's buttons: mark one read, mark all read (one-button forms of the kit's <Form>).
import { Form, Submit } from "@/components/ui/form";
import { markAllReadAction, markReadAction } from "@/lib/notifications/actions";

export function MarkReadButton({ id, title }: { id: string; title: string }) {
  return (
    <Form id={`read-${id}`} action={markReadAction} hidden={{ id }} label={`Mark as read: ${title}`} className="space-y-2">
      <Submit variant="secondary">Mark as read</Submit>
    </Form>
  );
}

export function MarkAllReadButton() {
  return (
    <Form id="read-all" action={markAllReadAction} label="Mark all notifications as read" className="space-y-2">
      <Submit variant="secondary">Mark all as read</Submit>
    </Form>
  );
}
