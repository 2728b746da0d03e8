"use client";
import { Choice, Form, Input, Submit, TextArea } from "@/components/ui/form";
import { addResourceAction } from "@/lib/communities/actions";
import { RESOURCE_KIND_LABEL } from "@/lib/communities/labels";
import { options } from "@/lib/format";
import { ACCEPT } from "@/lib/storage/validate";

export function ResourceForm({ communityId }: { communityId: string }) {
  return (
    <Form id="resource" className="space-y-4" action={addResourceAction} loadSchema={() => import("@/lib/communities/schema").then((m) => m.resourceSchema)} hidden={{ communityId }} multipart>
      <Input name="title" label="Title" />
      <Choice name="kind" label="Kind" empty="Choose…" options={options(RESOURCE_KIND_LABEL)} />
      <TextArea name="description" label="Description (optional)" rows={3} />
      <Input name="tags" label="Tags (optional)" hint="Separate tags with commas, e.g. phonics, year 1" />
      <Input name="url" label="Web address" type="url" hint="A link to the resource, or upload a file below." />
      <Input name="file" label="File (PDF, image or office document, up to 10 MB)" type="file" accept={ACCEPT} />
      <Submit>Add resource</Submit>
    </Form>
  );
}
