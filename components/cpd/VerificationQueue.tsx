"use client";
// The verification queue: tick activities, then verify them or return them with one reason. A plain
// form (checkboxes named ids[]) that works without JavaScript.
import Link from "next/link";
import { reviewActivitiesAction } from "@/lib/cpd/actions";
import { TYPE_LABEL } from "@/lib/cpd/labels";
import { reviewForm } from "@/lib/cpd/schema";
import { Form, Submit, TextArea } from "@/components/ui/form";

export type QueueRow = {
  id: string; title: string; type: string; startDate: string; minutes: string; submittedAt: string; staff: string; jobTitle: string; evidence: boolean;
};

export function VerificationQueue({ rows }: { rows: QueueRow[] }) {
  return (
    <Form id="review" action={reviewActivitiesAction} schema={reviewForm} className="space-y-4">
      <fieldset id="review-ids">
        <legend className="sr-only">Activities awaiting verification</legend>
        <div className="overflow-x-auto rounded border border-slate-200 bg-white">
          <table className="w-full text-sm">
            <caption className="sr-only">Activities awaiting verification</caption>
            <thead className="bg-slate-100 text-left">
              <tr>
                <th scope="col" className="p-2">
                  <span className="sr-only">Select</span>
                </th>
                <th scope="col" className="p-2">Member of staff</th>
                <th scope="col" className="p-2">Activity</th>
                <th scope="col" className="p-2">Date</th>
                <th scope="col" className="p-2 text-right">Hours</th>
                <th scope="col" className="p-2">Evidence</th>
                <th scope="col" className="p-2">Submitted</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} className="border-t border-slate-200">
                  <td className="p-2">
                    <input type="checkbox" name="ids[]" value={r.id} id={`pick-${r.id}`} className="h-5 w-5" aria-label={`Select ${r.title} by ${r.staff}`} />
                  </td>
                  <td className="p-2">
                    {r.staff}
                    <span className="block text-xs text-slate-600">{r.jobTitle}</span>
                  </td>
                  <td className="p-2">
                    <Link href={`/verification/${r.id}`} className="text-brand-700 underline">
                      {r.title}
                    </Link>
                    <span className="block text-xs text-slate-600">{TYPE_LABEL[r.type] ?? r.type}</span>
                  </td>
                  <td className="p-2">{r.startDate}</td>
                  <td className="p-2 text-right">{r.minutes}</td>
                  <td className="p-2">{r.evidence ? "Yes" : "No"}</td>
                  <td className="p-2">{r.submittedAt}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </fieldset>
      <TextArea name="reason" label="Reason for returning (needed to return)" hint="The member of staff sees this and can change the record and submit it again." rows={2} />
      <div className="flex flex-col gap-3 sm:flex-row">
        <Submit name="decision" value="verify">
          Verify selected
        </Submit>
        <Submit name="decision" value="return" variant="secondary">
          Return selected with reason
        </Submit>
      </div>
    </Form>
  );
}
