import type { Metadata } from "next";
import { PipelineFigures } from "@/components/pipeline/TrustPipeline";
import { PageHeader } from "@/components/ui/PageHeader";
import { requireViewer } from "@/lib/access/viewer";
import { trustPipeline } from "@/lib/pipeline/trust/queries";

export const metadata: Metadata = { title: "Leadership pipeline" };

/** The board's view of succession: figures only, never a name. */
export default async function GovernancePipelinePage() {
  const viewer = await requireViewer();
  const data = await trustPipeline(viewer, { named: false });
  return (
    <>
      <PageHeader title="Leadership pipeline" lead="How many leaders hold or are studying the qualifications the trust expects, key posts with no successor ready within two years, and staff aspiring to lead, by school and cluster." />
      <PipelineFigures rows={data.rows} />
    </>
  );
}
