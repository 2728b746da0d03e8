import type { Metadata } from "next";
import Link from "next/link";
import { PipelineFigures } from "@/components/pipeline/TrustPipeline";
import { TrustNamed } from "@/components/pipeline/TrustNamed";
import { PageHeader } from "@/components/ui/PageHeader";
import { requireViewer } from "@/lib/access/viewer";
import { NAMED_LISTS, trustPipeline } from "@/lib/pipeline/trust/queries";

export const metadata: Metadata = { title: "Leadership pipeline" };

type Search = Promise<Partial<Record<(typeof NAMED_LISTS)[number], string | string[]>>>;

export default async function TrustPipelinePage({ searchParams }: { searchParams: Search }) {
  const viewer = await requireViewer();
  const sp = await searchParams;
  const pages = Object.fromEntries(NAMED_LISTS.map((k) => [k, typeof sp[k] === "string" ? Number(sp[k]) : 1]));
  const data = await trustPipeline(viewer, { named: true, pages });
  return (
    <>
      <PageHeader title="Leadership pipeline" lead="NPQs, leaders without an expected qualification, key posts with no successor ready within two years, and the talent pool, by school and cluster.">
        <Link href="/succession" className="text-brand-700 underline">Each school&apos;s succession plan</Link>
      </PageHeader>
      <PipelineFigures rows={data.rows} />
      {data.named && <TrustNamed named={data.named} />}
    </>
  );
}
