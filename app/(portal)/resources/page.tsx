import type { Metadata } from "next";
import { Pager, queryHref } from "@/components/ui/Pager";
import { ResourceList } from "@/components/communities/ResourceList";
import { PageHeader } from "@/components/ui/PageHeader";
import { SearchField, SearchSubmit } from "@/components/ui/SearchField";
import { SelectField } from "@/components/ui/Select";
import { requireViewer } from "@/lib/access/viewer";
import { RESOURCE_KIND_LABEL } from "@/lib/communities/labels";
import { options } from "@/lib/format";
import { resourceSearchParams } from "@/lib/communities/schema";
import { resourceFilters, searchResources } from "@/lib/communities/search/queries";

export const metadata: Metadata = { title: "Resource library" };

export default async function ResourcesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const viewer = await requireViewer();
  const params = resourceSearchParams.parse(await searchParams);
  const [filters, result] = await Promise.all([resourceFilters(viewer), searchResources(viewer, params)]);
  return (
    <>
      <PageHeader title="Resource library" lead="Curriculum, schemes of work, lesson resources, research and policies shared by the trust's communities." />
      <form method="get" role="search" aria-label="Search resources" className="mb-4 grid gap-3 rounded border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4">
        <SearchField label="Search words" defaultValue={params.q} />
        <SelectField id="kind" name="kind" label="Kind" defaultValue={params.kind} emptyLabel="All kinds" options={options(RESOURCE_KIND_LABEL)} />
        <SelectField id="community" name="community" label="Community" defaultValue={params.community} emptyLabel="All communities" options={filters.communities.map((c) => ({ value: c.id, label: c.name }))} />
        <SearchSubmit />
      </form>
      <h2 className="sr-only">Results</h2>
      <ResourceList
        rows={result.rows.map((r) => ({ ...r, author: r.authorName, community: { id: r.communityId, name: r.communityName } }))}
        empty={params.q ? `Nothing matches “${params.q}”.` : "No resources yet."}
      />
      <Pager hrefFor={queryHref("/resources", { q: params.q, kind: params.kind, community: params.community })} page={params.page} pageCount={result.pageCount} total={result.total} />
    </>
  );
}
