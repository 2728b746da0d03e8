"use client";
// Log or edit a CPD activity. One column on a phone, two-up dates and hours from 640 px; the same
// zod schema checks it here and on the server.
import { saveActivityAction } from "@/lib/cpd/actions";
import { STRAND_LABEL, TYPE_LABEL } from "@/lib/cpd/labels";
import { options } from "@/lib/format";
import { ACCEPT } from "@/lib/storage/validate";
import { Choice, Form, Input, Submit, TextArea } from "@/components/ui/form";

type ActivityValues = Record<string, string>;

export function ActivityForm({
  values = {},
  evidenceFile,
  today,
  notice,
}: {
  notice?: string;
  values?: ActivityValues;
  evidenceFile?: { id: string; name: string } | null;
  today: string;
}) {
  const editing = Boolean(values.id);
  return (
    <Form id="activity" action={saveActivityAction} loadSchema={() => import("@/lib/cpd/schema").then((m) => m.activityForm)} multipart values={values} notice={notice} hidden={editing ? { id: values.id ?? "" } : {}}>
      <Input name="title" label="Title" hint="For example: Retrieval practice course" autoComplete="off" />
      <div className="grid gap-5 sm:grid-cols-2">
        <Choice name="type" label="Type of activity" empty="Choose a type" options={options(TYPE_LABEL)} />
        <Choice name="strand" label="Strand" empty="Choose a strand" options={options(STRAND_LABEL)} hint="Which of the trust's four strands it serves." />
      </div>
      <div className="grid grid-cols-2 gap-3 sm:gap-5">
        <Input name="startDate" label="Start date" type="date" max={today} />
        <Input name="endDate" label="End date" type="date" max={today} />
      </div>
      <div className="max-w-48">
        <Input name="hours" label="Hours" hint="Decimals are fine: 1.5 is an hour and a half." type="text" inputMode="decimal" autoComplete="off" />
      </div>
      <div className="grid gap-5 sm:grid-cols-2">
        <Input name="provider" label="Provider (optional)" autoComplete="off" />
        <Input name="subject" label="Subject (optional)" autoComplete="off" />
      </div>
      <TextArea name="reflection" label="Reflection (optional)" hint="What did you learn? Only you and your school's leaders can read this." />
      <TextArea name="impact" label="Impact on practice (optional)" hint="What will you change, or what has changed?" />
      <fieldset className="space-y-4 rounded border border-slate-300 p-3">
        <legend className="px-1 font-medium">Evidence (optional)</legend>
        <Input name="evidenceUrl" label="Link" type="url" inputMode="url" hint="A certificate or course page, starting https://" />
        {evidenceFile && (
          <div className="text-sm">
            <p>
              Current file:{" "}
              <a href={`/files/${evidenceFile.id}`} className="text-brand-700 underline">
                {evidenceFile.name}
              </a>
            </p>
            <label className="mt-1 flex items-center gap-2">
              <input type="checkbox" name="removeEvidence" className="h-5 w-5" /> Remove this file
            </label>
          </div>
        )}
        <Input name="evidence" label={evidenceFile ? "Replace with a file" : "Or upload a file"} type="file" accept={ACCEPT} hint="PDF, image or office document, up to 10 MB." />
      </fieldset>
      <div className="flex flex-col gap-3 sm:flex-row">
        <Submit name="intent" value="submit">
          Submit for verification
        </Submit>
        <Submit name="intent" value="draft" variant="secondary">
          Save as draft
        </Submit>
      </div>
    </Form>
  );
}
