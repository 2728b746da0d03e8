import type { Metadata } from "next";
import { ClusterCards, SchoolList, type ClusterLine, type SchoolLine } from "@/components/org/ClusterCards";
import { CreateClusterForm } from "@/components/org/ClusterForms";
import { PageHeader } from "@/components/ui/PageHeader";
import { Pager, queryHref } from "@/components/ui/Pager";
import { requireViewer } from "@/lib/access/viewer";
import { enumLabel } from "@/lib/format";
import { COMPOSITION_NOTE } from "@/lib/org/admin/composition";
import { clustersOverview } from "@/lib/org/admin/queries";
import { pageOf } from "@/lib/paging";
import { isId, pageNumber } from "@/lib/validation/fields";

export const metadata: Metadata = { title: "Clusters" };

/** Clusters a page: every cluster with its schools and two forms each was 190 kB at 30 clusters. */
const CLUSTERS_PER_PAGE = 15;

const schoolLine = (s: { id: string; name: string; phase: string }): SchoolLine => [s.id, s.name, enumLabel(s.phase)];

/** The trust's clusters and their schools; a cluster's rename and archive forms open one cluster at a time (`?edit=`). */
export default async function ClustersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const [data, query] = await Promise.all([requireViewer().then(clustersOverview), searchParams]);
  const editing = typeof query.edit === "string" && isId(query.edit) ? query.edit : undefined;
  // The page holding the cluster being edited, unless a page is asked for.
  const at = editing ? data.clusters.findIndex((c) => c.id === editing) : -1;
  const shown = pageOf(data.clusters, query.page === undefined && at >= 0 ? Math.floor(at / CLUSTERS_PER_PAGE) + 1 : pageNumber().parse(query.page), CLUSTERS_PER_PAGE);
  const hrefFor = queryHref("/admin/clusters", { page: shown.page > 1 ? shown.page : undefined });
  const schools = data.clusters.reduce((n, c) => n + c.schools.length, 0);
  return (
    <>
      <PageHeader title="Clusters" lead={`${COMPOSITION_NOTE} A cluster that differs is flagged, not refused. Open a school to move it or set its improvement capacity.`} />
      <div className="mb-8">
        <CreateClusterForm />
      </div>
      <p className="mb-4 text-sm text-slate-700">
        {data.clusters.length} {data.clusters.length === 1 ? "cluster" : "clusters"} with {schools} {schools === 1 ? "school" : "schools"}; {data.unclustered.length} in no cluster.
        {data.clusters.some((c) => c.warnings.length > 0) && ` ${data.clusters.filter((c) => c.warnings.length > 0).length} differ from the model.`}
      </p>
      <ClusterCards
        clusters={shown.rows.map((c): ClusterLine => [c.id, c.name, Boolean(c.archivedAt), c.warnings.join(", "), c.schools.map(schoolLine)])}
        editing={editing}
        editHref={Object.fromEntries(shown.rows.map((c) => [c.id, `${hrefFor({ edit: c.id })}#cluster-${c.id}`]))}
      />
      {shown.pageCount > 1 && <Pager hrefFor={hrefFor} page={shown.page} pageCount={shown.pageCount} total={shown.total} label="Pages of clusters" />}
      <section aria-labelledby="unclustered" className="mt-6 space-y-2">
        <h2 id="unclustered" className="text-lg font-semibold">Schools in no cluster</h2>
        <SchoolList schools={data.unclustered.map(schoolLine)} />
      </section>
    </>
  );
}
