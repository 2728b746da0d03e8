"use client";
import { Checkbox, Choice, Form, Input, Submit, TextArea } from "@/components/ui/form";
import { createCommunityAction, updateCommunityAction } from "@/lib/communities/actions";
import { COMMUNITY_KIND_LABEL } from "@/lib/communities/labels";
import { options } from "@/lib/format";

type Values = { id: string; name: string; kind: string; subject: string | null; description: string; clusterId: string | null; isOpen: boolean };

/** The trust admin's form to set a community up or change it. */
export function CommunityForm({ clusters, community }: { clusters: { id: string; name: string }[]; community?: Values }) {
  return (
    <Form id="community" className="space-y-4" action={community ? updateCommunityAction : createCommunityAction} loadSchema={() => import("@/lib/communities/schema").then((m) => (community ? m.updateCommunitySchema : m.createCommunitySchema))} hidden={community ? { communityId: community.id } : {}}>
      <Input name="name" label="Name" defaultValue={community?.name} />
      <Choice name="kind" label="Kind" defaultValue={community?.kind} empty="Choose…" options={options(COMMUNITY_KIND_LABEL)} />
      <Input name="subject" label="Subject (optional)" defaultValue={community?.subject ?? ""} />
      <TextArea name="description" label="Description" defaultValue={community?.description} rows={4} />
      <Choice
        name="clusterId"
        label="Cluster (for a local community)"
        defaultValue={community?.clusterId ?? ""}
        empty="Trust-wide"
        options={clusters.map((c) => ({ value: c.id, label: c.name }))}
      />
      <Checkbox name="isOpen" label="Open: any member of staff may join (otherwise by invitation)" defaultChecked={community?.isOpen ?? true} />
      <Submit>{community ? "Save community" : "Create community"}</Submit>
    </Form>
  );
}
