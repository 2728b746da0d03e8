import type { Metadata } from "next";
import { FiguresTable } from "@/components/cpd/TrustFigures";
import { TrustTabs } from "@/components/cpd/TrustTabs";
import { PageHeader } from "@/components/ui/PageHeader";
import { requireViewer } from "@/lib/access/viewer";
import { trustDevelopment } from "@/lib/cpd/trust/queries";
import { Pager, queryHref } from "@/components/ui/Pager";
import { pageOf } from "@/lib/paging";
import { pageNumber } from "@/lib/validation/fields";

export const metadata: Metadata = { title: "Trust development" };

/** Schools per page of the by-school table (by name; the cluster table above sums every school). */
const SCHOOLS_PER_PAGE = 40;

export default async function TrustDevelopmentPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const viewer = await requireViewer();
  const [data, page] = await Promise.all([trustDevelopment(viewer), searchParams.then((q) => pageNumber().parse(q.page))]);
  const schools = pageOf(data.schools, page, SCHOOLS_PER_PAGE);
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
          <FiguresTable
            caption={schools.pageCount > 1 ? `CPD figures by school, page ${schools.page} of ${schools.pageCount}` : "CPD figures by school"}
            groupLabel="Cluster"
            rows={schools.rows.map((s) => ({ key: s.id, name: s.name, group: s.cluster, figures: s.figures }))}
          />
          {schools.pageCount > 1 && <Pager hrefFor={queryHref("/trust-development", {})} page={schools.page} pageCount={schools.pageCount} total={schools.total} label="Pages of schools" />}
        </section>
      </div>
    </>
  );
}
