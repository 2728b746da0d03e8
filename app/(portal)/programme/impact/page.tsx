import type { Metadata } from "next";
import { TrustImpactView } from "@/components/programme/ImpactViews";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { PageHeader } from "@/components/ui/PageHeader";
import { requireViewer } from "@/lib/access/viewer";
import { trustImpact } from "@/lib/programme/impact/queries";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "CPD impact across the trust" };

/** The trust admin's view: ratings and the six-week answers by strand and provider, each with its number of answers. */
export default async function TrustImpactPage() {
  const viewer = await requireViewer();
  const r = await trustImpact(viewer);
  return (
    <>
      <Breadcrumbs items={[{ label: "CPD programme", href: routes.programme() }, { label: "Impact across the trust" }]} />
      <PageHeader title="CPD impact across the trust" lead="Ratings straight after each course, and the share who changed their practice six weeks on (logged activities of more than three hours included by strand)." />
      <TrustImpactView r={r} />
    </>
  );
}
