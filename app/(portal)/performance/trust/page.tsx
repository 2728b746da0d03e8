import type { Metadata } from "next";
import Link from "next/link";
import { CycleForm, HeadReviewerForm } from "@/components/appraisal/CycleForms";
import { HeadsTable } from "@/components/appraisal/HeadsTable";
import { FiguresGrid } from "@/components/cpd/FiguresGrid";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { FlashNotice } from "@/components/ui/FlashNotice";
import { PageHeader } from "@/components/ui/PageHeader";
import { Pager, queryHref } from "@/components/ui/Pager";
import { QueryTabs } from "@/components/ui/QueryTabs";
import { Section } from "@/components/ui/Section";
import { requireViewer } from "@/lib/access/viewer";
import { headsCycle, trustCompletion } from "@/lib/appraisal/overview/queries";
import { cycleValues } from "@/lib/appraisal/rules";
import { pageOf } from "@/lib/paging";
import { asRoute, type Href, routes, withQuery } from "@/lib/routes";
import { pageNumber } from "@/lib/validation/fields";

export const metadata: Metadata = { title: "Performance development across the trust" };

/** Schools a page of the completion table (the rates in the lead are over every school). */
const SCHOOLS_PER_PAGE = 40;
/** Heads a page of the trust admin's list of heads' reviewers and panels (`?heads=`). */
const HEADS_PER_PAGE = 15;

const rate = (n: number, of: number) => (of === 0 ? "—" : `${Math.round((100 * n) / of)}% (${n} of ${of})`);

const TABS = { completion: "Completion by school", cycle: "The cycle", heads: "Heads' reviewers and panels" } as const;
type Tab = keyof typeof TABS;

/**
 * Completion per school, figures only (trustees and the trust admin), 40 schools a page. The admin has
 * two more tabs (`?show=`): the cycle, and the heads' reviewers and panels, 15 heads a page with one
 * head's form open at a time (`?head=`): each form lists the trust's leaders, and 120 of them on one page
 * with the rest were 2.8 MB (decision 040).
 */
export default async function TrustPerformancePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  const [c, q] = await Promise.all([trustCompletion(viewer), searchParams]);
  const show: Tab = c.setsCycle && (q.show === "cycle" || q.show === "heads") ? q.show : "completion";
  const heads = show === "heads" ? await headsCycle(viewer) : [];
  const schools = pageOf(c.rows, pageNumber().parse(q.page), SCHOOLS_PER_PAGE);
  const headsPage = pageOf(heads, pageNumber().parse(q.heads), HEADS_PER_PAGE);
  const open = typeof q.head === "string" ? heads.find((h) => h.staffMemberId === q.head) : undefined;
  const keep = { show: "heads", heads: headsPage.page > 1 ? headsPage.page : undefined };
  const headHref = (id: string | undefined) => `${withQuery(routes.performanceTrust(), new URLSearchParams(Object.entries({ ...keep, head: id }).filter((e): e is [string, string | number] => e[1] !== undefined).map(([k, v]) => [k, String(v)])))}#${id ? "head-form" : "heads"}` as Href;
  return (
    <>
      <Breadcrumbs items={[{ label: "Performance development", href: routes.performance() }, { label: "Across the trust" }]} />
      <PageHeader title="Performance development across the trust" lead={`${c.yearLabel}. Of ${c.total.inCycle} staff in the cycle: objectives agreed ${rate(c.total.objectives, c.total.inCycle)}, mid-year reviews ${rate(c.total.midYear, c.total.inCycle)}, end-of-year reviews ${rate(c.total.endYear, c.total.inCycle)}.`} />
      <FlashNotice />
      <div className="space-y-8">
        {c.setsCycle && (
          <QueryTabs label="Across the trust: views" className="" tabs={TABS} current={show} hrefFor={queryHref(routes.performanceTrust(), {})} />
        )}
        {show === "completion" && <div className="space-y-2">
          <FiguresGrid
            caption={`Completion by school, ${c.yearLabel}${schools.pageCount > 1 ? `, page ${schools.page} of ${schools.pageCount}` : ""}`}
            headers={["In the cycle", "Objectives agreed", "Mid-year done", "End-of-year done"]}
            rows={schools.rows.map((r) => [r.id, r.name, null, String(r.inCycle), rate(r.objectives, r.inCycle), rate(r.midYear, r.inCycle), rate(r.endYear, r.inCycle)])}
          />
          {schools.pageCount > 1 && <Pager hrefFor={queryHref(routes.performanceTrust(), {})} page={schools.page} pageCount={schools.pageCount} total={schools.total} label="Pages of schools" />}
        </div>}
        {show === "cycle" && (
            <Section id="cycle" title={`The cycle for ${c.yearLabel}`} className="max-w-3xl space-y-3">
              <p className="text-sm text-slate-700">The defaults apply until you save: objectives 1 September to 31 October (heads to 31 December), mid-year review February to March, end-of-year review June to July, two to four objectives.</p>
              <CycleForm year={c.year} values={cycleValues(c.cycle)} />
            </Section>
        )}
        {show === "heads" && (
            <Section id="heads" title="Heads' reviewers and panels" className="space-y-4">
              <p className="text-sm text-slate-700">{HEADS_PER_PAGE} heads a page, by school. Change opens one head&apos;s reviewer and panel below the list.</p>
              <div>
                <HeadsTable
                  caption={`Heads' reviewers and panels${headsPage.pageCount > 1 ? `, page ${headsPage.page} of ${headsPage.pageCount}` : ""}`}
                  rows={headsPage.rows.map((h) => [h.staffMemberId, h.name, h.school, h.reviewer, h.panel.length, headHref(h.staffMemberId), h.staffMemberId === open?.staffMemberId ? 1 : 0])}
                />
                {headsPage.pageCount > 1 && <Pager hrefFor={queryHref(routes.performanceTrust(), { show: "heads" })} param="heads" page={headsPage.page} pageCount={headsPage.pageCount} total={headsPage.total} label="Pages of heads" />}
              </div>
              {open && (
                <section id="head-form" aria-labelledby="head-form-heading" className="max-w-3xl space-y-2 rounded border border-slate-200 bg-white p-4">
                  <h3 id="head-form-heading" className="font-semibold">{open.name}, {open.school}</h3>
                  <p className="text-sm text-slate-700">Reviewer: {open.reviewer ?? "not set"}; {open.panel.length} {open.panel.length === 1 ? "governor" : "governors"} on the panel.</p>
                  <HeadReviewerForm staffMemberId={open.staffMemberId} name={open.name} reviewerId={open.reviewerId} panel={open.panel} leaders={open.leaders} governors={open.governors} />
                  <p><Link href={asRoute(headHref(undefined))} className="text-brand-700 underline">Close<span className="sr-only"> the form for {open.name}</span></Link></p>
                </section>
              )}
            </Section>
        )}
      </div>
    </>
  );
}
