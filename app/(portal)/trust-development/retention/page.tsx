import type { Metadata } from "next";
import { FiguresGrid, type FiguresLine } from "@/components/cpd/FiguresGrid";
import { TrustTabs } from "@/components/cpd/TrustTabs";
import { LeaverBreakdown, TurnoverDefinition } from "@/components/people/Retention";
import { PageHeader } from "@/components/ui/PageHeader";
import { Pager, queryHref } from "@/components/ui/Pager";
import { Section } from "@/components/ui/Section";
import { SelectField } from "@/components/ui/Select";
import { buttonClass } from "@/components/ui/Button";
import { requireViewer } from "@/lib/access/viewer";
import { pageOf } from "@/lib/paging";
import { formatRate, type Counts } from "@/lib/people/turnover";
import { retentionYears, trustRetention } from "@/lib/people/retention/queries";
import { pageNumber } from "@/lib/validation/fields";

export const metadata: Metadata = { title: "Retention" };

/** Schools per page of the by-school table (by name; the trust's and the clusters' rows above are over every school). */
const SCHOOLS_PER_PAGE = 40;

const HEADERS = ["Staff on 1 Sept", "Staff at year end", "Leavers", "Turnover"];
// A row as the client table draws it (decision 040): each figure once, as a short string.
const line = (key: string, name: string, group: string | null, r: Counts & { rate: number | null }): FiguresLine => [key, name, group, String(r.atStart), String(r.atEnd), String(r.leavers), formatRate(r.rate)];

export default async function RetentionPage({ searchParams }: { searchParams: Promise<{ year?: string; page?: string }> }) {
  const viewer = await requireViewer();
  const years = retentionYears();
  const q = await searchParams;
  const year = years.find((y) => y.value === q.year) ?? years[0]!;
  const data = await trustRetention(viewer, Number(year.value));
  const schools = pageOf(data.schools, pageNumber().parse(q.page), SCHOOLS_PER_PAGE);
  return (
    <>
      <PageHeader title="Trust development" lead={`Staff retention across the trust, academic year ${data.year}.`} />
      <TrustTabs current="/trust-development/retention" />
      <form method="get" className="mb-6 flex items-end gap-3" aria-label="Choose the academic year">
        <SelectField id="year" name="year" label="Academic year" defaultValue={year.value} options={years} />
        <button type="submit" className={buttonClass("secondary")}>
          Show
        </button>
      </form>
      <div className="space-y-10">
        <Section id="trust-heading" title="The trust and its clusters">
          <FiguresGrid caption={`Staff turnover by cluster, ${data.year}`} headers={HEADERS} rows={[line("trust", "Whole trust", null, data.trust), ...data.clusters.map((c) => line(c.name, c.name, null, c))]} />
          <TurnoverDefinition />
        </Section>
        <Section id="leavers-heading" title="Leavers">
          <LeaverBreakdown reasons={data.reasons} stages={data.stages} />
        </Section>
        <Section id="schools-heading" title="By school">
          <FiguresGrid
            caption={`Staff turnover by school, ${data.year}${schools.pageCount > 1 ? `, page ${schools.page} of ${schools.pageCount}` : ""}`}
            groupLabel="Cluster"
            headers={HEADERS}
            rows={schools.rows.map((s) => line(s.id, s.name, s.cluster, s))}
          />
          {schools.pageCount > 1 && <Pager hrefFor={queryHref("/trust-development/retention", { year: q.year === undefined ? undefined : year.value })} page={schools.page} pageCount={schools.pageCount} total={schools.total} label="Pages of schools" />}
          <TurnoverDefinition />
        </Section>
      </div>
    </>
  );
}
