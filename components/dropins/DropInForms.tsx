"use client";
// Drop-in forms: a leader records a visit (no grade: the trust does not grade lessons); the teacher
// and the visitor reply. Each works without JavaScript.
import { Choice, Form, Input, Submit, TextArea } from "@/components/ui/form";
import { recordDropInAction, replyToDropInAction } from "@/lib/dropins/actions";

export function DropInForm({ teachers, today }: { teachers: { value: string; label: string }[]; today: string }) {
  return (
    <Form id="record-drop-in" action={recordDropInAction} loadSchema={() => import("@/lib/dropins/schema").then((m) => m.dropInSchema)} values={{ visitedOn: today }} className="space-y-4">
      <Choice name="teacherId" label="Teacher" empty="Choose the teacher…" options={teachers} />
      <Input name="visitedOn" label="Date of the visit" type="date" max={today} />
      <Input name="focus" label="Class or subject" hint="For example “Year 4 maths” or “10B English”." />
      <TextArea name="wentWell" label="What went well" rows={3} />
      <TextArea name="nextStep" label="One next step" rows={2} />
      <Submit>Share with the teacher</Submit>
    </Form>
  );
}

export function ReplyForm({ visitId }: { visitId: string }) {
  return (
    <Form id="reply" action={replyToDropInAction} loadSchema={() => import("@/lib/dropins/schema").then((m) => m.replySchema)} hidden={{ visitId }} className="space-y-3">
      <TextArea name="body" label="Your reply" rows={3} />
      <Submit variant="secondary">Send reply</Submit>
    </Form>
  );
}
