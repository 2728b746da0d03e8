"use client";
// Building a survey from the bank (a head for their school, the trust admin for every school) and
// recording "you said, we did" against its results.
import { Checkbox, Choice, Form, GroupError, Input, Submit, TextArea } from "@/components/ui/form";
import { buildSurveyAction, recordActionAction } from "@/lib/voice/actions";

type Option = { value: string; label: string };
type BankRow = { key: string; theme: string; text: string; kind: string; checked: boolean };

export function BuildSurveyForm({ scopes, bank, defaults }: { scopes: Option[]; bank: BankRow[]; defaults: { opensOn: string; closesOn: string; title: string } }) {
  const themes = [...new Set(bank.map((q) => q.theme))];
  return (
    <Form id="build-survey" action={buildSurveyAction} loadSchema={() => import("@/lib/voice/schema").then((m) => m.buildSurveySchema)} className="space-y-4" values={{ title: defaults.title, opensOn: defaults.opensOn, closesOn: defaults.closesOn, schoolId: scopes[0]?.value ?? "" }}>
      <Choice name="schoolId" label="Who is asked" options={scopes} />
      <Input name="title" label="Title" />
      <div className="grid gap-4 sm:grid-cols-2">
        <Input name="opensOn" label="Opens on" type="date" />
        <Input name="closesOn" label="Closes on" type="date" hint="Answers are taken until the end of this day." />
      </div>
      <fieldset className="space-y-3">
        <legend className="font-medium">Questions</legend>
        <p className="text-sm text-slate-600">Keep it short: staff should finish in under two minutes. At most one free-text question.</p>
        <GroupError name="questions[]" />
        {themes.map((theme) => (
          <div key={theme}>
            <h3 className="font-semibold">{theme}</h3>
            <div className="mt-1 space-y-1">
              {bank.filter((q) => q.theme === theme).map((q) => <Checkbox key={q.key} name="questions[]" value={q.key} label={q.text} defaultChecked={q.checked} />)}
            </div>
          </div>
        ))}
      </fieldset>
      <Submit>Save survey</Submit>
    </Form>
  );
}

export function RecordActionForm({ surveyId, schoolId, questions }: { surveyId: string; schoolId: string | null; questions: Option[] }) {
  return (
    <Form id="record-action" action={recordActionAction} loadSchema={() => import("@/lib/voice/schema").then((m) => m.actionSchema)} hidden={{ surveyId, schoolId: schoolId ?? "" }} className="space-y-3">
      <Choice name="questionKey" label="The result it answers (optional)" empty="The survey as a whole" options={questions} />
      <TextArea name="youSaid" label="You said" hint="What the results told you, in staff's terms." rows={2} />
      <TextArea name="weDid" label="We did" hint="What has changed, or will, and when." rows={3} />
      <Submit variant="secondary">Record action</Submit>
    </Form>
  );
}
