import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/PageHeader";
import { Table, TableBox } from "@/components/ui/Table";
import { recentAudit } from "@/lib/admin/queries";
import { requireViewer } from "@/lib/auth/viewer";
import { formatDateTime } from "@/lib/dates";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage() {
  const rows = await recentAudit(await requireViewer());
  return (
    <>
      <PageHeader title="Audit log" lead="The latest 100 changes made in the portal." />
      <TableBox>
        <Table caption="Audit log" rows={rows} rowKey={(r) => r.id} empty="No changes recorded yet." columns={[
            { key: "when", header: "When", className: "whitespace-nowrap", cell: (r) => formatDateTime(r.at) },
            { key: "who", header: "Who", cell: (r) => r.actor },
            { key: "what", header: "What", cell: (r) => r.action },
            {
              key: "record",
              header: "Record",
              cell: (r) => (
                <>
                  {r.entity} <span className="text-slate-500">{r.entityId.slice(0, 8)}</span>
                </>
              ),
            },
          ]}
        />
      </TableBox>
    </>
  );
}
