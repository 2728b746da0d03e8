// One school's retention page body: its head and governors, trustees and the trust admin.
import { queryHref } from "@/components/ui/Pager";
import { Section } from "@/components/ui/Section";
import type { Href } from "@/lib/routes";
import type { schoolRetentionInsight } from "@/lib/staff-retention/queries";
import { CohortTable, DEFINITIONS, ExitResults, ReasonsTable, SeriesTable, TrendChart } from "./Figures";

type Data = Awaited<ReturnType<typeof schoolRetentionInsight>>;

/** `path` is the page's own address (for the comments' pages), `commentsPage` the page of comments shown. */
export function SchoolRetention({ d, path, commentsPage }: { d: Data; path: Href; commentsPage: number }) {
  const span = `${d.years[0]} to ${d.years[d.years.length - 1]}`;
  return (
    <div className="space-y-10">
      <Section id="trend" title="Five years against the trust" className="space-y-3">
        <TrendChart years={d.years} lines={[d.own, d.trust]} caption={`Staff turnover and stability at ${d.school.name} and across the trust, ${span}.`} />
        <SeriesTable caption={`Turnover at ${d.school.name}, ${span}`} groupLabel="Group" years={d.years} rows={[d.own, ...d.categories]} measure="turnover" />
        <SeriesTable caption={`Stability at ${d.school.name}, ${span}`} groupLabel="Group" years={d.years} rows={[d.own, ...d.categories]} measure="stability" />
        <p className="text-sm text-slate-700">{DEFINITIONS}</p>
      </Section>
      <Section id="by-stage" title="By career stage" className="space-y-4">
        <SeriesTable caption={`Turnover at ${d.school.name} by career stage, ${span}`} groupLabel="Career stage" years={d.years} rows={d.stages} measure="turnover" />
      </Section>
      <Section id="ects" title="Early-career teachers" className="space-y-2">
        <p className="text-sm text-slate-700">ECTs whose induction began at the school each year, and how many were still in the trust (here or at another of its schools) one, two and five years to the day later.</p>
        <CohortTable cohorts={d.cohorts} caption={`ECTs of ${d.school.name} still in the trust after 1, 2 and 5 years`} />
      </Section>
      <Section id="reasons" title="Why people left" className="space-y-2">
        <ReasonsTable views={d.reasons} caption={`Leavers' reasons at ${d.school.name}, ${span}`} />
      </Section>
      <Section id="exit" title="Exit survey" className="space-y-3">
        <p className="text-sm text-slate-700">Optional and anonymous, sent to leavers when their leaving is recorded; answers up to the start of this term, over the five years.</p>
        <ExitResults view={d.exit} name={d.school.name} comments={{ page: commentsPage, hrefFor: queryHref(path, {}) }} />
      </Section>
    </div>
  );
}
