import type { Metadata } from "next";
import Link from "next/link";
import { StartPlanForm } from "@/components/appraisal/ObjectiveForms";
import { Step } from "@/components/appraisal/Step";
import { FlashNotice } from "@/components/ui/FlashNotice";
import { PageHeader } from "@/components/ui/PageHeader";
import { Section } from "@/components/ui/Section";
import { Pager, queryHref } from "@/components/ui/Pager";
import { Table } from "@/components/ui/Table";
import { requireViewer } from "@/lib/access/viewer";
import { myPerformance } from "@/lib/appraisal/queries";
import { formatDate } from "@/lib/dates";
import { pageOf, type Paged } from "@/lib/paging";
import { asRoute, routes } from "@/lib/routes";
import { pageNumber } from "@/lib/validation/fields";

export const metadata: Metadata = { title: "Performance development" };

type Row = Awaited<ReturnType<typeof myPerformance>>["reviewing"][number];

/** Rows a page of each list (its own page number in the URL: `?reviewing=`, `?reports=`, `?toStart=`, `?heads=`). */
const PER_PAGE = 20;
type Lists = "reviewing" | "reports" | "toStart" | "heads";

const captionOf = (caption: string, p: Paged<unknown>) => (p.pageCount > 1 ? `${caption}, page ${p.page} of ${p.pageCount}` : caption);

function Plans({ caption, rows }: { caption: string; rows: Paged<Row> }) {
  return (
    <div className="relative overflow-x-auto">
      <Table
        caption={captionOf(caption, rows)}
        rows={rows.rows}
        rowKey={(r: Row) => r.id}
        columns={[
          { key: "name", header: "Name", rowHeader: true, cell: (r: Row) => <Link href={asRoute(routes.performancePlan(r.id))} className="text-brand-700 underline">{r.name}</Link> },
          { key: "objectives", header: "Objectives agreed", cell: (r: Row) => <Step state={r.steps.objectives} /> },
          { key: "mid", header: "Mid-year review", cell: (r: Row) => <Step state={r.steps.midYear} /> },
          { key: "end", header: "End-of-year review", cell: (r: Row) => <Step state={r.steps.endYear} /> },
          { key: "pay", header: "Pay", cell: (r: Row) => (r.pay ? <Link href={asRoute(routes.performancePay(r.id))} className="text-brand-700 underline">Pay recommendation<span className="sr-only"> for {r.name}</span></Link> : "—") },
        ]}
      />
    </div>
  );
}

/** Performance development: one's own plan, the people one reviews or line-manages, the heads whose panel one sits on. */
export default async function PerformancePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  const [p, q] = await Promise.all([myPerformance(viewer), searchParams]);
  const c = p.cycle;
  // Each list a page at a time (an admin may review a hundred heads); a pager keeps the other lists' pages.
  const asked = (k: Lists) => pageNumber().parse(q[k]);
  const lists = { reviewing: pageOf(p.reviewing, asked("reviewing"), PER_PAGE), reports: pageOf(p.reports, asked("reports"), PER_PAGE), toStart: pageOf(p.reportsWithout, asked("toStart"), PER_PAGE), heads: pageOf(p.heads, asked("heads"), PER_PAGE) };
  const pages = Object.fromEntries(Object.entries(lists).map(([k, l]) => [k, l.page > 1 ? l.page : undefined]));
  const pager = (k: Lists, label: string) => {
    const l = lists[k];
    return l.pageCount > 1 ? <Pager hrefFor={queryHref(routes.performance(), pages)} param={k} page={l.page} pageCount={l.pageCount} total={l.total} label={label} /> : null;
  };
  return (
    <>
      <PageHeader
        title="Performance development"
        lead={`${p.yearLabel}: objectives agreed ${formatDate(c.objectivesFrom)} to ${formatDate(c.objectivesTo)}, mid-year review ${formatDate(c.midYearFrom)} to ${formatDate(c.midYearTo)}, end-of-year review ${formatDate(c.endYearFrom)} to ${formatDate(c.endYearTo)}.`}
      />
      <FlashNotice />
      <div className="space-y-8">
        {viewer.staff && (
          <Section id="mine" title="Your performance development">
            {p.own ? (
              <p>
                <Link href={asRoute(routes.performancePlan(p.own.id))} className="text-brand-700 underline">Your objectives and reviews</Link>, with {p.own.reviewer} as your reviewer.
                Objectives agreed: <Step state={p.own.steps.objectives} />. Mid-year review: <Step state={p.own.steps.midYear} />. End-of-year review: <Step state={p.own.steps.endYear} />.
              </p>
            ) : p.ownStart?.out ? (
              <p>{p.ownStart.out}.</p>
            ) : p.ownStart?.hasReviewer ? (
              <div className="space-y-2"><p>You have not started this year’s objectives. Your line manager is your reviewer.</p><StartPlanForm staffMemberId={p.ownStart.staffMemberId} label="Start your objectives" /></div>
            ) : (
              <p>Your reviewer is not set yet: your head sets it.</p>
            )}
          </Section>
        )}
        {p.reviewing.length > 0 && <Section id="reviewing" title="People you review"><Plans caption="People you review" rows={lists.reviewing} />{pager("reviewing", "Pages of people you review")}</Section>}
        {p.reports.length > 0 && <Section id="reports" title="Your line reports reviewed by someone else"><Plans caption="Your line reports reviewed by someone else" rows={lists.reports} />{pager("reports", "Pages of your line reports reviewed by someone else")}</Section>}
        {p.reportsWithout.length > 0 && (
          <Section id="to-start" title="Line reports without objectives this year">
            <ul className="space-y-2">
              {lists.toStart.rows.map((s) => (
                <li key={s.id} className="flex flex-wrap items-center gap-3">
                  <span>{s.name}{s.jobTitle ? `, ${s.jobTitle}` : ""}</span>
                  {s.out ? <span className="text-slate-700">{s.out}</span> : <StartPlanForm staffMemberId={s.id} label={`Start objectives with ${s.name}`} />}
                </li>
              ))}
            </ul>
            {pager("toStart", "Pages of line reports without objectives")}
          </Section>
        )}
        {p.heads.length > 0 && <Section id="heads" title="Heads you review or sit on the panel of"><Plans caption="Heads you review or sit on the panel of" rows={lists.heads} />{pager("heads", "Pages of heads you review or sit on the panel of")}</Section>}
        {(p.school || p.trust) && (
          <Section id="overviews" title="Overviews">
            <ul className="list-disc pl-5">
              {p.school && <li><Link href={asRoute(routes.performanceSchool(p.school))} className="text-brand-700 underline">Your school’s completion, and who is overdue</Link></li>}
              {p.trust && <li><Link href={asRoute(routes.performanceTrust())} className="text-brand-700 underline">Completion by school across the trust</Link></li>}
            </ul>
            {pager("toStart", "Pages of line reports without objectives")}
          </Section>
        )}
        {!viewer.staff && !p.trust && p.heads.length === 0 && <p>You sit on no head’s performance development panel this year.</p>}
      </div>
    </>
  );
}
