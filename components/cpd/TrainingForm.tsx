"use client";
// Record a statutory training completion: which training, when, and (optionally) the certificate.
// The same zod schema checks it here and on the server; the expiry date is worked out on the server.
import { recordTrainingAction } from "@/lib/cpd/actions";
import { ACCEPT } from "@/lib/storage/validate";
import { Choice, Form, Input, Submit } from "@/components/ui/form";

export function TrainingForm({
  requirements,
  values = {},
  today,
}: {
  requirements: { id: string; name: string; validityMonths: number }[];
  values?: Record<string, string>;
  today: string;
}) {
  const options = requirements.map((r) => ({ value: r.id, label: `${r.name} (valid for ${r.validityMonths} months)` }));
  return (
    <Form id="training" action={recordTrainingAction} loadSchema={() => import("@/lib/cpd/schema").then((m) => m.trainingForm)} multipart values={values}>
      <Choice name="requirementId" label="Training" empty="Choose the training" options={options} />
      <div className="max-w-60">
        <Input name="completedOn" label="Date you completed it" type="date" min="2000-01-01" max={today} hint="The expiry date is worked out from this." />
      </div>
      <Input name="certificate" label="Certificate (optional)" type="file" accept={ACCEPT} hint="PDF, image or office document, up to 10 MB." />
      <Submit>Record training</Submit>
    </Form>
  );
}
