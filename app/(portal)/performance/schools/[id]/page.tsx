import type { Metadata } from "next";
import Link from "next/link";
import { ReviewerForm } from "@/components/appraisal/CycleForms";
import { Step } from "@/components/appraisal/Step";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { FlashNotice } from "@/components/ui/FlashNotice";
import { PageHeader } from "@/components/ui/PageHeader";
import { Pager, queryHref } from "@/components/ui/Pager";
import { Table } from "@/components/ui/Table";
import { requireViewer } from "@/lib/access/viewer";
import { schoolOverview } from "@/lib/appraisal/overview/queries";
import { pageOf } from "@/lib/paging";
import { asRoute, routes } from "@/lib/routes";
import { pageNumber } from "@/lib/validation/fields";

export const metadata: Metadata = { title: "Performance development overview" };

/** Staff per page of the overview (each row carries its reviewer form; a school has 20 to 150 staff). */
const STAFF_PER_PAGE = 15;

/** The head's overview of their school: everyone in the cycle, their reviewer, each step done or overdue. */
export default async function SchoolPerformancePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[]>> }) {
  const viewer = await requireViewer();
  const o = await schoolOverview(viewer, (await params).id);
  type Row = (typeof o.rows)[number];
  // The totals in the lead are over every member of staff; the table shows a page of them.
  const t = o.totals;
  const query = await searchParams;
  const shown = pageOf(o.rows, pageNumber().parse(query.page), STAFF_PER_PAGE);
  // One row's reviewer form at a time (`?reviewer=<staff id>`): a form per row carried the list of reviewers each time.
  const changing = typeof query.reviewer === "string" ? query.reviewer : null;
  const pageHref = queryHref(routes.performanceSchool(o.school.id), { page: shown.page });
  return (
    <>
      <Breadcrumbs items={[{ label: "Performance development", href: routes.performance() }, { label: o.school.name }]} />
      <PageHeader
        title={`Performance development: ${o.school.name}`}
        lead={`${o.yearLabel}. Of ${t.inCycle} in the cycle: objectives agreed ${t.objectives}, mid-year reviews signed off ${t.midYear}, end-of-year reviews ${t.endYear}; ${t.overdue} overdue.`}
      />
      <FlashNotice />
      <div className="relative overflow-x-auto">
        <Table
          caption={`Staff of ${o.school.name} in the performance development cycle, ${o.yearLabel}${shown.pageCount > 1 ? `, page ${shown.page} of ${shown.pageCount}` : ""}`}
          captionClassName="mb-2 text-left text-sm text-slate-700"
          rows={shown.rows}
          rowKey={(r: Row) => r.id}
          columns={[
            { key: "name", header: "Name", rowHeader: true, cell: (r: Row) => (r.planId ? <Link href={asRoute(routes.performancePlan(r.planId))} className="text-brand-700 underline">{r.name}</Link> : r.name) },
            { key: "job", header: "Role", cell: (r: Row) => r.jobTitle || "—" },
            { key: "objectives", header: "Objectives agreed?", cell: (r: Row) => (r.steps ? <Step state={r.steps.objectives} /> : r.out) },
            { key: "mid", header: "Mid-year done?", cell: (r: Row) => (r.steps ? <Step state={r.steps.midYear} /> : "—") },
            { key: "end", header: "End-of-year done?", cell: (r: Row) => (r.steps ? <Step state={r.steps.endYear} /> : "—") },
            { key: "reviewer", header: "Reviewer", cell: (r: Row) => (r.steps ? <div className="space-y-1"><p>{r.reviewer ?? "Not set"}</p>{r.id === changing ? <ReviewerForm staffMemberId={r.id} name={r.name} reviewerId={r.reviewerId} reviewers={o.reviewers} self={r.userId} /> : <Link href={pageHref({ reviewer: r.id })} className="text-brand-700 underline">Change<span className="sr-only"> the reviewer of {r.name}</span></Link>}</div> : "—") },
            { key: "pay", header: "Pay", cell: (r: Row) => (r.pay && r.planId ? <Link href={asRoute(routes.performancePay(r.planId))} className="text-brand-700 underline">Pay<span className="sr-only"> recommendation for {r.name}</span></Link> : "—") },
          ]}
        />
      </div>
      {shown.pageCount > 1 && <Pager hrefFor={pageHref} page={shown.page} pageCount={shown.pageCount} total={shown.total} label="Pages of staff in the cycle" />}
    </>
  );
}
