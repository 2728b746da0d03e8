import type { Metadata } from "next";
import Link from "next/link";
import { Pager, queryHref } from "@/components/ui/Pager";
import { buttonClass } from "@/components/ui/Button";
import { PageHeader } from "@/components/ui/PageHeader";
import { SearchField, SearchSubmit } from "@/components/ui/SearchField";
import { Table, TableBox } from "@/components/ui/Table";
import { SelectField } from "@/components/ui/Select";
import { requireViewer } from "@/lib/access/viewer";
import { EXPERTISE_LEVEL_LABEL } from "@/lib/communities/labels";
import { options } from "@/lib/format";
import { expertiseSearchParams } from "@/lib/communities/schema";
import { searchExpertise, expertiseFilters } from "@/lib/communities/search/queries";

export const metadata: Metadata = { title: "Expertise directory" };

export default async function ExpertisePage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const viewer = await requireViewer();
  const params = expertiseSearchParams.parse(await searchParams);
  const [filters, result] = await Promise.all([expertiseFilters(viewer), searchExpertise(viewer, params)]);
  return (
    <>
      <PageHeader title="Expertise directory" lead="Find colleagues across the trust who can help: search a subject or skill, e.g. “phonics” or “A-level chemistry”.">
        {viewer.staff && (
          <Link href="/expertise/mine" className={buttonClass("secondary")}>
            Your expertise
          </Link>
        )}
      </PageHeader>
      <form method="get" role="search" aria-label="Search expertise" className="mb-4 grid gap-3 rounded border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-3">
        <SearchField label="Subject or skill" defaultValue={params.q} />
        <SelectField id="school" name="school" label="School" defaultValue={params.school} emptyLabel="All schools" options={filters.schools.map((s) => ({ value: s.id, label: s.name }))} />
        <SelectField id="cluster" name="cluster" label="Cluster" defaultValue={params.cluster} emptyLabel="All clusters" options={filters.clusters.map((c) => ({ value: c.id, label: c.name }))} />
        <SelectField id="level" name="level" label="Level" defaultValue={params.level} emptyLabel="Any level" options={options(EXPERTISE_LEVEL_LABEL)} />
        <div className="flex items-end gap-2 pb-2">
          <input id="willing" name="willing" type="checkbox" value="1" defaultChecked={params.willing === "1"} className="h-5 w-5" />
          <label htmlFor="willing">Willing to support other schools</label>
        </div>
        <SearchSubmit />
      </form>
      <TableBox>
        <Table caption="Staff expertise" rows={result.rows} rowKey={(r) => r.id} rowClassName="align-top" empty="Nothing matches these filters." columns={[
            {
              key: "area",
              header: "Area",
              cell: (r) => (
                <>
                  <span className="font-medium">{r.area}</span>
                  {r.description && <p className="text-slate-600">{r.description}</p>}
                </>
              ),
            },
            { key: "level", header: "Level", cell: (r) => EXPERTISE_LEVEL_LABEL[r.level as keyof typeof EXPERTISE_LEVEL_LABEL] },
            {
              key: "who",
              header: "Who",
              cell: (r) => (
                <>
                  {r.name}, {r.jobTitle}
                  <br />
                  <a href={`mailto:${r.email}`} className="text-brand-700 underline">
                    {r.email}
                  </a>
                </>
              ),
            },
            { key: "school", header: "School", cell: (r) => `${r.schoolName}${r.clusterName ? ` (${r.clusterName})` : ""}` },
            { key: "willing", header: "Supports other schools", cell: (r) => (r.willingToSupport ? "Yes" : "No") },
          ]}
        />
      </TableBox>
      <Pager hrefFor={queryHref("/expertise", { q: params.q, school: params.school, cluster: params.cluster, level: params.level, willing: params.willing })} page={params.page} pageCount={result.pageCount} total={result.total} />
    </>
  );
}
