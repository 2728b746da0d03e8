"use client";
// One-button forms (join, leave, add, remove…): each is a real form, so it works without JavaScript.
import { Form, Submit } from "@/components/ui/form";
import type { ActionState } from "@/lib/forms/result";

export function ActionButton({
  id,
  action,
  hidden,
  label,
  variant = "secondary",
}: {
  id: string;
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  hidden: Record<string, string>;
  label: string;
  variant?: "primary" | "secondary" | "danger" | "link";
}) {
  return (
    <Form id={id} action={action} hidden={hidden} className="inline-block space-y-2" label={label}>
      <Submit variant={variant}>{label}</Submit>
    </Form>
  );
}
