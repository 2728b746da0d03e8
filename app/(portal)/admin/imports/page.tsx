import type { Metadata } from "next";
import { FlashNotice } from "@/components/ui/FlashNotice";
import { GiasUidForm, UploadForm } from "@/components/gias/ImportForms";
import { PageHeader } from "@/components/ui/PageHeader";
import { ImportList } from "@/components/imports/ImportTables";
import { requireViewer } from "@/lib/auth/viewer";
import { importsPage } from "@/lib/gias/queries";

export const metadata: Metadata = { title: "School register" };

/** Staff imports (a school's MIS file) are listed here too, and open on their own pages. */
const KIND = { GIAS: { label: "School register", path: "/admin/imports" }, STAFF: { label: "Staff", path: "/staff/import" } } as const;

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
        <section aria-labelledby="settings-heading" className="space-y-2">
          <h2 id="settings-heading" className="text-xl font-semibold">Trust settings</h2>
          <GiasUidForm value={data.giasGroupUid} />
        </section>
        <section aria-labelledby="upload-heading" className="space-y-2">
          <h2 id="upload-heading" className="text-xl font-semibold">Upload</h2>
          <UploadForm />
        </section>
        <section aria-labelledby="imports-heading" className="space-y-2">
          <h2 id="imports-heading" className="text-xl font-semibold">Recent imports</h2>
          <ImportList caption="Recent imports" rows={data.imports} href={(i) => `${KIND[i.kind].path}/${i.id}`} kind={(i) => KIND[i.kind].label} />
        </section>
      </div>
    </>
  );
}
