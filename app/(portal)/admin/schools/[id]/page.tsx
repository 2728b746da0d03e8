import type { Metadata } from "next";
import { CapacityForm, MoveSchoolForm } from "@/components/org/ClusterForms";
import { BackLink } from "@/components/ui/BackLink";
import { PageHeader } from "@/components/ui/PageHeader";
import { Table, TableBox } from "@/components/ui/Table";
import { requireViewer } from "@/lib/access/viewer";
import { formatDate, isoDay, londonToday } from "@/lib/dates";
import { enumLabel } from "@/lib/format";
import { schoolAdmin } from "@/lib/org/admin/queries";
import { CAPACITY_LABEL } from "@/lib/org/labels";

export const metadata: Metadata = { title: "Manage a school" };

export default async function SchoolAdminPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const { id } = await params;
  const { school, clusters, history } = await schoolAdmin(viewer, id);
  return (
    <>
      <BackLink href="/admin/clusters">All clusters</BackLink>
      <PageHeader title={`Manage ${school.name}`} lead={`URN ${school.urn} · ${enumLabel(school.phase)} · improvement capacity: ${CAPACITY_LABEL[school.improvementCapacity]}`} />
      <div className="space-y-10">
        <section aria-labelledby="cluster-heading" className="space-y-2">
          <h2 id="cluster-heading" className="text-xl font-semibold">Cluster</h2>
          <MoveSchoolForm schoolId={school.id} clusterId={school.clusterId} clusters={clusters.map((c) => ({ value: c.id, label: c.name }))} />
        </section>
        <section aria-labelledby="capacity-heading" className="space-y-3">
          <h2 id="capacity-heading" className="text-xl font-semibold">Improvement capacity</h2>
          <CapacityForm schoolId={school.id} capacity={school.improvementCapacity} today={isoDay(londonToday())} />
          <TableBox>
            <Table caption="Improvement capacity history, latest first" rows={history} rowKey={(h) => h.id} empty="No capacity recorded through the portal yet." columns={[
                { key: "from", header: "From", className: "whitespace-nowrap", cell: (h) => formatDate(h.effectiveOn) },
                { key: "capacity", header: "Capacity", rowHeader: true, cell: (h) => CAPACITY_LABEL[h.capacity] },
                { key: "why", header: "Why", cell: (h) => h.rationale },
                { key: "by", header: "Recorded by", cell: (h) => `${h.setBy}, ${formatDate(h.createdAt)}` },
              ]}
            />
          </TableBox>
        </section>
      </div>
    </>
  );
}
