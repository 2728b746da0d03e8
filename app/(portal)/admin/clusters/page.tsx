import type { Metadata } from "next";
import Link from "next/link";
import { ArchiveClusterButton, CreateClusterForm, RenameClusterForm } from "@/components/org/ClusterForms";
import { PageHeader } from "@/components/ui/PageHeader";
import { requireViewer } from "@/lib/access/viewer";
import { enumLabel } from "@/lib/format";
import { COMPOSITION_NOTE } from "@/lib/org/admin/composition";
import { clustersOverview } from "@/lib/org/admin/queries";

export const metadata: Metadata = { title: "Clusters" };

function SchoolList({ schools }: { schools: { id: string; name: string; phase: string }[] }) {
  if (schools.length === 0) return <p className="text-slate-700">No schools.</p>;
  return (
    <ul className="list-disc pl-5">
      {schools.map((s) => (
        <li key={s.id}>
          <Link href={`/admin/schools/${s.id}`} className="text-brand-700 underline">
            {s.name}
          </Link>{" "}
          <span className="text-slate-600">({enumLabel(s.phase)})</span>
        </li>
      ))}
    </ul>
  );
}

export default async function ClustersPage() {
  const data = await clustersOverview(await requireViewer());
  return (
    <>
      <PageHeader title="Clusters" lead={`${COMPOSITION_NOTE} A cluster that differs is flagged, not refused. Open a school to move it or set its improvement capacity.`} />
      <div className="mb-8">
        <CreateClusterForm />
      </div>
      <div className="space-y-6">
        {data.clusters.map((c) => (
          <section key={c.id} aria-labelledby={`cluster-${c.id}`} className="space-y-3 rounded border border-slate-200 bg-white p-4">
            <h2 id={`cluster-${c.id}`} className="text-lg font-semibold">
              {c.name}
              {c.archivedAt && <span className="ml-2 text-sm font-normal text-slate-600">(archived)</span>}
            </h2>
            {c.warnings.length > 0 && (
              <p className="rounded border-l-4 border-amber-600 bg-amber-50 p-2 text-amber-900">
                <span className="font-semibold">Differs from the model: </span>this cluster {c.warnings.join(", ")}.
              </p>
            )}
            <SchoolList schools={c.schools} />
            <div className="flex flex-wrap items-end gap-6">
              {!c.archivedAt && <RenameClusterForm id={c.id} name={c.name} />}
              <ArchiveClusterButton id={c.id} name={c.name} archived={Boolean(c.archivedAt)} />
            </div>
          </section>
        ))}
        <section aria-labelledby="unclustered" className="space-y-2">
          <h2 id="unclustered" className="text-lg font-semibold">Schools in no cluster</h2>
          <SchoolList schools={data.unclustered} />
        </section>
      </div>
    </>
  );
}
