"use client";
// The exit survey on a phone: one page of large radio targets and reason boxes, no JavaScript needed.
// Nothing here asks who is answering.
import { Checkbox, FieldError, Form, GroupError, Submit, TextArea, useField } from "@/components/ui/form";
import { answerExitSurveyAction } from "@/lib/staff-retention/actions";
import { EXIT_QUESTIONS, exitAnswerSchema, FACTORS, FACTORS_FIELD, FACTORS_TEXT } from "@/lib/staff-retention/exit-survey";
import { SCALE_LABELS } from "@/lib/voice/bank";
import { fieldName } from "@/lib/voice/schema";

type Q = (typeof EXIT_QUESTIONS)[number];

function Radios({ q, choices }: { q: Q; choices: { value: string; label: string }[] }) {
  const name = fieldName(q);
  const { fieldId, errors, value } = useField(name);
  return (
    <fieldset id={fieldId} aria-describedby={errors.length ? `${fieldId}-error` : undefined} className="rounded border border-slate-200 bg-white p-3">
      <legend className="px-1 font-medium">{q.text}</legend>
      <FieldError id={fieldId} errors={errors} />
      <div className={q.kind === "ENPS" ? "mt-2 grid grid-cols-6 gap-2 sm:grid-cols-11" : "mt-2 grid gap-2"}>
        {choices.map((c) => (
          <label key={c.value} className="flex min-h-11 cursor-pointer items-center gap-2 rounded border border-slate-300 px-3 py-2 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50">
            <input type="radio" name={name} value={c.value} defaultChecked={value === c.value} className="h-5 w-5 shrink-0" />
            <span>{c.label}</span>
          </label>
        ))}
      </div>
      {q.kind === "ENPS" && <p className="mt-1 text-sm text-slate-600">0 is not at all likely, 10 extremely likely.</p>}
    </fieldset>
  );
}

export function ExitSurveyForm({ token }: { token: string }) {
  return (
    <Form id="exit-survey" action={answerExitSurveyAction} schema={exitAnswerSchema} hidden={{ token }} className="space-y-4">
      <GroupError name="token" />
      <fieldset className="rounded border border-slate-200 bg-white p-3">
        <legend className="px-1 font-medium">{FACTORS_TEXT}</legend>
        <GroupError name={FACTORS_FIELD} />
        <div className="mt-2 grid gap-2">
          {FACTORS.map((f, i) => <Checkbox key={f} name={FACTORS_FIELD} value={String(i)} label={f} />)}
        </div>
      </fieldset>
      {EXIT_QUESTIONS.map((q) =>
        q.kind === "TEXT" ? (
          <TextArea key={q.key} name={fieldName(q)} label={q.text} hint="Please do not name anyone. Comments are read only when at least 10 leavers of a school have answered." rows={4} />
        ) : (
          <Radios key={q.key} q={q} choices={q.kind === "ENPS" ? Array.from({ length: 11 }, (_, i) => ({ value: String(i), label: String(i) })) : SCALE_LABELS.map((label, i) => ({ value: String(i + 1), label }))} />
        ),
      )}
      <Submit>Send my answers</Submit>
    </Form>
  );
}
