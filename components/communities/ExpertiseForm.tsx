"use client";
import { saveExpertiseAction } from "@/lib/communities/actions";
import { EXPERTISE_LEVEL_LABEL, options } from "@/lib/communities/labels";
import { ActionForm, Checkbox, SelectInput, Submit, TextArea, TextField } from "./forms";

type Entry = { id: string; area: string; level: string; description: string; willingToSupport: boolean };

export function ExpertiseForm({ entry }: { entry?: Entry }) {
  const id = entry ? `expertise-${entry.id}` : "expertise-new";
  return (
    <ActionForm id={id} action={saveExpertiseAction} hidden={entry ? { id: entry.id } : {}}>
      <TextField name="area" label="Subject or skill" defaultValue={entry?.area} hint="For example: phonics, A-level chemistry, safer recruitment" />
      <SelectInput name="level" label="Level" defaultValue={entry?.level} emptyLabel="Choose…" options={options(EXPERTISE_LEVEL_LABEL)} />
      <TextArea name="description" label="What you could help with (optional)" defaultValue={entry?.description} rows={3} />
      <Checkbox name="willingToSupport" label="I am willing to support other schools" defaultChecked={entry?.willingToSupport ?? false} />
      <Submit label={entry ? `Save ${entry.area}` : "Add expertise"} />
    </ActionForm>
  );
}
