// The trust's retention page body (trustees and the trust admin), one view at a time (`?show=`, issue 22,
// decision 040): turnover and stability (the trend, by school, by phase, by category and career stage),
// early-career teachers, why people left, or the exit survey. The by-school tables are 20 schools a
// page by name (`?page=`), the whole trust's row first on every page; the trust's comments 20 a page.
import { Pager, queryHref } from "@/components/ui/Pager";
import { QueryTabs } from "@/components/ui/QueryTabs";
import { Section } from "@/components/ui/Section";
import { pageOf } from "@/lib/paging";
import type { trustRetentionInsight } from "@/lib/staff-retention/queries";
import { asRoute, type Href, routes } from "@/lib/routes";
import { CohortTable, DEFINITIONS, ExitGroups, ExitResults, ReasonsTable, SeriesTable, TrendChart } from "./Figures";

type Data = Awaited<ReturnType<typeof trustRetentionInsight>>;

/** Schools a page of the by-school tables (the whole trust's row comes first on each page). */
export const SCHOOLS_PER_PAGE = 20;

export const VIEWS = { turnover: "Turnover and stability", ects: "Early-career teachers", reasons: "Why people left", exit: "Exit survey" } as const;
export type RetentionView = keyof typeof VIEWS;
export type Measure = "turnover" | "stability";
export type TrustQuery = { show: RetentionView; measure: Measure; page: number; comments: number };
export const trustQueryOf = (q: Record<string, unknown>, page: (v: unknown) => number): TrustQuery => ({
  show: typeof q.show === "string" && q.show in VIEWS ? (q.show as RetentionView) : "turnover",
  measure: q.measure === "stability" ? "stability" : "turnover",
  page: page(q.page),
  comments: page(q.comments),
});

export function TrustRetention({ d, q }: { d: Data; q: TrustQuery }) {
  const span = `${d.years[0]} to ${d.years[d.years.length - 1]}`;
  // One list of schools (by name) for every by-school table, so a page holds the same schools in each.
  const schools = pageOf(d.schools, q.page, SCHOOLS_PER_PAGE);
  const onPage = new Set(schools.rows.map((s) => s.key));
  const of = schools.pageCount > 1 ? `, page ${schools.page} of ${schools.pageCount}` : "";
  const link = (key: string) => (onPage.has(key) ? routes.retentionSchool(key) : null);
  // The URL keeps what the view shows; a value at its default is left out.
  const state = { show: q.show === "turnover" ? undefined : q.show, measure: q.measure === "turnover" ? undefined : q.measure, page: schools.page > 1 ? schools.page : undefined, comments: q.comments > 1 ? q.comments : undefined };
  const href = (changes: Partial<Record<keyof typeof state, string | number | undefined>>, fragment = "") => `${queryHref(routes.retention(), { ...state, ...changes })({})}${fragment}`;
  const pager = schools.pageCount > 1 && <Pager hrefFor={queryHref(routes.retention(), { ...state, page: undefined })} page={schools.page} pageCount={schools.pageCount} total={schools.total} label="Pages of schools" />;
  return (
    <div className="space-y-8">
      <QueryTabs label="Retention views" className="" tabs={VIEWS} current={q.show} hrefFor={queryHref(routes.retention(), {})} />
      {q.show === "turnover" && (
        <div className="space-y-10">
          <Section id="trend" title="The trust over five years" className="space-y-3">
            <TrendChart years={d.years} lines={[d.trust]} caption={`Staff turnover and stability across the trust, ${span}.`} />
            <p className="text-sm text-slate-700">{DEFINITIONS}</p>
          </Section>
          <Section id="by-school" title="By school" className="space-y-4">
            <p className="text-sm text-slate-700">{SCHOOLS_PER_PAGE} schools a page by name, the whole trust first on every page. A school&apos;s name opens its own page.</p>
            <QueryTabs label="Turnover or stability by school" className="" param="measure" tabs={{ turnover: "Turnover", stability: "Stability" }} current={q.measure} hrefFor={(c) => asRoute(href({ measure: c.measure || undefined }, "#by-school") as Href)} />
            <SeriesTable caption={`${q.measure === "turnover" ? "Turnover" : "Stability"} by school, ${span}${of}`} groupLabel="School" years={d.years} rows={[d.trust, ...schools.rows]} measure={q.measure} href={(r) => link(r.key)} />
            {pager}
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
        </div>
      )}
      {q.show === "ects" && (
        <Section id="ects" title="Early-career teachers" className="space-y-2">
          <p className="text-sm text-slate-700">ECTs whose induction began each year, and how many were still in the trust (at any of its schools) one, two and five years to the day later.</p>
          <CohortTable cohorts={d.cohorts} caption="ECTs still in the trust after 1, 2 and 5 years, by the year their induction began" />
        </Section>
      )}
      {q.show === "reasons" && (
        <div className="space-y-10">
          <Section id="reasons" title="Why people left" className="space-y-2">
            <ReasonsTable views={[d.reasons[0]!]} caption={`Leavers' reasons, ${span}`} />
          </Section>
          <Section id="by-school" title="By school" className="space-y-4">
            <p className="text-sm text-slate-700">{SCHOOLS_PER_PAGE} schools a page by name, the whole trust first on every page. A school&apos;s name opens its own page.</p>
            <ReasonsTable views={[d.reasons[0]!, ...d.reasons.slice(1).filter((v) => onPage.has(v.key))]} caption={`Leavers' reasons by school, ${span}${of}`} href={link} />
            {pager}
          </Section>
        </div>
      )}
      {q.show === "exit" && (
        <div className="space-y-10">
          <Section id="exit" title="Exit survey" className="space-y-4">
            <p className="text-sm text-slate-700">Optional and anonymous, sent to leavers when their leaving is recorded; answers up to the start of this term, over the five years.</p>
            <ExitResults view={d.exit.trust} name="the trust" comments={{ page: q.comments, hrefFor: queryHref(routes.retention(), { ...state, comments: undefined }) }} />
            <ExitGroups groups={d.exit.categories} caption="Exit survey by category" />
          </Section>
          <Section id="by-school" title="By school" className="space-y-4">
            <p className="text-sm text-slate-700">{SCHOOLS_PER_PAGE} schools a page by name, the whole trust first on every page. A school&apos;s name opens its own page.</p>
            <ExitGroups groups={d.exit.schools.filter((g) => onPage.has(g.key))} caption={`Exit survey by school${of}`} href={link} first={{ key: "trust", name: "Whole trust", view: d.exit.trust }} />
            {pager}
          </Section>
        </div>
      )}
    </div>
  );
}
