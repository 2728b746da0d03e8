"use client";
import { createCommunityAction, updateCommunityAction } from "@/lib/communities/actions";
import { COMMUNITY_KIND_LABEL, options } from "@/lib/communities/labels";
import { ActionForm, Checkbox, SelectInput, Submit, TextArea, TextField } from "./forms";

type Values = { id: string; name: string; kind: string; subject: string | null; description: string; clusterId: string | null; isOpen: boolean };

/** The trust admin's form to set a community up or change it. */
export function CommunityForm({ clusters, community }: { clusters: { id: string; name: string }[]; community?: Values }) {
  return (
    <ActionForm id="community" action={community ? updateCommunityAction : createCommunityAction} hidden={community ? { communityId: community.id } : {}}>
      <TextField name="name" label="Name" defaultValue={community?.name} />
      <SelectInput name="kind" label="Kind" defaultValue={community?.kind} emptyLabel="Choose…" options={options(COMMUNITY_KIND_LABEL)} />
      <TextField name="subject" label="Subject (optional)" defaultValue={community?.subject ?? ""} />
      <TextArea name="description" label="Description" defaultValue={community?.description} />
      <SelectInput
        name="clusterId"
        label="Cluster (for a local community)"
        defaultValue={community?.clusterId ?? ""}
        emptyLabel="Trust-wide"
        options={clusters.map((c) => ({ value: c.id, label: c.name }))}
      />
      <Checkbox name="isOpen" label="Open: any member of staff may join (otherwise by invitation)" defaultChecked={community?.isOpen ?? true} />
      <Submit label={community ? "Save community" : "Create community"} />
    </ActionForm>
  );
}
