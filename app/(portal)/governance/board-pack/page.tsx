import type { Metadata } from "next";
import { METRIC_GROUPS, metricsOfGroup, type GroupKey } from "@/components/governance/groups";
import { MetricDetail } from "@/components/governance/MetricDetail";
import { ClusterComparison, MetricGrid } from "@/components/governance/MetricGrid";
import { PrintButton } from "@/components/governance/PrintButton";
import { DrawChartsAtOnce } from "@/components/ui/Charts";
import { PageHeader } from "@/components/ui/PageHeader";
import { requireViewer } from "@/lib/access/viewer";
import { formatDate, formatDateTime } from "@/lib/dates";
import { trustDashboard } from "@/lib/governance/queries";
import "./print.css";

export const metadata: Metadata = { title: "Board pack" };

/** The metrics the pack shows over time, each chart with its table. */
const CHARTED = ["attendance", "persistent_absence", "cpd_hours_per_fte", "training_compliance"];

export default async function BoardPackPage() {
  const viewer = await requireViewer();
  const data = await trustDashboard(viewer, {});
  const generated = formatDateTime(new Date());
  const asOf = data.asOf ? formatDate(data.asOf) : "—";
  return (
    <div className="board-pack space-y-8">
      <div className="board-pack-running hidden" aria-hidden="true">
        Board pack: governance metrics · generated {generated} · figures as of {asOf}
      </div>
      <PageHeader title="Board pack: governance metrics" lead={`Generated ${generated}. Figures as of ${asOf}. ${data.rows.length} schools.`}>
        <span className="board-pack-screen-only">
          <PrintButton />
        </span>
      </PageHeader>
      {(Object.keys(METRIC_GROUPS) as GroupKey[]).map((group) => {
        const columns = metricsOfGroup(data.metrics, group).map((m) => data.columns.find((c) => c.metric.id === m.id)).filter((c) => c !== undefined);
        return (
          <section key={group} aria-labelledby={`pack-${group}`} className="board-pack-section space-y-4">
            <h2 id={`pack-${group}`} className="text-lg font-semibold">{METRIC_GROUPS[group].label}</h2>
            <MetricGrid columns={columns} rows={data.rows} caption={`${METRIC_GROUPS[group].label} by school, latest period, with RAG and trend`} />
            <ClusterComparison columns={columns} caption={`${METRIC_GROUPS[group].label}: average by cluster`} />
          </section>
        );
      })}
      {/* Made to be printed: its charts draw at once rather than when scrolled to. */}
      <DrawChartsAtOnce>
        {CHARTED.map((key) => {
          const column = data.columns.find((c) => c.metric.key === key);
          return column ? (
            <section key={key} aria-labelledby={`pack-${key}`} className="board-pack-section space-y-4">
              <h2 id={`pack-${key}`} className="text-lg font-semibold">{column.metric.label}</h2>
              <MetricDetail column={column} rows={data.rows} />
            </section>
          ) : null;
        })}
      </DrawChartsAtOnce>
    </div>
  );
}
