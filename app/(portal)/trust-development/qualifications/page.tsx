import type { Metadata } from "next";
import { NpqPipeline } from "@/components/cpd/TrustFigures";
import { TrustTabs } from "@/components/cpd/TrustTabs";
import { PageHeader } from "@/components/ui/PageHeader";
import { requireViewer } from "@/lib/access/viewer";
import { npqPipeline } from "@/lib/cpd/trust/queries";

export const metadata: Metadata = { title: "Qualifications pipeline" };

export default async function QualificationsPage() {
  const viewer = await requireViewer();
  const data = await npqPipeline(viewer);
  return (
    <>
      <PageHeader title="Trust development" lead="How many current staff hold, or are studying, each national professional qualification (NPQ), by school." />
      <TrustTabs current="/trust-development/qualifications" />
      <NpqPipeline kinds={data.kinds} rows={data.rows} />
    </>
  );
}
