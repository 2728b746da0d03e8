import { redirect } from "next/navigation";
import { canAny } from "@/lib/access/policy";
import { requireViewer } from "@/lib/access/viewer";
import { toCsv } from "@/lib/csv";
import { dashboardParams } from "@/lib/governance/params";
import { trustDashboard } from "@/lib/governance/queries";
import { RAG_LABEL } from "@/lib/governance/labels";

export const dynamic = "force-dynamic";

/** The dashboard's schools × metrics as CSV (latest period of each metric, value and RAG), with the same filters. */
export async function GET(request: Request) {
  const viewer = await requireViewer();
  const url = new URL(request.url);
  // A route handler's notFound() is an empty 404; the page answers the same request with the portal's 404.
  if (!canAny(viewer, "trust:aggregates")) redirect("/governance");
  const { phase, cluster, metric } = dashboardParams.parse(Object.fromEntries(url.searchParams));
  const filters = { phase, cluster, metric };
  const data = await trustDashboard(viewer, filters);
  const headers = ["School", "URN", "Phase", "Cluster", ...data.columns.flatMap((c) => [`${c.metric.label} (${c.period ?? "none"})`, `${c.metric.label} RAG`])];
  const rows = data.rows.map((r) => [
    r.name, r.urn, r.phase, r.cluster,
    ...data.columns.flatMap((c) => {
      const cell = r.cells[c.metric.id];
      return [cell?.value ?? null, cell?.rag ? RAG_LABEL[cell.rag] : null];
    }),
  ]);
  return new Response(toCsv(headers, rows), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="governance-metrics.csv"`,
      "cache-control": "private, no-store",
    },
  });
}
