import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { FlashNotice } from "@/components/ui/FlashNotice";
import { PageHeader } from "@/components/ui/PageHeader";
import { Section } from "@/components/ui/Section";
import { Table, TableBox } from "@/components/ui/Table";
import { ExportRefresh } from "@/components/privacy/ExportRefresh";
import { ExportState } from "@/components/privacy/ExportTable";
import { requireViewer } from "@/lib/access/viewer";
import { formatDateTime } from "@/lib/dates";
import { subjectAccessExport } from "@/lib/privacy/queries";

export const metadata: Metadata = { title: "Subject access export" };

/** One export: its state, and the free text by others that names other people, to review before release. */
export default async function ExportPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const e = await subjectAccessExport(viewer, (await params).id);
  const name = `${e.subject.firstName} ${e.subject.lastName}`;
  const running = e.status === "QUEUED" || e.status === "RUNNING";
  return (
    <>
      <Breadcrumbs items={[{ label: "Subject access exports", href: "/admin/exports" }, { label: name }]} />
      <FlashNotice />
      <PageHeader title={`Everything held about ${name}`} lead={`Asked for by ${e.requestedBy.name} on ${formatDateTime(e.createdAt)}.`} />
      <ExportRefresh running={running} />
      <p className="mb-6">
        <ExportState row={e} />
      </p>
      {e.status === "DONE" && (
        <Section id="review-heading" title="Review before release">
          {e.redactions.length === 0 ? (
            <p>No free text written by someone else names another person.</p>
          ) : (
            <>
              <p className="mb-2">Free text written by someone else that names other people. Check each before you release the export, and redact where the other person&apos;s privacy outweighs the request.</p>
              <TableBox>
                <Table caption="Names of other people in free text" rows={e.redactions} rowKey={(r) => `${r.kind}-${r.recordId}-${r.field}`} empty="" columns={[
                    { key: "kind", header: "Record", cell: (r) => `${r.kind} (data/${r.kind}.json)` },
                    { key: "field", header: "Field", cell: (r) => r.field },
                    { key: "id", header: "Record id", cell: (r) => <span className="break-all">{r.recordId}</span> },
                    { key: "names", header: "Names", cell: (r) => r.names.join(", ") },
                  ]}
                />
              </TableBox>
            </>
          )}
        </Section>
      )}
    </>
  );
}
