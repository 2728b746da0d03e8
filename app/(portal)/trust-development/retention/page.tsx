import type { Metadata } from "next";
import { TrustTabs } from "@/components/cpd/TrustTabs";
import { LeaverBreakdown, TurnoverDefinition, TurnoverTable } from "@/components/people/Retention";
import { PageHeader } from "@/components/ui/PageHeader";
import { Section } from "@/components/ui/Section";
import { SelectField } from "@/components/ui/Select";
import { buttonClass } from "@/components/ui/Button";
import { requireViewer } from "@/lib/access/viewer";
import { retentionYears, trustRetention } from "@/lib/people/retention/queries";

export const metadata: Metadata = { title: "Retention" };

export default async function RetentionPage({ searchParams }: { searchParams: Promise<{ year?: string }> }) {
  const viewer = await requireViewer();
  const years = retentionYears();
  const asked = (await searchParams).year;
  const year = years.find((y) => y.value === asked) ?? years[0]!;
  const data = await trustRetention(viewer, Number(year.value));
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
          <TurnoverTable caption={`Staff turnover by cluster, ${data.year}`} rows={[{ key: "trust", name: "Whole trust", ...data.trust }, ...data.clusters.map((c) => ({ key: c.name, ...c }))]} />
          <TurnoverDefinition />
        </Section>
        <Section id="leavers-heading" title="Leavers">
          <LeaverBreakdown reasons={data.reasons} stages={data.stages} />
        </Section>
        <Section id="schools-heading" title="By school">
          <TurnoverTable caption={`Staff turnover by school, ${data.year}`} groupLabel="Cluster" rows={data.schools.map((s) => ({ key: s.id, group: s.cluster, ...s }))} />
          <TurnoverDefinition />
        </Section>
      </div>
    </>
  );
}
