// One school's governance view (its governors' home, its head's and trustees' page): each metric's
// latest value with RAG and trend beside the trust's and same-phase schools' averages, one metric's
// history as chart and table, and the governance visits to the school.
import "./governance.css";
import { formatDate } from "@/lib/dates";
import { enumLabel } from "@/lib/format";
import { formatMetric, rag } from "@/lib/governance/rag";
import type { schoolMetrics, schoolVisits } from "@/lib/governance/school/queries";
import { TextTable, type TextLine } from "./TextTable";
import { SchoolMetricsTable, type SchoolMetricLine } from "./SchoolMetricsTable";
import { OverTimeChart } from "./Charts";

type Data = Awaited<ReturnType<typeof schoolMetrics>>;
type Visits = Awaited<ReturnType<typeof schoolVisits>>;

export function SchoolGovernanceView({ data, visits, metricKey, form }: { data: Data; visits: Visits; metricKey?: string; form?: React.ReactNode }) {
  const phase = enumLabel(data.school.phase).toLowerCase();
  const detail = data.rows.find((r) => r.metric.key === metricKey) ?? data.rows.find((r) => r.metric.key === "attendance") ?? data.rows[0];
  return (
    <div className="space-y-8">
      <p className="text-sm text-slate-700">Figures as of {data.asOf ? formatDate(data.asOf) : "—"}. Averages are across all the trust&apos;s schools and its {phase} schools; no other school&apos;s own figures are shown.</p>
      <section aria-labelledby="school-metrics" className="space-y-3">
        <h2 id="school-metrics" className="text-lg font-semibold">{data.school.name}: key metrics</h2>
        <SchoolMetricsTable
          label="Key metrics table"
          caption={`${data.school.name}: latest value of each metric against the trust and ${phase} averages`}
          phaseHeader={`${enumLabel(data.school.phase)} average`}
          rows={data.rows.map((r): SchoolMetricLine => [
            r.metric.key, r.metric.label, r.period ?? null, r.metric.unit, r.metric.decimals,
            [r.cell.value, r.cell.rag], r.cell.trend, [r.trust, rag(r.trust, r.metric)], [r.phase, rag(r.phase, r.metric)],
          ])}
        />
      </section>

      {detail && (
        <section aria-labelledby="history" className="space-y-3">
          <h2 id="history" className="text-lg font-semibold">{detail.metric.label} over time</h2>
          <p className="text-sm text-slate-700">{detail.metric.description}</p>
          <OverTimeChart data={detail.overTime} series={[{ key: "school", name: data.school.name }, { key: "trust", name: "Trust average" }, { key: "phase", name: `${enumLabel(data.school.phase)} average` }]} />
          <TextTable
            label={`${detail.metric.label} over time, table`}
            caption={`${detail.metric.label}: ${data.school.name} against the trust and ${phase} averages`}
            columns={[{ header: "Period" }, { header: "This school", right: true }, { header: "Trust average", right: true }, { header: `${enumLabel(data.school.phase)} average`, right: true }]}
            rows={detail.overTime.map((r): TextLine => [r.period, r.period, ...(["school", "trust", "phase"] as const).map((k) => formatMetric(r[k], detail.metric.unit, detail.metric.decimals))])}
          />
        </section>
      )}

      <section aria-labelledby="visits-heading" className="space-y-3">
        <h2 id="visits-heading" className="text-lg font-semibold">Governance visits</h2>
        {form}
        {visits.length === 0 ? (
          <p className="text-slate-700">No governance visits recorded yet.</p>
        ) : (
          <ul className="space-y-3">
            {visits.map((v) => (
              <li key={v.id} className="rounded border border-slate-200 bg-white p-3">
                <p className="font-medium">
                  {formatDate(v.visitedOn)}: {enumLabel(v.focus)}
                </p>
                <p className="text-sm text-slate-700">Visited by {v.visitor.name}; met {v.met}.</p>
                <p className="mt-1 whitespace-pre-line">{v.report}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
