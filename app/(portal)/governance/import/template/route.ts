import { redirect } from "next/navigation";
import { can } from "@/lib/access/policy";
import { requireViewer } from "@/lib/access/viewer";
import { toCsv } from "@/lib/csv";
import { importTemplate } from "@/lib/governance/import/queries";

export const dynamic = "force-dynamic";

/** The import template: its header and one example row per importable metric. */
export async function GET() {
  const viewer = await requireViewer();
  if (!can(viewer, "metric:edit")) redirect("/governance/import");
  const [header, ...rows] = await importTemplate(viewer);
  return new Response(toCsv(header ?? [], rows), {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="metric-values-template.csv"`, "cache-control": "private, no-store" },
  });
}
