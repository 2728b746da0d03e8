"use client";
// The employment history forms of a staff record (issue 11 §3): a permanent transfer, a secondment,
// a staff swap and ending one early. Each is checked in the browser by the server's own schema.
import { Form, Input, Submit, Choice, TextArea } from "@/components/ui/form";
import type { Option } from "@/components/ui/Select";
import { cancelPlacementAction, endPlacementAction, secondStaffAction, swapStaffAction, transferStaffAction } from "@/lib/people/employment/actions";

/** The period and note of a secondment or swap, and its button. */
function Period({ first, last, submit }: { first: string; last: string; submit: string }) {
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-2">
        <Input name="startDate" label={first} type="date" />
        <Input name="endDate" label={last} type="date" />
      </div>
      <Note />
      <Submit>{submit}</Submit>
    </>
  );
}

const Note = () => <TextArea name="note" label="Note (optional)" rows={2} />;

export function TransferForm({ id, schools, today }: { id: string; schools: Option[]; today: string }) {
  return (
    <Form id="transfer" action={transferStaffAction} loadSchema={() => import("@/lib/people/employment/schema").then((m) => m.transferSchema)} hidden={{ staffMemberId: id }} values={{ startDate: today }} className="max-w-xl space-y-4">
      <Choice name="toSchoolId" label="School they move to" options={schools} empty="Choose a school" />
      <Input name="startDate" label="Date of the move" type="date" hint="Their first day at the new school: today or earlier." />
      <Note />
      <Submit>Record the transfer</Submit>
    </Form>
  );
}

export function SecondmentForm({ id, schools }: { id: string; schools: Option[] }) {
  return (
    <Form id="secondment" action={secondStaffAction} loadSchema={() => import("@/lib/people/employment/schema").then((m) => m.secondmentSchema)} hidden={{ staffMemberId: id }} className="max-w-xl space-y-4">
      <Choice name="toSchoolId" label="School they are seconded to" options={schools} empty="Choose a school" />
      <Period first="First day there" last="Last day there" submit="Record the secondment" />
    </Form>
  );
}

export function SwapForm({ id, people, school }: { id: string; people: Option[]; school: string }) {
  return (
    <Form id="swap" action={swapStaffAction} loadSchema={() => import("@/lib/people/employment/schema").then((m) => m.swapSchema)} hidden={{ staffMemberId: id }} className="max-w-xl space-y-4">
      <Choice name="otherStaffMemberId" label={`Who at ${school} they swap with`} options={people} empty="Choose a person" />
      <Period first="First day of the swap" last="Last day of the swap" submit="Record the swap" />
    </Form>
  );
}

export function EndPlacementForm({ placementId, earliest, what }: { placementId: string; earliest: string; what: string }) {
  return (
    <Form id={`end-${placementId}`} action={endPlacementAction} loadSchema={() => import("@/lib/people/employment/schema").then((m) => m.endPlacementSchema)} hidden={{ placementId }} values={{ endDate: earliest }} className="flex flex-wrap items-end gap-2">
      <Input name="endDate" label={`New last day of the ${what}`} type="date" />
      <Submit variant="secondary">End early</Submit>
    </Form>
  );
}

export function CancelPlacementForm({ placementId, what }: { placementId: string; what: string }) {
  return (
    <Form id={`cancel-${placementId}`} action={cancelPlacementAction} hidden={{ placementId }} label={`Cancel the ${what}`}>
      <Submit variant="secondary">Cancel the {what}</Submit>
    </Form>
  );
}
