import type { Metadata } from "next";
import Link from "next/link";
import { CloseAgreementForm } from "@/components/reviews/AgreementForms";
import { BackLink } from "@/components/ui/BackLink";
import { PageHeader } from "@/components/ui/PageHeader";
import { Section } from "@/components/ui/Section";
import { requireViewer } from "@/lib/access/viewer";
import { formatDate, isoDay, londonToday } from "@/lib/dates";
import { supportAgreement } from "@/lib/reviews/agreements/queries";
import { AGREEMENT_STATUS_LABEL } from "@/lib/reviews/labels";

export const metadata: Metadata = { title: "Support agreement" };

const box = "rounded border border-slate-200 bg-white p-4 space-y-2";

/** One support agreement in full, for the heads of its two schools and the trust; the trust closes it with its outcome. */
export default async function SupportAgreementPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const a = await supportAgreement(viewer, (await params).id);
  return (
    <>
      <BackLink href="/reviews">Back to reviews</BackLink>
      <PageHeader title={`${a.giver.name} supports ${a.receiver.name}`} lead={`${AGREEMENT_STATUS_LABEL[a.status]} · ${formatDate(a.startsOn)} to ${a.endsOn ? formatDate(a.endsOn) : "no end date yet"}`} />
      <div className="grid gap-6 lg:grid-cols-2">
        <Section id="agreement" title="The agreement" className={box}>
          <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
            <dt className="font-semibold">Giving school</dt>
            <dd><Link href={`/reviews/schools/${a.giver.id}`} className="text-brand-700 underline">{a.giver.name}</Link></dd>
            <dt className="font-semibold">Receiving school</dt>
            <dd><Link href={`/reviews/schools/${a.receiver.id}`} className="text-brand-700 underline">{a.receiver.name}</Link></dd>
            <dt className="font-semibold">Focus</dt>
            <dd>{a.focus}</dd>
            <dt className="font-semibold">Staff deployed</dt>
            <dd>{a.staffDeployed || "Not recorded"}</dd>
            <dt className="font-semibold">Review actions it supports</dt>
            <dd>{a.actions.total === 0 ? "None" : `${a.actions.done} of ${a.actions.total} done`}</dd>
            <dt className="font-semibold">Agreed by</dt>
            <dd>{a.createdBy ?? "The trust"}</dd>
          </dl>
        </Section>
        <Section id="outcome" title="Outcome" className={box}>
          {a.closedAt ? (
            <>
              <p><span className="font-semibold">{AGREEMENT_STATUS_LABEL[a.status]}</span> on {formatDate(a.endsOn)}{a.closedBy ? `, recorded by ${a.closedBy}` : ""} ({formatDate(a.closedAt)}).</p>
              <p className="whitespace-pre-line">{a.outcomeNote}</p>
            </>
          ) : (
            <p>The support is still running: the trust records its outcome when it ends.</p>
          )}
          {a.may.close && (
            <div className="border-t pt-4">
              <h3 className="mb-2 font-semibold">Close the agreement</h3>
              <CloseAgreementForm agreementId={a.id} today={isoDay(londonToday())} />
            </div>
          )}
        </Section>
      </div>
    </>
  );
}
