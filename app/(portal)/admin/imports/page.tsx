import type { Metadata } from "next";
import { FlashNotice } from "@/components/ui/FlashNotice";
import { GiasUidForm, UploadForm } from "@/components/gias/ImportForms";
import { PageHeader } from "@/components/ui/PageHeader";
import { Section } from "@/components/ui/Section";
import { ImportList } from "@/components/imports/ImportTables";
import { requireViewer } from "@/lib/access/viewer";
import { importsPage } from "@/lib/gias/queries";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "School register" };

/** Staff imports (a school's MIS file) are listed here too, and open on their own pages. */
const KIND = { GIAS: { label: "School register", path: routes.adminImport }, STAFF: { label: "Staff", path: routes.staffImport } } as const;

export default async function ImportsPage() {
  const viewer = await requireViewer();
  const data = await importsPage(viewer);
  return (
    <>
      <PageHeader
        title="School register from GIAS"
        lead="Upload DfE's establishment file: the portal previews the schools joining, the changes field by field, and the schools no longer listed under the trust. Nothing changes until you apply it, all or nothing."
      />
      <FlashNotice />
      <div className="space-y-10">
        <Section id="settings-heading" title="Trust settings" headingClassName="text-xl font-semibold">
          <GiasUidForm value={data.giasGroupUid} />
        </Section>
        <Section id="upload-heading" title="Upload" headingClassName="text-xl font-semibold">
          <UploadForm />
        </Section>
        <Section id="imports-heading" title="Recent imports" headingClassName="text-xl font-semibold">
          <ImportList caption="Recent imports" rows={data.imports} href={(i) => KIND[i.kind].path(i.id)} kind={(i) => KIND[i.kind].label} />
        </Section>
      </div>
    </>
  );
}
