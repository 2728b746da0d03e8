// The trustee's governance dashboard (their home page and /governance): filters, then one of three tables
// of one metric group (the schools × metrics grid, the cluster comparison, or one metric in detail), and
// the trust's development figures. One table a page (tabs in the URL), the long ones paged, so a page
// stays light at 120 schools (issue 22); every figure is still over all the schools the filters show.
import "./governance.css";
import Link from "next/link";
import { buttonClass } from "@/components/ui/Button";
import { Pager, queryHref } from "@/components/ui/Pager";
import { pageOf } from "@/lib/paging";
import { SelectField } from "@/components/ui/Select";
import { Stat, StatGrid } from "@/components/ui/Stat";
import { formatDate } from "@/lib/dates";
import { enumOptions } from "@/lib/format";
import type { TrustDashboard } from "@/lib/governance/queries";
import { formatMetric } from "@/lib/governance/rag";
import { asRoute, type Href, withQuery } from "@/lib/routes";
import { METRIC_GROUPS, metricsOfGroup, type GroupKey } from "./groups";
import { MetricDetail } from "./MetricDetail";
import { ClusterComparison, MetricGrid } from "./MetricGrid";

const PHASES = ["PRIMARY", "SECONDARY", "ALL_THROUGH", "SPECIAL", "ALTERNATIVE_PROVISION", "NURSERY"];

/** Schools per page of the grid: a few clusters, and a page that stays light with a trend in every cell (at 20 the trust admin's was 81.7 kB of HTML at scale 10). */
const SCHOOLS_PER_PAGE = 15;
/** Schools per page of one metric across schools (a ranking: page 2 starts at rank 41). */
const RANKED_PER_PAGE = 40;

export type DashboardShow = "schools" | "clusters" | "detail";
const SHOW_LABEL: Record<DashboardShow, string> = { schools: "Schools", clusters: "Clusters", detail: "One metric in detail" };

