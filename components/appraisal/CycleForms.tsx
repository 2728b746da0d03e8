"use client";
// The forms of those who run the cycle: the trust admin's windows and rules and each head's reviewer and
// panel, a head's choice of reviewer for a member of staff, and the reviewer's pay recommendation.
import { Checkbox, Choice, Form, GroupError, Input, Submit, TextArea } from "@/components/ui/form";
import { recordPayAction, setCycleAction, setHeadReviewerAction, setReviewerAction } from "@/lib/appraisal/actions";
import { PAY_LABEL } from "@/lib/appraisal/labels";
import { options } from "@/lib/format";

type Option = { value: string; label: string };

export function CycleForm({ year, values }: { year: number; values: Record<string, string | boolean> }) {
  const text = Object.fromEntries(Object.entries(values).filter(([, v]) => typeof v === "string")) as Record<string, string>;
  return (
    <Form id="cycle" action={setCycleAction} loadSchema={() => import("@/lib/appraisal/schema").then((m) => m.cycleSchema)} hidden={{ academicYear: String(year) }} values={text} className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <Input name="objectivesFrom" label="Objectives agreed from" type="date" />
        <Input name="objectivesTo" label="Objectives agreed by" type="date" />
        <Input name="headsObjectivesTo" label="Heads' objectives agreed by" type="date" />
        <span aria-hidden="true" />
        <Input name="midYearFrom" label="Mid-year review from" type="date" />
        <Input name="midYearTo" label="Mid-year review by" type="date" />
        <Input name="endYearFrom" label="End-of-year review from" type="date" />
        <Input name="endYearTo" label="End-of-year review by" type="date" />
        <Input name="minObjectives" label="Fewest objectives" inputMode="numeric" />
        <Input name="maxObjectives" label="Most objectives" inputMode="numeric" />
      </div>
      <Checkbox name="supportStaff" label="Support staff take part" defaultChecked={values.supportStaff === true} />
      <Checkbox name="payRecommendations" label="Reviewers record a pay recommendation" defaultChecked={values.payRecommendations === true} />
      <Submit>Save the cycle</Submit>
    </Form>
  );
}

/** `reviewers` is the school's whole list (one array for every row, so the page's payload carries it once); `self` is left out of it. */
export function ReviewerForm({ staffMemberId, name, reviewerId, reviewers, self }: { staffMemberId: string; name: string; reviewerId: string; reviewers: Option[]; self: string | null }) {
  return (
    <Form id={`reviewer-${staffMemberId}`} action={setReviewerAction} loadSchema={() => import("@/lib/appraisal/schema").then((m) => m.setReviewerSchema)} hidden={{ staffMemberId }} label={`Reviewer of ${name}`} className="flex flex-wrap items-end gap-2">
      <Choice name="reviewerId" label={`Reviewer of ${name}`} empty="Choose…" options={reviewers.filter((x) => x.value !== self)} defaultValue={reviewerId} />
      <Submit variant="secondary">Set<span className="sr-only"> the reviewer of {name}</span></Submit>
    </Form>
  );
}

export function HeadReviewerForm({ staffMemberId, name, reviewerId, panel, leaders, governors }: { staffMemberId: string; name: string; reviewerId: string; panel: string[]; leaders: Option[]; governors: Option[] }) {
  return (
    <Form id={`head-${staffMemberId}`} action={setHeadReviewerAction} loadSchema={() => import("@/lib/appraisal/schema").then((m) => m.setHeadReviewerSchema)} hidden={{ staffMemberId }} values={{ reviewerId, "panel[]": panel.join("\n") }} className="space-y-3">
      <Choice name="reviewerId" label={`Reviewer of ${name}`} hint="A trust leader." empty="Choose…" options={leaders} />
      {governors.length > 0 && (
        <fieldset className="space-y-2">
          <legend className="font-medium">Governors on the panel (optional)</legend>
          <GroupError name="panel[]" />
          {governors.map((g) => <Checkbox key={g.value} name="panel[]" value={g.value} label={g.label} defaultChecked={panel.includes(g.value)} />)}
        </fieldset>
      )}
      <Submit variant="secondary">Save<span className="sr-only"> the reviewer of {name}</span></Submit>
    </Form>
  );
}

export function PayForm({ planId, values }: { planId: string; values?: { outcome: string; reason: string } }) {
  return (
    <Form id="pay" action={recordPayAction} loadSchema={() => import("@/lib/appraisal/schema").then((m) => m.paySchema)} hidden={{ planId }} values={values} className="space-y-4">
      <Choice name="outcome" label="Recommendation" empty="Choose…" options={options(PAY_LABEL)} />
      <TextArea name="reason" label="Reason" rows={3} />
      <Submit>Record the recommendation</Submit>
    </Form>
  );
}
