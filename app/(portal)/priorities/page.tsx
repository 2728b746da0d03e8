import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { PriorityGrid } from "@/components/priorities/PriorityGrid";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { PageHeader } from "@/components/ui/PageHeader";
import { Pager, queryHref } from "@/components/ui/Pager";
import { Table } from "@/components/ui/Table";
import { requireViewer } from "@/lib/access/viewer";
import { requireAny } from "@/lib/access/where";
import { academicYearLabel } from "@/lib/dates";
import { pageOf } from "@/lib/paging";
import { priorityGrid } from "@/lib/priorities/board/queries";
import { PRIORITY_RAG_LABEL, STRAND_LABEL, STRANDS } from "@/lib/priorities/labels";
import { prioritySchools, readsBoard, yearParam } from "@/lib/priorities/queries";
import { asRoute, routes, withQuery } from "@/lib/routes";
import { pageNumber } from "@/lib/validation/fields";

export const metadata: Metadata = { title: "Improvement priorities" };

/** Schools per page of the board's grid (each row holds every strand's priorities: at 20 the trust admin's page was 83.1 kB of HTML at scale 10). */
const SCHOOLS_PER_PAGE = 15;

/**
 * The priorities' landing page: for trustees and the trust admin the board's grid of every school by
 * strand and latest rating; for a school's leaders and governors, their school's priorities.
 */
export default async function PrioritiesPage({ searchParams }: { searchParams: Promise<{ year?: string | string[]; page?: string | string[] }> }) {
  const viewer = await requireViewer();
  requireAny(viewer, "priority:view");
  const query = await searchParams;
  const year = yearParam(query.year);
  if (!readsBoard(viewer)) {
    const schools = await prioritySchools(viewer);
    if (schools.length === 1) redirect(asRoute(routes.schoolPriorities(schools[0]!.id)));
    return (
      <>
        <PageHeader title="Improvement priorities" lead="Choose a school." />
        <ul className="list-disc pl-5">
          {schools.map((s) => <li key={s.id}><Link href={asRoute(routes.schoolPriorities(s.id))} className="text-brand-700 underline">{s.name}</Link></li>)}
        </ul>
      </>
    );
  }
  const grid = await priorityGrid(viewer, year);
  // The grid shows a page of schools; the figures in the lead and by strand are over every school.
  const shown = pageOf(grid.rows, pageNumber().parse(query.page), SCHOOLS_PER_PAGE);
  const byStrand = STRANDS.map((strand) => {
    const cells = grid.rows.flatMap((r) => r.strands?.[strand] ?? []);
    return { strand, total: cells.length, GREEN: cells.filter((c) => c.rating === "GREEN").length, AMBER: cells.filter((c) => c.rating === "AMBER").length, RED: cells.filter((c) => c.rating === "RED").length, unrated: cells.filter((c) => c.rating === null).length };
  });
  return (
    <>
      <Breadcrumbs items={[{ label: "Governance", href: routes.governance() }, { label: "Improvement priorities" }]} />
      <PageHeader
        title={`Improvement priorities ${grid.yearLabel}`}
        lead={`${grid.totals.priorities} priorities across the trust: ${grid.totals.GREEN} ${PRIORITY_RAG_LABEL.GREEN.toLowerCase()}, ${grid.totals.AMBER} to ${PRIORITY_RAG_LABEL.AMBER.toLowerCase()}, ${grid.totals.RED} ${PRIORITY_RAG_LABEL.RED.toLowerCase()}, ${grid.totals.unrated} not rated yet.`}
      />
      <nav aria-label="Academic years" className="mb-4 flex flex-wrap gap-3 text-sm">
        {[year - 1, year, year + 1].map((y) =>
          y === year ? <span key={y} aria-current="page" className="font-semibold">{academicYearLabel(y)}</span> : <Link key={y} href={asRoute(withQuery(routes.priorities(), `year=${y}`))} className="text-brand-700 underline">{academicYearLabel(y)}</Link>,
        )}
      </nav>
      <div className="mb-6 overflow-x-auto">
        <Table
          caption={`Priorities by strand across every school, ${grid.yearLabel}`}
          captionClassName="mb-2 text-left text-sm text-slate-700"
          rows={byStrand}
          rowKey={(r) => r.strand}
          columns={[
            { key: "strand", header: "Strand", rowHeader: true, cell: (r) => STRAND_LABEL[r.strand] },
            { key: "total", header: "Priorities", align: "right", cell: (r) => r.total },
            { key: "green", header: PRIORITY_RAG_LABEL.GREEN, align: "right", cell: (r) => r.GREEN },
            { key: "amber", header: PRIORITY_RAG_LABEL.AMBER, align: "right", cell: (r) => r.AMBER },
            { key: "red", header: PRIORITY_RAG_LABEL.RED, align: "right", cell: (r) => r.RED },
            { key: "unrated", header: "Not rated yet", align: "right", cell: (r) => r.unrated },
          ]}
        />
      </div>
      <PriorityGrid rows={shown.rows} year={year} yearLabel={shown.pageCount > 1 ? `${grid.yearLabel}, page ${shown.page} of ${shown.pageCount}` : grid.yearLabel} />
      {shown.pageCount > 1 && <Pager hrefFor={queryHref(routes.priorities(), { year })} page={shown.page} pageCount={shown.pageCount} total={shown.total} label="Pages of schools" />}
    </>
  );
}
