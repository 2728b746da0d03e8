import type { Metadata } from "next";
import Link from "next/link";
import { figuresPage } from "@/components/pipeline/figures";
import { PipelineFigures } from "@/components/pipeline/TrustPipeline";
import { TrustNamed } from "@/components/pipeline/TrustNamed";
import { PageHeader } from "@/components/ui/PageHeader";
import { Pager, queryHref } from "@/components/ui/Pager";
import { requireViewer } from "@/lib/access/viewer";
import { NAMED_LISTS, trustPipeline } from "@/lib/pipeline/trust/queries";
import { routes } from "@/lib/routes";
import { pageNumber } from "@/lib/validation/fields";

export const metadata: Metadata = { title: "Leadership pipeline" };

type Search = Promise<Partial<Record<(typeof NAMED_LISTS)[number] | "schools", string | string[]>>>;

export default async function TrustPipelinePage({ searchParams }: { searchParams: Search }) {
  const viewer = await requireViewer();
  const sp = await searchParams;
  const pages = Object.fromEntries(NAMED_LISTS.map((k) => [k, typeof sp[k] === "string" ? Number(sp[k]) : 1]));
  const data = await trustPipeline(viewer, { named: true, pages });
  const shown = figuresPage(data.rows, pageNumber().parse(sp.schools));
  // Each pager keeps the other lists' pages in its links.
  const named = { schools: shown.page, ...(data.named && Object.fromEntries(NAMED_LISTS.map((k) => [k, data.named!.pages[k].page]))) };
  return (
    <>
      <PageHeader title="Leadership pipeline" lead="NPQs, leaders without an expected qualification, key posts with no successor ready within two years, and the talent pool, by school and cluster.">
        <Link href="/succession" className="text-brand-700 underline">Each school&apos;s succession plan</Link>
      </PageHeader>
      <PipelineFigures rows={shown.rows} kinds={shown.kinds} paged={shown.pageCount > 1 ? `, page ${shown.page} of ${shown.pageCount}` : ""} />
      {shown.pageCount > 1 && <Pager hrefFor={queryHref(routes.trustPipeline(), named)} param="schools" page={shown.page} pageCount={shown.pageCount} total={shown.total} label="Pages of schools" />}
      {data.named && <TrustNamed named={data.named} schools={shown.page} />}
    </>
  );
}
