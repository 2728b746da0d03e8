"use client";
// The survey on a phone: one page, each question a group of large radio targets (or a number, or task
// boxes), no JavaScript needed. Nothing here asks or shows who is answering.
import { Checkbox, FieldError, Form, GroupError, Submit, TextArea, Input, useField } from "@/components/ui/form";
import { answerSurveyAction } from "@/lib/voice/actions";
import { SCALE_LABELS, TASKS } from "@/lib/voice/bank";
import { fieldName } from "@/lib/voice/fields";
import type { SurveyQuestionKind } from "@/lib/db/generated/enums";

type Q = { key: string; kind: SurveyQuestionKind; text: string };

/** One question as a group of large radio targets (the staff survey's and the exit survey's). */
export function Radios({ q, choices }: { q: Q; choices: { value: string; label: string }[] }) {
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

function Question({ q }: { q: Q }) {
  switch (q.kind) {
    case "SCALE":
      return <Radios q={q} choices={SCALE_LABELS.map((label, i) => ({ value: String(i + 1), label }))} />;
    case "ENPS":
      return <Radios q={q} choices={Array.from({ length: 11 }, (_, i) => ({ value: String(i), label: String(i) }))} />;
    case "HOURS":
      return <Input name={fieldName(q)} label={q.text} hint="Whole hours, including work at home." type="number" inputMode="numeric" min={0} max={100} className="mt-1 block w-32 rounded border border-slate-500 bg-white px-3 py-2 text-base" />;
    case "TASKS":
      return (
        <fieldset className="rounded border border-slate-200 bg-white p-3">
          <legend className="px-1 font-medium">{q.text}</legend>
          <p className="text-sm text-slate-600">Tick any that apply.</p>
          <GroupError name={fieldName(q)} />
          <div className="mt-2 grid gap-2">
            {TASKS.map((t, i) => <Checkbox key={t} name={fieldName(q)} value={String(i)} label={t} />)}
          </div>
        </fieldset>
      );
    case "TEXT":
      return <TextArea name={fieldName(q)} label={`${q.text} (optional)`} hint="Please do not name anyone. Leaders read comments only after the survey closes, and only when at least 10 people answered." rows={4} />;
  }
}

export function AnswerForm({ surveyId, questions }: { surveyId: string; questions: Q[] }) {
  return (
    <Form id="answer-survey" action={answerSurveyAction} loadSchema={() => import("@/lib/voice/schema").then((m) => m.answerSchema)} hidden={{ surveyId }} className="space-y-4">
      <GroupError name="surveyId" />
      {questions.map((q) => <Question key={q.key} q={q} />)}
      <Submit>Send my answers</Submit>
    </Form>
  );
}
