import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { FlashNotice } from "@/components/ui/FlashNotice";
import { PageHeader } from "@/components/ui/PageHeader";
import { Section } from "@/components/ui/Section";
import { Table, TableBox } from "@/components/ui/Table";
import { DecideImport } from "@/components/imports/DecideImport";
import { ChangesTable } from "@/components/imports/ImportTables";
import { requireViewer } from "@/lib/access/viewer";
import { applyStaffImportAction, discardStaffImportAction } from "@/lib/people/import/actions";
import { formatNumber } from "@/lib/format";
import { mappableFields } from "@/lib/people/import/commands";
import { staffImport } from "@/lib/people/import/queries";
import { MappingForm } from "../forms";

export const metadata: Metadata = { title: "Staff import" };

const TALL = "max-h-[32rem]";

const Decide = ({ importId, canApply }: { importId: string; canApply: boolean }) => (
  <DecideImport id="staff-import" importId={importId} canApply={canApply} apply={applyStaffImportAction} discard={discardStaffImportAction} applyText="Apply the import" />
);

export default async function StaffImportPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[]>> }) {
  const viewer = await requireViewer();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const fields = mappableFields(viewer);
  const data = await staffImport(viewer, id, fields);
  const pending = data.status === "PREVIEW";
  const preview = data.preview;
  const mapping = pending && (!preview || query.step === "mapping");
  const done = pending ? "" : ` This import was ${data.status === "APPLIED" ? "applied" : "discarded"}.`;
  return (
    <>
      <Breadcrumbs items={[{ label: "Staff directory", href: "/staff" }, { label: "Import staff from a CSV", href: "/staff/import" }, { label: data.fileName }]} />
      <FlashNotice />
      {mapping || !preview ? (
        <>
          <PageHeader
            title={`Match the columns of ${data.fileName}`}
            lead={`${formatNumber(data.rowsRead)} rows for ${data.schoolName}. Choose the file's column for each field; ${data.savedMapping ? "the choices saved from this school's last import are filled in" : "the portal has guessed from the column names"}. Your choices are saved for the school's next import.${done}`}
          />
          {pending && (
            <div className="space-y-8">
              <MappingForm importId={data.id} fields={fields} headers={data.headers} mapping={data.mapping} />
              {/* Not the right file: discard it here, or it waits on the admin's work list. */}
              <Decide importId={data.id} canApply={false} />
            </div>
          )}
        </>
      ) : (
        <>
          <PageHeader
            title={`Preview of ${data.fileName}`}
            lead={`${formatNumber(data.rowsRead)} rows for ${data.schoolName}: ${preview.adds.length} to add, ${preview.updates.length} to update, ${preview.unchanged} unchanged${preview.skipped.length ? `, ${preview.skipped.length} skipped` : ""}${preview.errors.length ? `, ${preview.errors.length} with errors` : ""}.${done}`}
          />
          <div className="space-y-8">
            {preview.errors.length > 0 && (
              <Section id="errors" title="Rows with errors" headingClassName="text-xl font-semibold">
                <p>Nothing can be applied while a row has an error: correct the file (or the MIS) and upload it again.</p>
                <TableBox tall={TALL} label="Rows with errors">
                  <Table caption="Rows with errors" rows={preview.errors} rowKey={(e) => String(e.row)} columns={[
                      { key: "row", header: "Row", rowHeader: true, className: "text-right", cell: (e) => e.row },
                      { key: "message", header: "Error", cell: (e) => e.message },
                    ]}
                  />
                </TableBox>
              </Section>
            )}
            <Section id="adds" title="To add" headingClassName="text-xl font-semibold">
              <p className="text-slate-700">Each gets an account in their work email&apos;s name, without a password. No email is sent.</p>
              <TableBox tall={TALL} label="Staff to add">
                <Table caption="Staff to add" rows={preview.adds} rowKey={(a) => String(a.row)} empty="Nobody to add." columns={[
                    { key: "row", header: "Row", className: "text-right", cell: (a) => a.row },
                    { key: "name", header: "Name", rowHeader: true, cell: (a) => `${a.values.firstName} ${a.values.lastName}` },
                    { key: "email", header: "Work email", cell: (a) => a.values.email },
                    { key: "job", header: "Job title", cell: (a) => a.values.jobTitle },
                    { key: "school", header: "School", cell: (a) => a.schoolName },
                  ]}
                />
              </TableBox>
            </Section>
            <Section id="updates" title="To update" headingClassName="text-xl font-semibold">
              <ChangesTable tall={TALL} rows={preview.updates.flatMap((u) => u.changes.map((c, i) => ({ key: `${u.row}-${i}`, row: u.row, subject: u.name, ...c })))} subject="Member of staff" source="From the file" empty="No changes to existing records." />
            </Section>
            {preview.skipped.length > 0 && (
              <Section id="skipped" title="Skipped" headingClassName="text-xl font-semibold">
                <TableBox label="Skipped rows">
                  <Table caption="Skipped rows" rows={preview.skipped} rowKey={(s) => String(s.row)} columns={[
                      { key: "row", header: "Row", className: "text-right", cell: (s) => s.row },
                      { key: "name", header: "Member of staff", rowHeader: true, cell: (s) => s.name },
                      { key: "reason", header: "Why", cell: (s) => s.reason },
                    ]}
                  />
                </TableBox>
              </Section>
            )}
            {pending && (
              <>
                <p>
                  <Link href={`/staff/import/${data.id}?step=mapping`} className="text-brand-700 underline">Change the column mapping</Link>
                </p>
                <Decide importId={data.id} canApply={preview.errors.length === 0} />
              </>
            )}
          </div>
        </>
      )}
    </>
  );
}
