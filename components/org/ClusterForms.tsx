"use client";
// The trust admin's forms for clusters and a school's cluster and improvement capacity.
import { Choice, Form, Input, Submit, TextArea } from "@/components/ui/form";
import type { Option } from "@/components/ui/Select";
import { archiveClusterAction, createClusterAction, moveSchoolAction, renameClusterAction, setCapacityAction } from "@/lib/org/admin/actions";
import { CAPACITY_LABEL } from "@/lib/org/labels";
import { options } from "@/lib/format";

export function CreateClusterForm() {
  return (
    <Form id="new-cluster" action={createClusterAction} loadSchema={() => import("@/lib/org/admin/schema").then((m) => m.createClusterSchema)} className="flex flex-wrap items-end gap-3">
      <Input name="name" label="New cluster's name" />
      <Submit>Create the cluster</Submit>
    </Form>
  );
}

export function RenameClusterForm({ id, name }: { id: string; name: string }) {
  return (
    <Form id={`rename-${id}`} action={renameClusterAction} loadSchema={() => import("@/lib/org/admin/schema").then((m) => m.renameClusterSchema)} hidden={{ clusterId: id }} values={{ name }} className="flex flex-wrap items-end gap-3">
      <Input name="name" label={`Rename ${name}`} />
      <Submit variant="secondary">Rename</Submit>
    </Form>
  );
}

export function ArchiveClusterButton({ id, name, archived }: { id: string; name: string; archived: boolean }) {
  return (
    <Form id={`archive-${id}`} action={archiveClusterAction} hidden={{ clusterId: id, archived: archived ? "" : "on" }} label={`${archived ? "Restore" : "Archive"} ${name}`} className="space-y-2">
      <Submit variant="secondary">
        {archived ? "Restore" : "Archive"}
        <span className="sr-only"> {name}</span>
      </Submit>
    </Form>
  );
}

export function MoveSchoolForm({ schoolId, clusterId, clusters }: { schoolId: string; clusterId: string | null; clusters: Option[] }) {
  return (
    <Form id="move-school" action={moveSchoolAction} loadSchema={() => import("@/lib/org/admin/schema").then((m) => m.moveSchoolSchema)} hidden={{ schoolId }} className="flex flex-wrap items-end gap-3">
      <Choice name="clusterId" label="Cluster" options={clusters} empty="No cluster" defaultValue={clusterId ?? ""} />
      <Submit variant="secondary">Move</Submit>
    </Form>
  );
}

const capacities = options(CAPACITY_LABEL);

export function CapacityForm({ schoolId, capacity, today }: { schoolId: string; capacity: string; today: string }) {
  return (
    <Form id="capacity" action={setCapacityAction} loadSchema={() => import("@/lib/org/admin/schema").then((m) => m.capacitySchema)} hidden={{ schoolId }} values={{ capacity, effectiveOn: today }} className="max-w-xl space-y-4">
      <Choice name="capacity" label="Improvement capacity" options={capacities} />
      <TextArea name="rationale" label="Why" hint="What the trust knows that supports this: recent reviews, leadership, outcomes." rows={4} />
      <Input name="effectiveOn" label="From" type="date" />
      <Submit>Record the capacity</Submit>
    </Form>
  );
}
