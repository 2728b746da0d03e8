"use client";
// How each kind of notification arrives: by email, in the weekly digest, or only in the portal.
import { Choice, Form, Submit } from "@/components/ui/form";
import { savePreferencesAction } from "@/lib/notifications/actions";
import { CHOICE_LABELS } from "@/lib/notifications/kinds";

const OPTIONS = Object.entries(CHOICE_LABELS).map(([value, label]) => ({ value, label }));

export function PreferencesForm({ preferences }: { preferences: { kind: string; label: string; choice: string }[] }) {
  return (
    <Form id="notification-preferences" action={savePreferencesAction} loadSchema={() => import("@/lib/notifications/schema").then((m) => m.preferencesForm)} className="max-w-2xl space-y-5">
      {preferences.map((p) => (
        <Choice key={p.kind} name={p.kind} label={p.label} defaultValue={p.choice} options={OPTIONS} />
      ))}
      <Submit>Save choices</Submit>
    </Form>
  );
}
