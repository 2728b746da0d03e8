import type { Metadata } from "next";
import { EntryGrid } from "@/components/governance/EntryGrid";
import { RefreshComputedForm } from "@/components/governance/RefreshComputedForm";
import { BackLink } from "@/components/ui/BackLink";
import { buttonClass } from "@/components/ui/Button";
import { PageHeader } from "@/components/ui/PageHeader";
import { SelectField } from "@/components/ui/Select";
import { requireViewer } from "@/lib/access/viewer";
import { entryGrid } from "@/lib/governance/entry/queries";
import { describePeriod } from "@/lib/governance/periods";

export const metadata: Metadata = { title: "Enter metric values" };

export default async function EntryPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const viewer = await requireViewer();
  const { period } = await searchParams;
  const data = await entryGrid(viewer, typeof period === "string" ? period : undefined);
  return (
    <>
      <BackLink href="/governance">Governance</BackLink>
      <PageHeader title="Enter metric values" lead={`${data.period.label} (${describePeriod(data.period.label)}): ${data.period.kind === "TERM" ? "termly" : "yearly"} metrics. Computed metrics are worked out from the portal's data and are not typed in.`} />
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3" aria-label="Choose a period">
        <SelectField id="period" name="period" label="Period" defaultValue={data.period.label} options={data.periods.map((p) => ({ value: p.label, label: p.kind === "TERM" ? `${p.label} (${describePeriod(p.label)})` : `${p.label} (academic year)` }))} />
        <button type="submit" className={buttonClass("secondary", "min-h-11")}>Show</button>
      </form>
      <EntryGrid key={data.period.label} period={data.period.label} schools={data.schools} metrics={data.metrics} stored={data.stored} />
      <section aria-labelledby="computed-heading" className="mt-10 space-y-2">
        <h2 id="computed-heading" className="text-lg font-semibold">Computed metrics</h2>
        <p className="text-sm text-slate-700">CPD hours per FTE, statutory training compliance, staff turnover, ECT induction on track, community participation, NPQs and review actions are worked out per school from the portal&apos;s own records.</p>
        <RefreshComputedForm startYear={data.period.startYear} />
      </section>
    </>
  );
}
