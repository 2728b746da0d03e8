"use client";
// The retention forms (issue 21 §2): a line of the schedule, review or automatic erasure, a legal hold,
// and an erasure on request with its reason and confirmation. Each is checked in the browser by the server's schema.
import { Checkbox, Choice, Form, Input, Submit, TextArea } from "@/components/ui/form";
import { eraseOnRequestAction, placeHoldAction, setAutoEraseAction, updateRuleAction } from "@/lib/retention/actions";

const UNITS = [
  { value: "DAYS", label: "days" },
  { value: "MONTHS", label: "months" },
  { value: "YEARS", label: "years" },
];

export function RuleForm({ kind, label, from, values }: { kind: string; label: string; from: string; values: Record<string, string> }) {
  const id = `rule-${kind.toLowerCase()}`;
  return (
    <Form id={id} action={updateRuleAction} loadSchema={() => import("@/lib/retention/schema").then((m) => m.ruleSchema)} hidden={{ kind }} values={values} label={`Retention of ${label.toLowerCase()}`} className="space-y-3">
      <div className="flex flex-wrap items-end gap-3">
        <div className="w-28">
          <Input name="period" label="Kept for" inputMode="numeric" />
        </div>
        <div className="w-36">
          <Choice name="unit" label="Unit" options={UNITS} />
        </div>
        <p className="pb-2 text-slate-700">{from}</p>
      </div>
      <TextArea name="basis" label="Basis" hint="The law, guidance or practice this follows: staff read it on the privacy page." rows={2} />
      <Submit variant="secondary">Save {label.toLowerCase()}</Submit>
    </Form>
  );
}

export function AutoEraseForm({ auto }: { auto: boolean }) {
  return (
    <Form id="retention-mode" action={setAutoEraseAction} loadSchema={() => import("@/lib/retention/schema").then((m) => m.autoEraseSchema)} className="space-y-3">
      <Checkbox name="auto" label="Erase automatically each night, without the review list" defaultChecked={auto} />
      <Submit variant="secondary">Save the setting</Submit>
    </Form>
  );
}

export function HoldForm({ staffMemberId }: { staffMemberId: string }) {
  return (
    <Form id="legal-hold" action={placeHoldAction} loadSchema={() => import("@/lib/retention/schema").then((m) => m.placeHoldSchema)} hidden={{ staffMemberId }} className="max-w-2xl space-y-4">
      <TextArea name="reason" label="Reason for the hold" hint="The claim, tribunal or investigation the records are needed for." rows={2} />
      <Submit variant="secondary">Place a legal hold</Submit>
    </Form>
  );
}

export function EraseForm({ staffMemberId, name }: { staffMemberId: string; name: string }) {
  return (
    <Form id="erase-person" action={eraseOnRequestAction} loadSchema={() => import("@/lib/retention/schema").then((m) => m.eraseRequestSchema)} hidden={{ staffMemberId }} className="max-w-2xl space-y-4">
      <TextArea name="reason" label="Reason for the erasure" hint="For example: their request of 3 March 2026 under Article 17 UK GDPR. It is kept in the audit log." rows={2} />
      <Checkbox name="confirm" label={`I understand that ${name}'s data is erased for good and cannot be restored from the portal`} />
      <Submit variant="danger">Erase {name}&apos;s data</Submit>
    </Form>
  );
}
