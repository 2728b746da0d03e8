"use client";
// One-button forms (join, leave, add, remove…): each is a real form, so it works without JavaScript.
import type { ActionState } from "@/lib/server/action";
import { ActionForm, Submit } from "./forms";

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
    <ActionForm id={id} action={action} hidden={hidden} className="inline-block space-y-2" label={label}>
      <Submit label={label} variant={variant} />
    </ActionForm>
  );
}
