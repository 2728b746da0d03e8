import type { Metadata } from "next";
import { PayForm } from "@/components/appraisal/CycleForms";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { FlashNotice } from "@/components/ui/FlashNotice";
import { PageHeader } from "@/components/ui/PageHeader";
import { Section } from "@/components/ui/Section";
import { requireViewer } from "@/lib/access/viewer";
import { PAY_LABEL } from "@/lib/appraisal/labels";
import { payDetail } from "@/lib/appraisal/reviews/queries";
import { formatDateTime } from "@/lib/dates";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Pay recommendation" };

/** The pay recommendation, apart from the objectives: the reviewer, the head and the trust admin only. */
export default async function PayPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const p = await payDetail(viewer, (await params).id);
  return (
    <>
      <Breadcrumbs items={[{ label: "Performance development", href: routes.performance() }, { label: `Pay recommendation: ${p.reviewee}` }]} />
      <PageHeader title={`Pay recommendation: ${p.reviewee}`} lead={`${p.yearLabel}. Reviewer: ${p.reviewer}. Read by the reviewer, the head and the trust admin only; never shown to ${p.reviewee}.`} />
      <FlashNotice />
      <div className="max-w-2xl space-y-6">
        <Section id="recommendation" title="Recommendation" className="space-y-2 rounded border border-slate-200 bg-white p-4">
          {!p.recorded ? <p>The trust records no pay recommendations this year.</p> : p.pay ? (
            <>
              <p className="font-semibold">{PAY_LABEL[p.pay.outcome]}</p>
              <p className="whitespace-pre-line break-words">{p.pay.reason}</p>
              <p className="text-sm text-slate-700">Recorded {formatDateTime(p.pay.at)}.</p>
            </>
          ) : <p>None recorded yet.</p>}
        </Section>
        {p.records && (
          <Section id="record" title={p.pay ? "Change the recommendation" : "Record the recommendation"}>
            <PayForm planId={p.planId} values={p.pay ? { outcome: p.pay.outcome, reason: p.pay.reason } : undefined} />
          </Section>
        )}
      </div>
    </>
  );
}
