import type { Metadata } from "next";
import { CycleForm, HeadReviewerForm } from "@/components/appraisal/CycleForms";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { FlashNotice } from "@/components/ui/FlashNotice";
import { PageHeader } from "@/components/ui/PageHeader";
import { Section } from "@/components/ui/Section";
import { Table } from "@/components/ui/Table";
import { requireViewer } from "@/lib/access/viewer";
import { headsCycle, trustCompletion } from "@/lib/appraisal/overview/queries";
import { cycleValues } from "@/lib/appraisal/rules";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Performance development across the trust" };

const rate = (n: number, of: number) => (of === 0 ? "—" : `${Math.round((100 * n) / of)}% (${n} of ${of})`);

/** Completion per school, figures only (trustees and the trust admin); for the admin also the cycle and the heads' reviewers. */
export default async function TrustPerformancePage() {
  const viewer = await requireViewer();
  const c = await trustCompletion(viewer);
  const heads = c.setsCycle ? await headsCycle(viewer) : [];
  type Row = (typeof c.rows)[number];
  return (
    <>
      <Breadcrumbs items={[{ label: "Performance development", href: routes.performance() }, { label: "Across the trust" }]} />
      <PageHeader title="Performance development across the trust" lead={`${c.yearLabel}. Of ${c.total.inCycle} staff in the cycle: objectives agreed ${rate(c.total.objectives, c.total.inCycle)}, mid-year reviews ${rate(c.total.midYear, c.total.inCycle)}, end-of-year reviews ${rate(c.total.endYear, c.total.inCycle)}.`} />
      <FlashNotice />
      <div className="space-y-8">
        <div className="relative overflow-x-auto">
          <Table
            caption={`Completion by school, ${c.yearLabel}`}
            captionClassName="mb-2 text-left text-sm text-slate-700"
            rows={c.rows}
            rowKey={(r: Row) => r.id}
            columns={[
              { key: "school", header: "School", rowHeader: true, cell: (r: Row) => r.name },
              { key: "staff", header: "In the cycle", align: "right", cell: (r: Row) => r.inCycle },
              { key: "objectives", header: "Objectives agreed", align: "right", cell: (r: Row) => rate(r.objectives, r.inCycle) },
              { key: "mid", header: "Mid-year done", align: "right", cell: (r: Row) => rate(r.midYear, r.inCycle) },
              { key: "end", header: "End-of-year done", align: "right", cell: (r: Row) => rate(r.endYear, r.inCycle) },
            ]}
          />
        </div>
        {c.setsCycle && (
          <>
            <Section id="cycle" title={`The cycle for ${c.yearLabel}`} className="max-w-3xl space-y-3">
              <p className="text-sm text-slate-700">The defaults apply until you save: objectives 1 September to 31 October (heads to 31 December), mid-year review February to March, end-of-year review June to July, two to four objectives.</p>
              <CycleForm year={c.year} values={cycleValues(c.cycle)} />
            </Section>
            <Section id="heads" title="Heads' reviewers and panels" className="space-y-4">
              {heads.length === 0 && <p>No heads with a staff record.</p>}
              <ul className="grid gap-4 lg:grid-cols-2">
                {heads.map((h) => (
                  <li key={h.staffMemberId} className="space-y-2 rounded border border-slate-200 bg-white p-4">
                    <h3 className="font-semibold">{h.name}, {h.school}</h3>
                    <p className="text-sm text-slate-700">Reviewer: {h.reviewer ?? "not set"}; {h.panel.length} {h.panel.length === 1 ? "governor" : "governors"} on the panel.</p>
                    <HeadReviewerForm staffMemberId={h.staffMemberId} name={h.name} reviewerId={h.reviewerId} panel={h.panel} leaders={h.leaders} governors={h.governors} />
                  </li>
                ))}
              </ul>
            </Section>
          </>
        )}
      </div>
    </>
  );
}
