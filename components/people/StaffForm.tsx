"use client";
// Create or edit a member of staff (issue 11 §3): the same fields, checked in the browser and on the
// server by the same schema; leaving is its own form below (LeaverForm).
import { Checkbox, Choice, Form, GroupError, Input, Submit, TextArea } from "@/components/ui/form";
import type { Option } from "@/components/ui/Select";
import { createStaffAction, recordLeaverAction, updateStaffAction } from "@/lib/people/actions";
import { LEAVE_REASON_LABEL } from "@/lib/people/labels";
import { DESIGNATION_LABEL } from "@/lib/cpd/labels";
import { CareerStage, StaffCategory } from "@/lib/db/generated/enums";
import { enumOptions, options } from "@/lib/format";
import { LineManagerField, type ManagerGroup } from "./LineManagerField";

function Fields({ designations, managers }: { designations: string[]; managers: ManagerGroup[] }) {
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-2">
        <Input name="firstName" label="First name" autoComplete="off" />
        <Input name="lastName" label="Last name" autoComplete="off" />
      </div>
      <Input name="email" label="Work email" type="email" hint="Their sign-in name." autoComplete="off" />
      <Input name="jobTitle" label="Job title" />
      <div className="grid gap-4 sm:grid-cols-2">
        <Choice name="category" label="Category" options={enumOptions(Object.values(StaffCategory))} empty="Choose a category" />
        <Choice name="careerStage" label="Career stage" options={enumOptions(Object.values(CareerStage))} empty="Choose a stage" />
        <Input name="fte" label="FTE" hint="1 is full time; 0.6 is three days a week." inputMode="decimal" />
        <Input name="startDate" label="Start date" type="date" />
      </div>
      <Input name="subjects" label="Subjects (optional)" hint="Separated by commas, for example: Mathematics, Physics." />
      <LineManagerField groups={managers} />
      <fieldset className="space-y-2">
        <legend className="font-medium">Designations</legend>
        <GroupError name="designations[]" />
        {Object.entries(DESIGNATION_LABEL).map(([value, label]) => (
          <Checkbox key={value} name="designations[]" value={value} label={label} defaultChecked={designations.includes(value)} />
        ))}
      </fieldset>
    </>
  );
}

export function NewStaffForm({ schools, schoolId, managers }: { schools: Option[]; schoolId?: string; managers: ManagerGroup[] }) {
  return (
    <Form id="new-staff" action={createStaffAction} loadSchema={() => import("@/lib/people/staff-schema").then((m) => m.createStaffSchema)} className="max-w-2xl space-y-5" values={schoolId ? { schoolId } : {}}>
      <Choice name="schoolId" label="School" options={schools} empty="Choose a school" defaultValue={schools.length === 1 ? schools[0]?.value : undefined} />
      <Fields designations={[]} managers={managers} />
      <Checkbox name="invite" label="Email them a link to set their password now" defaultChecked />
      <Submit>Add to the staff</Submit>
    </Form>
  );
}

export function EditStaffForm({ id, values, managers }: { id: string; values: Record<string, string>; managers: ManagerGroup[] }) {
  return (
    <Form id="edit-staff" action={updateStaffAction} loadSchema={() => import("@/lib/people/staff-schema").then((m) => m.updateStaffSchema)} hidden={{ staffMemberId: id }} values={values} className="max-w-2xl space-y-5">
      <Fields designations={(values["designations[]"] ?? "").split("\n")} managers={managers} />
      <Submit>Save the record</Submit>
    </Form>
  );
}

const reasons = options(LEAVE_REASON_LABEL);

export function LeaverForm({ id, today }: { id: string; today: string }) {
  return (
    <Form id="leaver" action={recordLeaverAction} loadSchema={() => import("@/lib/people/staff-schema").then((m) => m.leaverSchema)} hidden={{ staffMemberId: id }} values={{ leaveDate: today }} className="max-w-md space-y-4">
      <Input name="leaveDate" label="Leave date" type="date" hint="Their last day; today or earlier." />
      <Choice name="leaveReason" label="Reason" options={reasons} empty="Choose a reason" />
      <TextArea name="leaveNote" label="Note (optional)" hint="Kept on their record for those who read it; never shown in figures." />
      <Checkbox name="exitSurvey" label="Email them the optional exit survey (anonymous; the link works for 30 days)" defaultChecked />
      <Submit variant="danger">Record leaving</Submit>
    </Form>
  );
}
