import type { Metadata } from "next";
import { EntryGrid, type EntrySchool } from "@/components/governance/EntryGrid";
import { Pager, queryHref } from "@/components/ui/Pager";
import { pageOf } from "@/lib/paging";
import { routes } from "@/lib/routes";
import { pageNumber } from "@/lib/validation/fields";
import { RefreshComputedForm } from "@/components/governance/RefreshComputedForm";
import { BackLink } from "@/components/ui/BackLink";
import { buttonClass } from "@/components/ui/Button";
import { PageHeader } from "@/components/ui/PageHeader";
import { SelectField } from "@/components/ui/Select";
import { requireViewer } from "@/lib/access/viewer";
import { entryGrid } from "@/lib/governance/entry/queries";
import { describePeriod } from "@/lib/governance/periods";

export const metadata: Metadata = { title: "Enter metric values" };

/** Schools per page of the grid (each row is a school's inputs: 517 kB of HTML for 120 schools on one page at scale 10). */
const SCHOOLS_PER_PAGE = 15;

export default async function EntryPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const viewer = await requireViewer();
  const { period, page } = await searchParams;
  const data = await entryGrid(viewer, typeof period === "string" ? period : undefined);
  // A page of schools by name: saving leaves blank cells (and the other pages' schools) as they are.
  const shown = pageOf(data.schools, pageNumber().parse(page), SCHOOLS_PER_PAGE);
  const rows = shown.rows.map((s): EntrySchool => [s.id, s.name, s.phase, ...data.metrics.map((m) => data.stored[`v:${s.id}:${m.id}`] ?? "")]);
  const cells = data.schools.reduce((n, s) => n + data.metrics.filter((m) => !m.phases.length || m.phases.includes(s.phase)).length, 0);
  const filled = Object.keys(data.stored).length;
  const paged = shown.pageCount > 1 ? `, page ${shown.page} of ${shown.pageCount}` : "";
  return (
    <>
      <BackLink href="/governance">Governance</BackLink>
      <PageHeader title="Enter metric values" lead={`${data.period.label} (${describePeriod(data.period.label)}): ${data.period.kind === "TERM" ? "termly" : "yearly"} metrics. Computed metrics are worked out from the portal's data and are not typed in.`} />
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3" aria-label="Choose a period">
        <SelectField id="period" name="period" label="Period" defaultValue={data.period.label} options={data.periods.map((p) => ({ value: p.label, label: p.kind === "TERM" ? `${p.label} (${describePeriod(p.label)})` : `${p.label} (academic year)` }))} />
        <button type="submit" className={buttonClass("secondary", "min-h-11")}>Show</button>
      </form>
      <p className="mb-2 text-sm text-slate-700">
        {filled.toLocaleString("en-GB")} of {cells.toLocaleString("en-GB")} values stored for {data.period.label} across the trust&apos;s {data.schools.length} schools. Schools by name, {SCHOOLS_PER_PAGE} a page: save each page before going to the next. To enter every school at once, <a href="/governance/import" className="text-brand-700 underline">import a spreadsheet</a>.
      </p>
      <EntryGrid key={`${data.period.label}-${shown.page}`} period={data.period.label} schools={rows} metrics={data.metrics.map((m) => ({ id: m.id, label: m.label, unit: m.unit, phases: m.phases }))} caption={`Metric values for ${data.period.label}: schools down, metrics across${paged}`} />
      {shown.pageCount > 1 && <Pager hrefFor={queryHref(routes.governanceEntry(), { period: data.period.label })} page={shown.page} pageCount={shown.pageCount} total={shown.total} label="Pages of schools" />}
      <section aria-labelledby="computed-heading" className="mt-10 space-y-2">
        <h2 id="computed-heading" className="text-lg font-semibold">Computed metrics</h2>
        <p className="text-sm text-slate-700">CPD hours per FTE, statutory training compliance, staff turnover, ECT induction on track, community participation, NPQs and review actions are worked out per school from the portal&apos;s own records.</p>
        <RefreshComputedForm startYear={data.period.startYear} />
      </section>
    </>
  );
}
