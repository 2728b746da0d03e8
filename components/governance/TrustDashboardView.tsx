// The trustee's governance dashboard (their home page and /governance): filters, the schools × metrics
// grid of one group, the cluster comparison, one metric in detail and the trust's development figures.
import "./governance.css";
import Link from "next/link";
import { buttonClass } from "@/components/ui/Button";
import { Pager, queryHref } from "@/components/ui/Pager";
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

/** Schools per page of the grid: a whole cluster or phase fits, and a large trust's grid stays quick to load and read. */
const SCHOOLS_PER_PAGE = 40;

export function TrustDashboardView({ data, group, basePath, mayEdit, mayDefine = false, page = 1 }: { data: TrustDashboard; group: GroupKey; basePath: Href; mayEdit: boolean; mayDefine?: boolean; page?: number }) {
  const { filters } = data;
  const pageCount = Math.max(1, Math.ceil(data.rows.length / SCHOOLS_PER_PAGE));
  const current = Math.min(page, pageCount);
  const pageRows = data.rows.slice((current - 1) * SCHOOLS_PER_PAGE, current * SCHOOLS_PER_PAGE);
  const query = (changes: Record<string, string | undefined>) => {
    const q = new URLSearchParams(Object.entries({ ...filters, view: group, ...changes }).filter((e): e is [string, string] => Boolean(e[1])));
    return q;
  };
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
        <SelectField id="phase" name="phase" label="Phase" defaultValue={filters.phase} emptyLabel="All phases" options={enumOptions(PHASES)} />
        <SelectField id="cluster" name="cluster" label="Cluster" defaultValue={filters.cluster} emptyLabel="All clusters" options={data.clusters.map((c) => ({ value: c.id, label: c.name }))} />
        <SelectField id="metric" name="metric" label="Metric in detail" defaultValue={selected?.metric.key} options={data.metrics.map((m) => ({ value: m.key, label: m.label }))} />
        <div className="flex items-end">
          <button type="submit" className={buttonClass("primary", "min-h-11")}>Apply</button>
        </div>
      </form>

      <nav aria-label="Metric groups" className="flex flex-wrap gap-2">
        {(Object.keys(METRIC_GROUPS) as GroupKey[]).map((g) => (
          <Link key={g} href={asRoute(withQuery(basePath, query({ view: g })))} aria-current={g === group ? "page" : undefined} className={buttonClass(g === group ? "primary" : "secondary")}>
            {METRIC_GROUPS[g].label}
          </Link>
        ))}
      </nav>

      <section aria-labelledby="grid-heading" className="space-y-3">
        <h2 id="grid-heading" className="text-lg font-semibold">{METRIC_GROUPS[group].label}: schools</h2>
        <MetricGrid columns={columns} rows={pageRows} caption={`${METRIC_GROUPS[group].label} by school, latest period, with RAG and trend`} />
        {pageCount > 1 && <Pager hrefFor={queryHref(basePath, { ...filters, view: group })} page={current} pageCount={pageCount} total={data.rows.length} />}
      </section>

      <section aria-labelledby="clusters-heading" className="space-y-3">
        <h2 id="clusters-heading" className="text-lg font-semibold">Cluster comparison</h2>
        <ClusterComparison columns={columns} caption={`${METRIC_GROUPS[group].label}: average by cluster, latest period`} />
      </section>

      {selected && (
        <section aria-labelledby="detail-heading" className="space-y-3">
          <h2 id="detail-heading" className="text-lg font-semibold">{selected.metric.label} in detail</h2>
          <MetricDetail column={selected} rows={data.rows} />
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
