import type { Metadata } from "next";
import { figuresPage } from "@/components/pipeline/figures";
import { PipelineFigures } from "@/components/pipeline/TrustPipeline";
import { PageHeader } from "@/components/ui/PageHeader";
import { Pager, queryHref } from "@/components/ui/Pager";
import { requireViewer } from "@/lib/access/viewer";
import { trustPipeline } from "@/lib/pipeline/trust/queries";
import { routes } from "@/lib/routes";
import { pageNumber } from "@/lib/validation/fields";

export const metadata: Metadata = { title: "Leadership pipeline" };

/** The board's view of succession: figures only, never a name. */
export default async function GovernancePipelinePage({ searchParams }: { searchParams: Promise<{ schools?: string | string[] }> }) {
  const viewer = await requireViewer();
  const data = await trustPipeline(viewer, { named: false });
  const shown = figuresPage(data.rows, pageNumber().parse((await searchParams).schools));
  return (
    <>
      <PageHeader title="Leadership pipeline" lead="How many leaders hold or are studying the qualifications the trust expects, key posts with no successor ready within two years, and staff aspiring to lead, by school and cluster." />
      <PipelineFigures rows={shown.rows} kinds={shown.kinds} paged={shown.pageCount > 1 ? `, page ${shown.page} of ${shown.pageCount}` : ""} />
      {shown.pageCount > 1 && <Pager hrefFor={queryHref(routes.governancePipeline(), {})} param="schools" page={shown.page} pageCount={shown.pageCount} total={shown.total} label="Pages of schools" />}
    </>
  );
}
