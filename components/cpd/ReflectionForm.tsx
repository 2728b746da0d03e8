"use client";
// An attendee's reflection on a meeting their community's register recorded: the only part they change.
import { saveReflectionAction } from "@/lib/cpd/actions";
import { Form, Submit, TextArea } from "@/components/ui/form";

export function ReflectionForm({ id, reflection, impact }: { id: string; reflection: string; impact: string }) {
  return (
    <Form id="reflection" action={saveReflectionAction} loadSchema={() => import("@/lib/cpd/records/schema").then((m) => m.reflectionForm)} hidden={{ id }} className="space-y-4" label="Your reflection">
      <TextArea name="reflection" label="Reflection (optional)" hint="What you took from the meeting. Your school's leaders can read it." defaultValue={reflection} rows={4} />
      <TextArea name="impact" label="Impact on practice (optional)" hint="What you will do differently." defaultValue={impact} rows={3} />
      <Submit>Save reflection</Submit>
    </Form>
  );
}
