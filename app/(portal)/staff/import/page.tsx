import type { Metadata } from "next";
import { BackLink } from "@/components/ui/BackLink";
import { FlashNotice } from "@/components/ui/FlashNotice";
import { PageHeader } from "@/components/ui/PageHeader";
import { Section } from "@/components/ui/Section";
import { ImportList } from "@/components/imports/ImportTables";
import { requireViewer } from "@/lib/access/viewer";
import { staffImportStart } from "@/lib/people/import/queries";
import { UploadStaffForm } from "./forms";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Import staff from a CSV" };

export default async function StaffImportPage() {
  const viewer = await requireViewer();
  const data = await staffImportStart(viewer);
  return (
    <>
      <BackLink href="/staff">Back to the staff directory</BackLink>
      <PageHeader
        title="Import staff from a CSV"
        lead="Upload the staff list exported from the school's MIS. You match its columns to the staff record's fields, then see who would be added or updated before anything changes."
      />
      <FlashNotice />
      <div className="space-y-10">
        <Section id="how-heading" title="How the import works" className="max-w-3xl space-y-2" headingClassName="text-xl font-semibold">
          <ul className="list-disc space-y-1 pl-5">
            <li>Each row is matched to an existing record by its MIS staff id (in that school), then by work email; a match is updated, not added again.</li>
            <li>A work email of someone on the staff of another of the trust&apos;s schools is a row error: move them from their record instead.</li>
            <li>Leavers are skipped: an import never brings back someone who has left.</li>
            <li>It is all or nothing: nothing is changed while any row has an error.</li>
            <li>No emails are sent. New staff get an account without a password; send them a set-password link from their account page when they need to sign in.</li>
          </ul>
        </Section>
        <Section id="upload-heading" title="Upload" headingClassName="text-xl font-semibold">
          <UploadStaffForm schools={data.schools.map((s) => ({ value: s.id, label: s.name }))} />
        </Section>
        <Section id="recent-heading" title="Your recent staff imports" headingClassName="text-xl font-semibold">
          <ImportList caption="Your recent staff imports" rows={data.recent} href={(i) => routes.staffImport(i.id)} />
        </Section>
      </div>
    </>
  );
}
