import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { PriorityGrid } from "@/components/priorities/PriorityGrid";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { PageHeader } from "@/components/ui/PageHeader";
import { requireViewer } from "@/lib/access/viewer";
import { requireAny } from "@/lib/access/where";
import { academicYearLabel } from "@/lib/dates";
import { priorityGrid } from "@/lib/priorities/board/queries";
import { PRIORITY_RAG_LABEL } from "@/lib/priorities/labels";
import { prioritySchools, readsBoard, yearParam } from "@/lib/priorities/queries";
import { asRoute, routes, withQuery } from "@/lib/routes";

export const metadata: Metadata = { title: "Improvement priorities" };

/**
 * The priorities' landing page: for trustees and the trust admin the board's grid of every school by
 * strand and latest rating; for a school's leaders and governors, their school's priorities.
 */
export default async function PrioritiesPage({ searchParams }: { searchParams: Promise<{ year?: string | string[] }> }) {
  const viewer = await requireViewer();
  requireAny(viewer, "priority:view");
  const year = yearParam((await searchParams).year);
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
      <PriorityGrid rows={grid.rows} year={year} yearLabel={grid.yearLabel} />
    </>
  );
}
