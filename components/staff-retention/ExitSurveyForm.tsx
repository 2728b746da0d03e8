"use client";
// The exit survey on a phone: one page of large radio targets and reason boxes, no JavaScript needed.
// Nothing here asks who is answering.
import { Checkbox, Form, GroupError, Submit, TextArea } from "@/components/ui/form";
import { Radios } from "@/components/voice/AnswerForm";
import { answerExitSurveyAction } from "@/lib/staff-retention/actions";
import { EXIT_QUESTIONS, FACTORS, FACTORS_FIELD, FACTORS_TEXT } from "@/lib/staff-retention/exit-questions";
import { SCALE_LABELS } from "@/lib/voice/bank";
import { fieldName } from "@/lib/voice/fields";

export function ExitSurveyForm({ token }: { token: string }) {
  return (
    <Form id="exit-survey" action={answerExitSurveyAction} loadSchema={() => import("@/lib/staff-retention/exit-survey").then((m) => m.exitAnswerSchema)} hidden={{ token }} className="space-y-4">
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
