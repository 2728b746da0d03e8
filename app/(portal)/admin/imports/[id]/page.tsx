import type { Metadata } from "next";
import { DecideImport } from "@/components/imports/DecideImport";
import { ChangesTable } from "@/components/imports/ImportTables";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { PageHeader } from "@/components/ui/PageHeader";
import { Section } from "@/components/ui/Section";
import { Table, TableBox } from "@/components/ui/Table";
import { requireViewer } from "@/lib/access/viewer";
import { formatNumber, enumLabel } from "@/lib/format";
import { applyGiasImportAction, discardImportAction } from "@/lib/gias/actions";
import { importPreview } from "@/lib/gias/queries";

export const metadata: Metadata = { title: "GIAS import preview" };

export default async function ImportPreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const { id } = await params;
  const row = await importPreview(viewer, id);
  const { joining, updates, leaving, problems, notOpen } = row.plan;
  const pending = row.status === "PREVIEW";
  return (
    <>
      <Breadcrumbs items={[{ label: "Trust administration" }, { label: "School register", href: "/admin/imports" }, { label: `Preview of ${row.fileName}` }]} />
      <PageHeader
        title={`Preview of ${row.fileName}`}
        lead={`${formatNumber(row.rowsRead)} rows read. ${joining.length} joining, ${updates.length} changed, ${leaving.length} leaving${problems.length ? `, ${problems.length} with problems` : ""}.${pending ? "" : ` This import was ${row.status === "APPLIED" ? "applied" : "discarded"}.`}`}
      />
      <div className="space-y-8">
        {problems.length > 0 && (
          <Section id="problems" title="Problems" headingClassName="text-xl font-semibold">
            <p>The import cannot be applied while these rows cannot be read.</p>
            <TableBox>
              <Table caption="Rows with problems" rows={problems} rowKey={(p) => p.urn} columns={[
                  { key: "urn", header: "URN", cell: (p) => p.urn },
                  { key: "name", header: "School", rowHeader: true, cell: (p) => p.name },
                  { key: "why", header: "Problem", cell: (p) => p.problems.join("; ") },
                ]}
              />
            </TableBox>
          </Section>
        )}
        <Section id="joining" title="Joining the trust" headingClassName="text-xl font-semibold">
          <TableBox>
            <Table caption="Schools joining" rows={joining} rowKey={(s) => String(s.urn)} empty="No schools joining." columns={[
                { key: "urn", header: "URN", cell: (s) => s.urn },
                { key: "name", header: "School", rowHeader: true, cell: (s) => s.name },
                { key: "phase", header: "Phase", cell: (s) => enumLabel(s.phase) },
                { key: "type", header: "Type", cell: (s) => enumLabel(s.type) },
                { key: "pupils", header: "Pupils", className: "text-right", cell: (s) => s.pupilsOnRoll ?? "Not given" },
              ]}
            />
          </TableBox>
        </Section>
        <Section id="changes" title="Changes" headingClassName="text-xl font-semibold">
          <ChangesTable rows={updates.flatMap((u) => u.changes.map((c, i) => ({ key: `${u.urn}-${i}`, subject: u.name, ...c })))} subject="School" source="From GIAS" empty="No changes to the trust's schools." />
        </Section>
        <Section id="leaving" title="No longer listed under the trust" headingClassName="text-xl font-semibold">
          <p className="text-slate-700">Applying archives them: they leave current lists, and their history is kept.</p>
          <TableBox>
            <Table caption="Schools leaving" rows={leaving} rowKey={(s) => s.id} empty="None." columns={[
                { key: "urn", header: "URN", cell: (s) => s.urn },
                { key: "name", header: "School", rowHeader: true, cell: (s) => s.name },
              ]}
            />
          </TableBox>
        </Section>
        {notOpen.length > 0 && (
          <p className="text-slate-700">
            Not open, so not counted as the trust&apos;s: {notOpen.map((s) => `${s.name} (${s.status})`).join(", ")}.
          </p>
        )}
        {pending && <DecideImport id="import" importId={row.id} canApply={problems.length === 0} apply={applyGiasImportAction} discard={discardImportAction} applyText="Apply these changes" />}
      </div>
    </>
  );
}