export function TrustDashboardView({ data, group, basePath, mayEdit, mayDefine = false, show = "schools", page = 1 }: { data: TrustDashboard; group: GroupKey; basePath: Href; mayEdit: boolean; mayDefine?: boolean; show?: DashboardShow; page?: number }) {
  const { filters } = data;
  const query = (changes: Record<string, string | undefined>) =>
    new URLSearchParams(Object.entries({ ...filters, view: group, show: show === "schools" ? undefined : show, ...changes }).filter((e): e is [string, string] => Boolean(e[1])));
  const grid = pageOf(data.rows, page, SCHOOLS_PER_PAGE);
  const pageHref = queryHref(basePath, { ...filters, view: group, show: show === "schools" ? undefined : show });
  const groupMetrics = metricsOfGroup(data.metrics, group);
  const columns = groupMetrics.map((m) => data.columns.find((c) => c.metric.id === m.id)!).filter(Boolean);
  const selected = data.columns.find((c) => c.metric.key === filters.metric) ?? columns[0];
  const dev = (key: string) => data.columns.find((c) => c.metric.key === key);
  const exportQuery = new URLSearchParams(Object.entries({ phase: filters.phase, cluster: filters.cluster }).filter((e): e is [string, string] => Boolean(e[1])));
  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <p className="text-slate-700">Figures as of {data.asOf ? formatDate(data.asOf) : "—"} · {data.rows.length} schools shown · RAG against the trust&apos;s thresholds.</p>
        <Link href="/governance/board-pack" className={buttonClass("secondary")}>Board pack (print)</Link>
        <a href={`/governance/export?${exportQuery}`} className={buttonClass("secondary")} download>Download CSV</a>
        {mayEdit && <Link href="/governance/import" className={buttonClass("secondary")}>Import values</Link>}
        {mayEdit && <Link href="/governance/entry" className={buttonClass("secondary")}>Enter values</Link>}
        {mayDefine && <Link href="/governance/metrics" className={buttonClass("secondary")}>Metric definitions</Link>}
      </div>

      <form method="get" action={basePath} role="search" aria-label="Filter schools" className="grid gap-3 rounded border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-5">
        <input type="hidden" name="view" value={group} />
        {show !== "schools" && <input type="hidden" name="show" value={show} />}
        <SelectField id="phase" name="phase" label="Phase" defaultValue={filters.phase} emptyLabel="All phases" options={enumOptions(PHASES)} />
        <SelectField id="cluster" name="cluster" label="Cluster" defaultValue={filters.cluster} emptyLabel="All clusters" options={data.clusters.map((c) => ({ value: c.id, label: c.name }))} />
        {show === "detail" ? (
          <SelectField id="metric" name="metric" label="Metric in detail" defaultValue={selected?.metric.key} options={data.metrics.map((m) => ({ value: m.key, label: m.label }))} />
        ) : (
          filters.metric && <input type="hidden" name="metric" value={filters.metric} />
        )}
        <div className="flex items-end">
          <button type="submit" className={buttonClass("primary", "min-h-11")}>Apply</button>
        </div>
      </form>

      <nav aria-label="Metric groups" className="flex flex-wrap gap-2">
        {(Object.keys(METRIC_GROUPS) as GroupKey[]).map((g) => (
          <Link key={g} href={asRoute(withQuery(basePath, query({ view: g, page: undefined })))} aria-current={g === group ? "page" : undefined} className={buttonClass(g === group ? "primary" : "secondary")}>
            {METRIC_GROUPS[g].label}
          </Link>
        ))}
      </nav>

      <nav aria-label="Dashboard tables" className="flex flex-wrap gap-4 border-b border-slate-200 text-sm">
        {(Object.keys(SHOW_LABEL) as DashboardShow[]).map((t) => (
          <Link
            key={t}
            href={asRoute(withQuery(basePath, query({ show: t === "schools" ? undefined : t, page: undefined })))}
            aria-current={t === show ? "page" : undefined}
            className={t === show ? "-mb-px border-b-2 border-brand-700 px-1 py-2 font-semibold" : "px-1 py-2 text-brand-700 underline"}
          >
            {SHOW_LABEL[t]}
          </Link>
        ))}
      </nav>

      {show === "schools" && (
        <section aria-labelledby="grid-heading" className="space-y-3">
          <h2 id="grid-heading" className="text-lg font-semibold">{METRIC_GROUPS[group].label}: schools</h2>
          <MetricGrid columns={columns} rows={grid.rows} caption={`${METRIC_GROUPS[group].label} by school, latest period, with RAG and trend${grid.pageCount > 1 ? `, page ${grid.page} of ${grid.pageCount}` : ""}`} />
          {grid.pageCount > 1 && <Pager hrefFor={pageHref} page={grid.page} pageCount={grid.pageCount} total={grid.total} label="Pages of schools" />}
        </section>
      )}

      {show === "clusters" && (
        <section aria-labelledby="clusters-heading" className="space-y-3">
          <h2 id="clusters-heading" className="text-lg font-semibold">Cluster comparison</h2>
          <ClusterComparison columns={columns} caption={`${METRIC_GROUPS[group].label}: average by cluster, latest period`} />
        </section>
      )}

      {show === "detail" && selected && (
        <section aria-labelledby="detail-heading" className="space-y-3">
          <h2 id="detail-heading" className="text-lg font-semibold">{selected.metric.label} in detail</h2>
          <MetricDetail column={selected} rows={data.rows} page={{ number: page, size: RANKED_PER_PAGE, hrefFor: pageHref }} />
        </section>
      )}

      <section aria-labelledby="development-heading" className="space-y-3">
        <h2 id="development-heading" className="text-lg font-semibold">Staff development across the trust</h2>
        <StatGrid>
          {["cpd_hours_per_fte", "training_compliance", "ect_on_track", "community_participation"].map((key) => {
            const c = dev(key);
            return c ? <Stat key={key} label={`${c.metric.label} (trust average, ${c.period ?? "—"})`} value={formatMetric(c.trustAverage, c.metric.unit, c.metric.decimals)} /> : null;
          })}
          <Stat label="NPQs in progress (all schools)" value={String(data.rows.reduce((n, r) => n + (r.cells[dev("npq_in_progress")?.metric.id ?? ""]?.value ?? 0), 0))} />
        </StatGrid>
        <p className="text-sm text-slate-700">By school: the &ldquo;{METRIC_GROUPS.development.label}&rdquo; view above (CPD hours per FTE, compliance and the NPQ pipeline per school).</p>
      </section>
    </div>
  );
}
