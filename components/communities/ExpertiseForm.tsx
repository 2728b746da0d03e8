"use client";
import { Checkbox, Choice, Form, Input, Submit, TextArea } from "@/components/ui/form";
import { saveExpertiseAction } from "@/lib/communities/actions";
import { EXPERTISE_LEVEL_LABEL } from "@/lib/communities/labels";
import { options } from "@/lib/format";

type Entry = { id: string; area: string; level: string; description: string; willingToSupport: boolean };

export function ExpertiseForm({ entry }: { entry?: Entry }) {
  const id = entry ? `expertise-${entry.id}` : "expertise-new";
  return (
    <Form id={id} className="space-y-4" action={saveExpertiseAction} loadSchema={() => import("@/lib/communities/schema").then((m) => m.expertiseSchema)} hidden={entry ? { id: entry.id } : {}}>
      <Input name="area" label="Subject or skill" defaultValue={entry?.area} hint="For example: phonics, A-level chemistry, safer recruitment" />
      <Choice name="level" label="Level" defaultValue={entry?.level} empty="Choose…" options={options(EXPERTISE_LEVEL_LABEL)} />
      <TextArea name="description" label="What you could help with (optional)" defaultValue={entry?.description} rows={3} />
      <Checkbox name="willingToSupport" label="I am willing to support other schools" defaultChecked={entry?.willingToSupport ?? false} />
      <Submit>{entry ? `Save ${entry.area}` : "Add expertise"}</Submit>
    </Form>
  );
}
