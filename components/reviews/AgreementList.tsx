// Support agreements as a list: who supports whom, status and dates, the focus; for those who may read an
// agreement in full (its two schools' heads, the trust) the staff deployed, the outcome and a link to it.
import Link from "next/link";
import { formatDate } from "@/lib/dates";
import { AGREEMENT_STATUS_LABEL } from "@/lib/reviews/labels";
import type { SupportAgreementStatus } from "@/lib/db/generated/enums";

export type AgreementItem = {
  id: string; focus: string; status: SupportAgreementStatus; startsOn: Date; endsOn: Date | null;
  staffDeployed: string | null; outcomeNote: string | null; full: boolean;
  giver: { name: string }; receiver: { name: string };
};

export function AgreementList({ agreements, empty = "None." }: { agreements: AgreementItem[]; empty?: string }) {
  if (agreements.length === 0) return <p>{empty}</p>;
  return (
    <ul className="divide-y divide-slate-200">
      {agreements.map((a) => (
        <li key={a.id} className="py-2">
          <p>
            {a.full ? <Link href={`/reviews/agreements/${a.id}`} className="text-brand-700 underline">{a.giver.name} supports {a.receiver.name}</Link> : <>{a.giver.name} supports {a.receiver.name}</>}{" "}
            ({AGREEMENT_STATUS_LABEL[a.status]}, {formatDate(a.startsOn)} to {a.endsOn ? formatDate(a.endsOn) : "no end date yet"}): {a.focus}
          </p>
          {a.staffDeployed && <p className="text-sm">Staff deployed: {a.staffDeployed}</p>}
          {a.outcomeNote && <p className="text-sm"><span className="font-semibold">Outcome:</span> {a.outcomeNote}</p>}
        </li>
      ))}
    </ul>
  );
}
