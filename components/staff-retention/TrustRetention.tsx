// The trust's retention page body (trustees and the trust admin): the trust's figures by phase, category
// and career stage over five academic years, with a table behind the chart, and one school table at a
// time (turnover, stability, leavers' reasons or the exit survey: `?bySchool=`), 20 schools a page
// (`?page=`), the whole trust's row first on every page (issue 22, decision 040).
import Link from "next/link";
import { Pager, queryHref } from "@/components/ui/Pager";
import { Section } from "@/components/ui/Section";
import { pageOf } from "@/lib/paging";
import type { trustRetentionInsight } from "@/lib/staff-retention/queries";
import { asRoute, type Href, routes, withQuery } from "@/lib/routes";
import { CohortTable, DEFINITIONS, ExitGroups, ExitResults, ReasonsTable, SeriesTable, TrendChart } from "./Figures";

type Data = Awaited<ReturnType<typeof trustRetentionInsight>>;

/** Schools a page of the by-school table (the whole trust's row comes first on each page). */
export const SCHOOLS_PER_PAGE = 20;

export const BY_SCHOOL = { turnover: "Turnover", stability: "Stability", reasons: "Leavers' reasons", exit: "Exit survey" } as const;
export type BySchool = keyof typeof BY_SCHOOL;
export const bySchoolOf = (v: unknown): BySchool => (typeof v === "string" && v in BY_SCHOOL ? (v as BySchool) : "turnover");

export function TrustRetention({ d, bySchool = "turnover", page = 1 }: { d: Data; bySchool?: BySchool; page?: number }) {
  const span = `${d.years[0]} to ${d.years[d.years.length - 1]}`;
  // One list of schools (by name) for every by-school table, so a page holds the same schools in each.
  const schools = pageOf(d.schools, page, SCHOOLS_PER_PAGE);
  const onPage = new Set(schools.rows.map((s) => s.key));
  const of = schools.pageCount > 1 ? `, page ${schools.page} of ${schools.pageCount}` : "";
  const link = (key: string) => (onPage.has(key) ? routes.retentionSchool(key) : null);
  const show = (changes: Record<string, string | undefined>) => asRoute(`${withQuery(routes.retention(), new URLSearchParams(Object.entries({ bySchool: bySchool === "turnover" ? undefined : bySchool, page: schools.page > 1 ? String(schools.page) : undefined, ...changes }).filter((e): e is [string, string] => Boolean(e[1]))))}#by-school` as Href);
  const trustReasons = d.reasons[0]!;
  return (
    <div className="space-y-10">
      <Section id="trend" title="The trust over five years" className="space-y-3">
        <TrendChart years={d.years} lines={[d.trust]} caption={`Staff turnover and stability across the trust, ${span}.`} />
        <p className="text-sm text-slate-700">{DEFINITIONS}</p>
      </Section>
      <Section id="by-school" title="By school" className="space-y-4">
        <p className="text-sm text-slate-700">One table at a time, {SCHOOLS_PER_PAGE} schools a page by name, the whole trust first on every page. A school&apos;s name opens its own page.</p>
        <nav aria-label="School tables" className="flex flex-wrap gap-4 border-b border-slate-200 text-sm">
          {(Object.keys(BY_SCHOOL) as BySchool[]).map((t) => (
            <Link
              key={t}
              href={show({ bySchool: t === "turnover" ? undefined : t })}
              aria-current={t === bySchool ? "page" : undefined}
              className={t === bySchool ? "-mb-px border-b-2 border-brand-700 px-1 py-2 font-semibold" : "px-1 py-2 text-brand-700 underline"}
            >
              {BY_SCHOOL[t]}
            </Link>
          ))}
        </nav>
        {(bySchool === "turnover" || bySchool === "stability") && (
          <SeriesTable caption={`${BY_SCHOOL[bySchool]} by school, ${span}${of}`} groupLabel="School" years={d.years} rows={[d.trust, ...schools.rows]} measure={bySchool} href={(r) => link(r.key)} />
        )}
        {bySchool === "reasons" && <ReasonsTable views={[trustReasons, ...d.reasons.slice(1).filter((v) => onPage.has(v.key))]} caption={`Leavers' reasons by school, ${span}${of}`} href={link} />}
        {bySchool === "exit" && (
          <ExitGroups groups={d.exit.schools.filter((g) => onPage.has(g.key))} caption={`Exit survey by school${of}`} href={link} first={{ key: "trust", name: "Whole trust", view: d.exit.trust }} />
        )}
        {schools.pageCount > 1 && <Pager hrefFor={queryHref(routes.retention(), { bySchool: bySchool === "turnover" ? undefined : bySchool })} page={schools.page} pageCount={schools.pageCount} total={schools.total} label="Pages of schools" />}
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
        <ReasonsTable views={[trustReasons]} caption={`Leavers' reasons, ${span}`} />
        <p className="text-sm text-slate-700">Each school&apos;s: <Link className="text-brand-700 underline" href={show({ bySchool: "reasons" })}>leavers&apos; reasons by school</Link>.</p>
      </Section>
      <Section id="exit" title="Exit survey" className="space-y-4">
        <p className="text-sm text-slate-700">Optional and anonymous, sent to leavers when their leaving is recorded; answers up to the start of this term, over the five years.</p>
        <ExitResults view={d.exit.trust} name="the trust" />
        <ExitGroups groups={d.exit.categories} caption="Exit survey by category" />
        <p className="text-sm text-slate-700">Each school&apos;s: <Link className="text-brand-700 underline" href={show({ bySchool: "exit" })}>the exit survey by school</Link>.</p>
      </Section>
    </div>
  );
}
