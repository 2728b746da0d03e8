import type { Metadata } from "next";
import { NpqPipeline } from "@/components/cpd/TrustFigures";
import { TrustTabs } from "@/components/cpd/TrustTabs";
import { PageHeader } from "@/components/ui/PageHeader";
import { Pager, queryHref } from "@/components/ui/Pager";
import { requireViewer } from "@/lib/access/viewer";
import { npqPipeline } from "@/lib/cpd/trust/queries";
import { pageOf } from "@/lib/paging";
import { pageNumber } from "@/lib/validation/fields";

export const metadata: Metadata = { title: "Qualifications pipeline" };

/** Schools a page (as trust development's by-school table): 120 schools on one page were 298 kB of HTML. */
const SCHOOLS_PER_PAGE = 30;

export default async function QualificationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const viewer = await requireViewer();
  const [data, query] = await Promise.all([npqPipeline(viewer), searchParams]);
  const shown = pageOf(data.rows, pageNumber().parse(query.page), SCHOOLS_PER_PAGE);
  // The trust's total is over every school, whichever page is shown.
  const total = { school: "Trust total (every school)", counts: {} as Record<string, { held: number; studying: number }> };
  for (const r of data.rows) for (const [k, c] of Object.entries(r.counts)) {
    const t = (total.counts[k] ??= { held: 0, studying: 0 });
    t.held += c.held;
    t.studying += c.studying;
  }
  return (
    <>
      <PageHeader title="Trust development" lead="How many current staff hold, or are studying, each national professional qualification (NPQ), by school." />
      <TrustTabs current="/trust-development/qualifications" />
      <NpqPipeline kinds={data.kinds} rows={shown.rows} page={shown.page} pageCount={shown.pageCount} total={total} />
      {shown.pageCount > 1 && <Pager hrefFor={queryHref("/trust-development/qualifications", {})} page={shown.page} pageCount={shown.pageCount} total={shown.total} label="Pages of schools" />}
    </>
  );
}
