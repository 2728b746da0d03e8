import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/PageHeader";
import { Table, TableBox } from "@/components/ui/Table";
import { requireViewer } from "@/lib/access/viewer";
import { enumLabel, formatNumber } from "@/lib/format";
import { ofstedSummary } from "@/lib/org/ofsted";
import { listSchools } from "@/lib/org/queries";
import { Pager, queryHref } from "@/components/ui/Pager";
import { pageOf } from "@/lib/paging";
import { pageNumber } from "@/lib/validation/fields";

export const metadata: Metadata = { title: "Schools" };

/** Schools per page: a few clusters' worth (the list is in cluster order); 30 keeps the trust admin's page (a longer menu) under 80 kB at 120 schools. */
const SCHOOLS_PER_PAGE = 30;

export default async function SchoolsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const viewer = await requireViewer();
  const [all, page] = await Promise.all([listSchools(viewer), searchParams.then((q) => pageNumber().parse(q.page))]);
  const schools = pageOf(all, page, SCHOOLS_PER_PAGE);
  return (
    <>
      <PageHeader title="Schools" lead={`${all.length} ${all.length === 1 ? "school" : "schools"}, by cluster`} />
      <TableBox>
        <Table caption={schools.pageCount > 1 ? `Schools, page ${schools.page} of ${schools.pageCount}` : "Schools"} rows={schools.rows} rowKey={(s) => s.id} columns={[
            {
              key: "school",
              header: "School",
              cell: (s) => (
                <Link href={`/schools/${s.id}`} className="text-brand-700 underline">
                  {s.name}
                </Link>
              ),
            },
            { key: "cluster", header: "Cluster", cell: (s) => s.cluster?.name ?? "—" },
            { key: "phase", header: "Phase", cell: (s) => enumLabel(s.phase) },
            { key: "urn", header: "URN", align: "right", cell: (s) => s.urn },
            { key: "pupils", header: "Pupils", align: "right", cell: (s) => formatNumber(s.pupilsOnRoll) },
            { key: "staff", header: "Staff", align: "right", cell: (s) => formatNumber(s.staffCount) },
            { key: "ofsted", header: "Ofsted", cell: (s) => ofstedSummary(s.ofsted) },
            { key: "capacity", header: "Capacity", cell: (s) => enumLabel(s.improvementCapacity) },
          ]}
        />
      </TableBox>
      {schools.pageCount > 1 && <Pager hrefFor={queryHref("/schools", {})} page={schools.page} pageCount={schools.pageCount} total={schools.total} label="Pages of schools" />}
    </>
  );
}
