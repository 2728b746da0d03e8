import type { Metadata } from "next";
import Link from "next/link";
import { AgreeForm, ObjectiveForm, RemoveObjectiveForm } from "@/components/appraisal/ObjectiveForms";
import { Step } from "@/components/appraisal/Step";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { FlashNotice } from "@/components/ui/FlashNotice";
import { PageHeader } from "@/components/ui/PageHeader";
import { Section } from "@/components/ui/Section";
import { requireViewer } from "@/lib/access/viewer";
import { REVIEW_KIND_LABEL, REVIEW_KIND_SLUG } from "@/lib/appraisal/labels";
import { planDetail } from "@/lib/appraisal/queries";
import { STATUS_LABEL } from "@/lib/cpd/labels";
import { formatDate } from "@/lib/dates";
import { asRoute, routes, withHash, withQuery } from "@/lib/routes";

export const metadata: Metadata = { title: "Objectives" };

const box = "space-y-3 rounded border border-slate-200 bg-white p-4";

/** One plan's objectives: what, success indicators, timeframe, the priority served and the CPD planned; agreement by both. Never pay. */
export default async function PlanPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[]>> }) {
  const viewer = await requireViewer();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const p = await planDetail(viewer, id);
  // One objective's change form at a time (?change=<objective>): each carries the year's CPD as choices.
  const changing = typeof query.change === "string" ? query.change : undefined;
  const cpdOptions = p.cpd.map((a) => ({ value: a.id, label: `${a.title} (${formatDate(a.on)})` }));
  const agreement = p.agreed
    ? "Agreed by both."
    : p.objectives.length === 0
      ? "No objectives yet."
      : `${p.revieweeAgreed ? "The reviewee has agreed" : "The reviewee has not agreed yet"}; ${p.reviewerAgreed ? "the reviewer has agreed" : "the reviewer has not agreed yet"}.`;
  const mine = p.asReviewer ? p.reviewerAgreed : p.revieweeAgreed;
  return (
    <>
      <Breadcrumbs items={[{ label: "Performance development", href: routes.performance() }, { label: p.reviewee }]} />
      <PageHeader
        title={`Objectives: ${p.reviewee}`}
        lead={`${p.yearLabel}${p.jobTitle ? `, ${p.jobTitle}` : ""}, ${p.school}. Reviewer: ${p.reviewer}. Objectives agreed ${formatDate(p.window.from)} to ${formatDate(p.window.to)}; the trust asks for ${p.minObjectives} to ${p.maxObjectives}.`}
      />
      <FlashNotice />
      <div className="space-y-6">
        <Section id="agreement" title="Agreement" className={box}>
          <p>{agreement} Objectives agreed: <Step state={p.steps.objectives} />.</p>
          {p.party && p.objectives.length > 0 && !mine && <AgreeForm planId={p.id} />}
          {p.party && p.agreed && <p className="text-sm text-slate-700">Changing an objective now asks you both to agree again.</p>}
        </Section>
        <Section id="objectives" title="Objectives" className="space-y-4">
          {p.objectives.length === 0 && <p>None written yet.</p>}
          <ol className="space-y-4">
            {p.objectives.map((o, i) => (
              <li key={o.id} className={box}>
                <h3 className="font-semibold break-words">{i + 1}. {o.title}</h3>
                <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
                  <dt className="font-medium">Success indicators</dt><dd className="whitespace-pre-line break-words">{o.successIndicators}</dd>
                  <dt className="font-medium">Timeframe</dt><dd className="break-words">{o.timeframe}</dd>
                  <dt className="font-medium">Serves</dt>
                  <dd className="break-words">{o.priority ? <>School priority: <Link href={asRoute(routes.priority(o.priority.id))} className="text-brand-700 underline">{o.priority.title}</Link></> : `Trust priority: ${o.trustPriority}`}</dd>
                  <dt className="font-medium">Planned development</dt>
                  <dd>{o.evidence.length === 0 ? "None linked yet." : <ul className="list-disc pl-5">{o.evidence.map((e) => <li key={e.id} className="break-words">{e.title} ({formatDate(e.on)})</li>)}</ul>}</dd>
                </dl>
                {p.party &&
                  (changing === o.id ? (
                    <div id={`change-${o.id}`} className="space-y-3 border-t pt-3">
                      <h4 className="font-semibold">Change objective {i + 1}</h4>
                      <ObjectiveForm planId={p.id} objectiveId={o.id} priorities={p.priorities} cpd={cpdOptions} values={{ title: o.title, successIndicators: o.successIndicators, timeframe: o.timeframe, priorityId: o.priority?.id ?? "", trustPriority: o.trustPriority ?? "", evidence: o.evidence.map((e) => e.id) }} />
                      <RemoveObjectiveForm objectiveId={o.id} title={o.title} />
                      <Link href={asRoute(withHash(routes.performancePlan(p.id), "objectives"))} className="text-brand-700 underline">Keep objective {i + 1} as it is</Link>
                    </div>
                  ) : (
                    <Link href={asRoute(withHash(withQuery(routes.performancePlan(p.id), `change=${o.id}`), `change-${o.id}`))} className="block border-t pt-3 text-brand-700 underline">
                      Change objective {i + 1}
                    </Link>
                  ))}
              </li>
            ))}
          </ol>
          {p.party && p.objectives.length < p.maxObjectives && (
            <Section id="add" title="Add an objective" className={box} headingClassName="font-semibold">
              <ObjectiveForm planId={p.id} priorities={p.priorities} cpd={cpdOptions} />
            </Section>
          )}
        </Section>
        {p.readsReviews && (
          <Section id="reviews" title="Reviews" className={box}>
            <ul className="list-disc pl-5">
              <li><Link href={asRoute(routes.performanceReview(p.id, REVIEW_KIND_SLUG.MID_YEAR))} className="text-brand-700 underline">{REVIEW_KIND_LABEL.MID_YEAR}</Link>: <Step state={p.steps.midYear} /></li>
              <li><Link href={asRoute(routes.performanceReview(p.id, REVIEW_KIND_SLUG.END_OF_YEAR))} className="text-brand-700 underline">{REVIEW_KIND_LABEL.END_OF_YEAR}</Link>: <Step state={p.steps.endYear} /></li>
            </ul>
          </Section>
        )}
        {p.cpd.length > 0 && (
          <Section id="cpd" title={`CPD this year (${p.cpd.length})`} className={box}>
            <ul className="list-disc pl-5">{p.cpd.map((a) => <li key={a.id} className="break-words">{a.title}, {formatDate(a.on)} ({STATUS_LABEL[a.status]})</li>)}</ul>
          </Section>
        )}
      </div>
    </>
  );
}
