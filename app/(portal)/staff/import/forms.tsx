"use client";
// The staff import's forms (issue 11 §3): the upload and the column mapping. Kept beside the pages
// that alone use them.
import { Choice, Form, Input, Submit } from "@/components/ui/form";
import type { Option } from "@/components/ui/Select";
import { previewStaffImportAction, uploadStaffImportAction } from "@/lib/people/import/actions";
import { FIELDS, type FieldKey, type Mapping } from "@/lib/people/import/columns";

export function UploadStaffForm({ schools }: { schools: Option[] }) {
  return (
    <Form id="staff-upload" action={uploadStaffImportAction} loadSchema={() => import("@/lib/people/import/schema").then((m) => m.uploadSchema)} multipart className="max-w-2xl space-y-5">
      <Choice name="schoolId" label="School" options={schools} empty="Choose a school" defaultValue={schools.length === 1 ? schools[0]?.value : undefined} />
      <Input name="file" label="Staff file (CSV)" type="file" accept=".csv,text/csv" hint="Exported from the school's MIS as CSV, up to 5 MB, one member of staff a row under a header row." />
      <Submit>Upload and match columns</Submit>
    </Form>
  );
}

export function MappingForm({ importId, fields, headers, mapping }: { importId: string; fields: FieldKey[]; headers: { header: string; sample: string }[]; mapping: Mapping }) {
  const options = headers.map((h) => ({ value: h.header, label: h.sample ? `${h.header} (e.g. ${h.sample})` : h.header }));
  return (
    <Form id="staff-mapping" action={previewStaffImportAction} loadSchema={() => import("@/lib/people/import/schema").then((m) => m.mappingSchema)} hidden={{ importId }} className="max-w-2xl space-y-4">
      {fields.map((f) => (
        <Choice
          key={f}
          name={f}
          label={`${FIELDS[f].label}${FIELDS[f].required ? "" : " (optional)"}`}
          hint={FIELDS[f].hint}
          options={options}
          empty="Not in this file"
          defaultValue={mapping[f] ?? ""}
        />
      ))}
      <Submit>Preview the import</Submit>
    </Form>
  );
}
