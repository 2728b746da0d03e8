import type { Metadata } from "next";
import { ActionButton } from "@/components/ui/ActionButton";
import { FlashNotice } from "@/components/ui/FlashNotice";
import { PageHeader } from "@/components/ui/PageHeader";
import { ExportRefresh } from "@/components/privacy/ExportRefresh";
import { ExportTable } from "@/components/privacy/ExportTable";
import { requireViewer } from "@/lib/access/viewer";
import { requestOwnExportAction } from "@/lib/privacy/actions";
import { myExports } from "@/lib/privacy/queries";

export const metadata: Metadata = { title: "Download my development record" };

/** A person's own development record, to keep: the portfolio travels with them (issue 21 §1). */
export default async function MyExportPage() {
  const viewer = await requireViewer();
  const rows = await myExports(viewer);
  const running = rows.some((r) => r.status === "QUEUED" || r.status === "RUNNING");
  return (
    <>
      <FlashNotice />
      <PageHeader
        title="Download my development record"
        lead="Your CPD activities, statutory training, qualifications and induction, with your evidence files, in one ZIP: a summary page to open in any browser and the data as JSON. It is yours to keep, and goes with you if you move on."
      />
      <div className="mb-6">
        <ActionButton id="own-export" action={requestOwnExportAction} hidden={{}} label="Put together my development record" variant="primary" />
      </div>
      <ExportRefresh running={running} />
      <ExportTable rows={rows} caption="Your development records, newest first" />
    </>
  );
}
