import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/PageHeader";
import { Pager, queryHref } from "@/components/ui/Pager";
import { QueryTabs, tabOf } from "@/components/ui/QueryTabs";
import { Section } from "@/components/ui/Section";
import { TableBox } from "@/components/ui/Table";
import { ExemptTable, PersonalDataTable, type ExemptLine, type MapLine } from "@/components/transparency/DataMapTables";
import { requireViewer } from "@/lib/access/viewer";
import { pageOf } from "@/lib/paging";
import { dataMap } from "@/lib/transparency/queries";
import { pageNumber } from "@/lib/validation/fields";

export const metadata: Metadata = { title: "Data map" };

/** Kinds of personal data a page (about 60 in all: on one page with the exempt tables, 142 kB of HTML). */
const KINDS_PER_PAGE = 30;
const TABS = { personal: "Personal data", exempt: "Tables holding no one's personal data" } as const;

/** For the trust's data protection officer: every kind of personal data, where it is stored, who may read it, its retention. */
export default async function DataMapPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const viewer = await requireViewer();
  const [map, query] = await Promise.all([dataMap(viewer), searchParams]);
  const show = tabOf(TABS, query.show);
  const shown = pageOf(map.rows, pageNumber().parse(query.page), KINDS_PER_PAGE);
  const hrefFor = queryHref("/admin/data-map", { show: show === "personal" ? undefined : show, page: shown.page > 1 ? shown.page : undefined });
  return (
    <>
      <PageHeader title="Data map" lead={`Each kind of personal data the portal holds (${map.rows.length} kinds), generated from the privacy catalogue, the permission registry and the trust's retention schedule. Staff read the same in plain words on the privacy page.`} />
      <QueryTabs label="Data map tables" tabs={TABS} current={show} hrefFor={hrefFor} />
      {show === "personal" ? (
        <Section id="map-heading" title="Personal data" className="mb-8 space-y-2">
          <TableBox>
            <PersonalDataTable
              caption={`Each kind of personal data, where it is stored, who may read it and how long it is kept${shown.pageCount > 1 ? ` (page ${shown.page} of ${shown.pageCount})` : ""}`}
              rows={shown.rows.map((r): MapLine => [r.model, r.label, r.group ?? "", r.stored, r.readers.join(", "), r.retention, r.erasure])}
            />
          </TableBox>
          <Pager hrefFor={hrefFor} page={shown.page} pageCount={shown.pageCount} total={shown.total} label="Pages of personal data" />
        </Section>
      ) : (
        <Section id="exempt-heading" title="Tables holding no one's personal data to export" className="space-y-2">
          <TableBox>
            <ExemptTable rows={map.exempt.map((r): ExemptLine => [r.model, r.reason])} />
          </TableBox>
        </Section>
      )}
    </>
  );
}
