import type { Metadata } from "next";
import { FiguresTable } from "@/components/cpd/TrustFigures";
import { TrustTabs } from "@/components/cpd/TrustTabs";
import { PageHeader } from "@/components/ui/PageHeader";
import { requireViewer } from "@/lib/access/viewer";
import { trustDevelopment } from "@/lib/cpd/trust/queries";

export const metadata: Metadata = { title: "Trust development" };

export default async function TrustDevelopmentPage() {
  const viewer = await requireViewer();
  const data = await trustDevelopment(viewer);
  return (
    <>
      <PageHeader title="Trust development" lead={`CPD and statutory training across the trust, academic year ${data.year.label}: current staff, verified hours.`} />
      <TrustTabs current="/trust-development" />
      <div className="space-y-10">
        <section aria-labelledby="clusters-heading" className="space-y-2">
          <h2 id="clusters-heading" className="text-lg font-semibold">By cluster</h2>
          <FiguresTable caption="CPD figures by cluster" rows={data.clusters.map((c) => ({ key: c.name, name: c.name, figures: c.figures }))} />
        </section>
        <section aria-labelledby="schools-heading" className="space-y-2">
          <h2 id="schools-heading" className="text-lg font-semibold">By school</h2>
          <FiguresTable caption="CPD figures by school" groupLabel="Cluster" rows={data.schools.map((s) => ({ key: s.id, name: s.name, group: s.cluster, figures: s.figures }))} />
        </section>
      </div>
    </>
  );
}
