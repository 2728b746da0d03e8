// The trust's retention page body (trustees and the trust admin): every figure by school, phase,
// category and career stage over five academic years, with a table behind the chart.
import Link from "next/link";
import { Section } from "@/components/ui/Section";
import type { trustRetentionInsight } from "@/lib/staff-retention/queries";
import { asRoute, routes } from "@/lib/routes";
import { CohortTable, DEFINITIONS, ExitGroups, ExitResults, ReasonsTable, SeriesTable, TrendChart } from "./Figures";

type Data = Awaited<ReturnType<typeof trustRetentionInsight>>;

export function TrustRetention({ d }: { d: Data }) {
  const span = `${d.years[0]} to ${d.years[d.years.length - 1]}`;
  return (
    <div className="space-y-10">
      <Section id="trend" title="The trust over five years" className="space-y-3">
        <TrendChart years={d.years} lines={[d.trust]} caption={`Staff turnover and stability across the trust, ${span}.`} />
        <p className="text-sm text-slate-700">{DEFINITIONS}</p>
      </Section>
      <Section id="by-school" title="By school" className="space-y-4">
        <SeriesTable caption={`Turnover by school, ${span}`} groupLabel="School" years={d.years} rows={[d.trust, ...d.schools]} measure="turnover" />
        <SeriesTable caption={`Stability by school, ${span}`} groupLabel="School" years={d.years} rows={[d.trust, ...d.schools]} measure="stability" />
        <nav aria-label="Each school's retention page">
          <h3 className="font-medium">Each school’s page</h3>
          <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
            {d.schoolLinks.map((s) => (
              <li key={s.id}><Link className="text-brand-700 underline" href={asRoute(routes.retentionSchool(s.id))}>{s.name}</Link></li>
            ))}
          </ul>
        </nav>
      </Section>
      <Section id="by-phase" title="By phase" className="space-y-4">
        <SeriesTable caption={`Turnover by phase, ${span}`} groupLabel="Phase" years={d.years} rows={d.phases} measure="turnover" />
        <SeriesTable caption={`Stability by phase, ${span}`} groupLabel="Phase" years={d.years} rows={d.phases} measure="stability" />
      </Section>
      <Section id="by-group" title="By category and career stage" className="space-y-4">
        <SeriesTable caption={`Turnover from the trust by category, ${span}`} groupLabel="Category" years={d.years} rows={d.categories} measure="turnover" />
        <SeriesTable caption={`Turnover from the trust by career stage, ${span}`} groupLabel="Career stage" years={d.years} rows={d.stages} measure="turnover" />
        <SeriesTable caption={`Stability in the trust by career stage, ${span}`} groupLabel="Career stage" years={d.years} rows={d.stages} measure="stability" />
      </Section>
      <Section id="ects" title="Early-career teachers" className="space-y-2">
        <p className="text-sm text-slate-700">ECTs whose induction began each year, and how many were still in the trust (at any of its schools) one, two and five years to the day later.</p>
        <CohortTable cohorts={d.cohorts} caption="ECTs still in the trust after 1, 2 and 5 years, by the year their induction began" />
      </Section>
      <Section id="reasons" title="Why people left" className="space-y-2">
        <ReasonsTable views={d.reasons} caption={`Leavers' reasons, ${span}`} />
      </Section>
      <Section id="exit" title="Exit survey" className="space-y-4">
        <p className="text-sm text-slate-700">Optional and anonymous, sent to leavers when their leaving is recorded; answers up to the start of this term, over the five years.</p>
        <ExitResults view={d.exit.trust} name="the trust" />
        <ExitGroups groups={d.exit.groups} caption="Exit survey by school and category" />
      </Section>
    </div>
  );
}
