"use client";
import { addResourceAction } from "@/lib/communities/actions";
import { options, RESOURCE_KIND_LABEL } from "@/lib/communities/labels";
import { ACCEPT } from "@/lib/storage/validate";
import { ActionForm, SelectInput, Submit, TextArea, TextField } from "./forms";

export function ResourceForm({ communityId }: { communityId: string }) {
  return (
    <ActionForm id="resource" action={addResourceAction} hidden={{ communityId }} multipart>
      <TextField name="title" label="Title" />
      <SelectInput name="kind" label="Kind" emptyLabel="Choose…" options={options(RESOURCE_KIND_LABEL)} />
      <TextArea name="description" label="Description (optional)" rows={3} />
      <TextField name="tags" label="Tags (optional)" hint="Separate tags with commas, e.g. phonics, year 1" />
      <TextField name="url" label="Web address" type="url" hint="A link to the resource, or upload a file below." />
      <TextField name="file" label="File (PDF, image or office document, up to 10 MB)" type="file" accept={ACCEPT} />
      <Submit label="Add resource" />
    </ActionForm>
  );
}
