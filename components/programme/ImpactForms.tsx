"use client";
// The six-week follow-up, and a person's calendar link (make, renew, revoke).
import { Form, GroupError, Submit, TextArea } from "@/components/ui/form";
import { answerFollowUpAction, makeFeedAction, revokeFeedAction } from "@/lib/programme/actions";

export function FollowUpForm({ followUpId }: { followUpId: string }) {
  return (
    <Form id="follow-up" action={answerFollowUpAction} loadSchema={() => import("@/lib/programme/schema").then((m) => m.followUpSchema)} hidden={{ followUpId }} className="space-y-4">
      <fieldset>
        <legend className="font-medium">Have you changed something in your practice since?</legend>
        <GroupError name="changedPractice" />
        {[["yes", "Yes"], ["no", "Not yet"]].map(([value, label]) => (
          <div key={value} className="flex items-center gap-2">
            <input id={`follow-up-changed-${value}`} type="radio" name="changedPractice" value={value} className="h-5 w-5" />
            <label htmlFor={`follow-up-changed-${value}`}>{label}</label>
          </div>
        ))}
      </fieldset>
      <TextArea name="practice" label="What did you change in your practice?" hint="Or what stopped you, if nothing changed yet." rows={4} />
      <TextArea name="pupils" label="What have you seen in pupils? (optional)" rows={3} />
      <Submit>Send my answer</Submit>
    </Form>
  );
}

export function MakeFeedForm({ renew }: { renew: boolean }) {
  return (
    <Form id="make-feed" action={makeFeedAction} label={renew ? "Make a new calendar link" : "Make my calendar link"}>
      <Submit variant={renew ? "secondary" : "primary"}>{renew ? "Make a new link (the old one stops working)" : "Make my calendar link"}</Submit>
    </Form>
  );
}

export function RevokeFeedForm() {
  return (
    <Form id="revoke-feed" action={revokeFeedAction} label="Revoke my calendar link">
      <Submit variant="danger">Revoke the link</Submit>
    </Form>
  );
}
