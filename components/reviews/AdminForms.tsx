"use client";
// The trust admin's CSI forms: a cycle, a reviewer assignment, a CSI level, a critical friend, a support agreement.
import { Choice, Form, Input, Submit, TextArea } from "@/components/ui/form";
import { academicYearLabel } from "@/lib/dates";
import { assignCriticalFriendAction, assignReviewAction, createCycleAction, createSupportAgreementAction, setCsiLevelAction } from "@/lib/reviews/actions";
import { CSI_LEVEL_LABEL, FRIEND_KIND_LABEL, REVIEW_KIND_LABEL } from "@/lib/reviews/labels";
import { options } from "@/lib/format";

type Option = { value: string; label: string };

export function CycleForm({ year }: { year: number }) {
  return (
    <Form id="cycle" action={createCycleAction} loadSchema={() => import("@/lib/reviews/schema").then((m) => m.createCycleSchema)} className="space-y-4">
      <Input name="name" label="Name" defaultValue={`Head peer review ${academicYearLabel(year)}`} />
      <Input name="academicYear" label="Academic year (its first year)" inputMode="numeric" defaultValue={String(year)} />
      <Input name="opensOn" label="Window opens" type="date" />
      <Input name="closesOn" label="Window closes" type="date" />
      <Input name="maxReviewsPerReviewer" label="Most reviews per reviewer" inputMode="numeric" defaultValue="2" />
      <Submit>Create cycle</Submit>
    </Form>
  );
}

export function AssignForm({ cycleId, schools, reviewers, schoolId, reviewerId }: { cycleId: string; schools: Option[]; reviewers: Option[]; schoolId?: string; reviewerId?: string }) {
  return (
    <Form id="assign" action={assignReviewAction} loadSchema={() => import("@/lib/reviews/schema").then((m) => m.assignReviewSchema)} hidden={{ cycleId }} className="space-y-4">
      <Choice name="schoolId" label="School to review" empty="Choose a school…" options={schools} defaultValue={schoolId} />
      <Choice name="kind" label="Kind of review" options={options(REVIEW_KIND_LABEL)} defaultValue="HEAD_PEER_REVIEW" />
      <Choice name="leadReviewerId" label="Lead reviewer" empty="Choose a reviewer…" options={reviewers} defaultValue={reviewerId} />
      <Choice name="teamUserIds" label="Second reviewer (optional)" empty="None" options={reviewers} />
      <Input name="visitDate" label="Visit date (optional)" type="date" />
      <Submit>Assign reviewer</Submit>
    </Form>
  );
}

export function CsiLevelForm({ schoolId, cycles }: { schoolId: string; cycles: Option[] }) {
  return (
    <Form id="csi-level" action={setCsiLevelAction} loadSchema={() => import("@/lib/reviews/schema").then((m) => m.csiLevelSchema)} hidden={{ schoolId }} className="space-y-4">
      <Choice name="cycleId" label="Cycle" options={cycles} defaultValue={cycles[0]?.value} />
      <Choice name="level" label="CSI level" empty="Choose…" options={options(CSI_LEVEL_LABEL)} />
      <TextArea name="rationale" label="Rationale" rows={3} />
      <Submit>Set CSI level</Submit>
    </Form>
  );
}

export function FriendForm({ schoolId, people }: { schoolId: string; people: Option[] }) {
  return (
    <Form id="friend" action={assignCriticalFriendAction} loadSchema={() => import("@/lib/reviews/schema").then((m) => m.criticalFriendSchema)} hidden={{ schoolId }} className="space-y-4">
      <Choice name="kind" label="Who" empty="Choose…" options={options(FRIEND_KIND_LABEL)} />
      <Choice name="userId" label="Person in the portal" empty="Not in the portal" options={people} />
      <Input name="name" label="Name (when not in the portal)" />
      <Input name="organisation" label="Organisation (optional)" />
      <Input name="startsOn" label="From" type="date" />
      <Input name="endsOn" label="Until (optional)" type="date" />
      <Submit>Assign critical friend</Submit>
    </Form>
  );
}

export function AgreementForm({ id, giverSchoolId, receiverSchoolId, givers }: { id: string; giverSchoolId: string; receiverSchoolId: string; givers: Option[] }) {
  return (
    <Form id={id} action={createSupportAgreementAction} loadSchema={() => import("@/lib/reviews/schema").then((m) => m.supportAgreementSchema)} hidden={{ receiverSchoolId }} className="space-y-3">
      <Choice name="giverSchoolId" label="Capacity-giving school" options={givers} defaultValue={giverSchoolId} />
      <TextArea name="focus" label="Focus of the support" rows={2} />
      <Input name="staffDeployed" label="Staff deployed (names)" />
      <Input name="startsOn" label="Starts" type="date" />
      <Input name="endsOn" label="Ends (optional)" type="date" />
      <Submit>Create support agreement</Submit>
    </Form>
  );
}
