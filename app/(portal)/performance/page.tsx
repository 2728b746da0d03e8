import type { Metadata } from "next";
import Link from "next/link";
import { StartPlanForm } from "@/components/appraisal/ObjectiveForms";
import { Step } from "@/components/appraisal/Step";
import { FlashNotice } from "@/components/ui/FlashNotice";
import { PageHeader } from "@/components/ui/PageHeader";
import { Section } from "@/components/ui/Section";
import { Table } from "@/components/ui/Table";
import { requireViewer } from "@/lib/access/viewer";
import { myPerformance } from "@/lib/appraisal/queries";
import { formatDate } from "@/lib/dates";
import { asRoute, routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Performance development" };

type Row = Awaited<ReturnType<typeof myPerformance>>["reviewing"][number];

function Plans({ caption, rows }: { caption: string; rows: Row[] }) {
  return (
    <div className="relative overflow-x-auto">
      <Table
        caption={caption}
        rows={rows}
        rowKey={(r: Row) => r.id}
        columns={[
          { key: "name", header: "Name", rowHeader: true, cell: (r: Row) => <Link href={asRoute(routes.performancePlan(r.id))} className="text-brand-700 underline">{r.name}</Link> },
          { key: "objectives", header: "Objectives agreed", cell: (r: Row) => <Step state={r.steps.objectives} /> },
          { key: "mid", header: "Mid-year review", cell: (r: Row) => <Step state={r.steps.midYear} /> },
          { key: "end", header: "End-of-year review", cell: (r: Row) => <Step state={r.steps.endYear} /> },
          { key: "pay", header: "Pay", cell: (r: Row) => (r.pay ? <Link href={asRoute(routes.performancePay(r.id))} className="text-brand-700 underline">Pay recommendation<span className="sr-only"> for {r.name}</span></Link> : "—") },
        ]}
      />
    </div>
  );
}

/** Performance development: one's own plan, the people one reviews or line-manages, the heads whose panel one sits on. */
export default async function PerformancePage() {
  const viewer = await requireViewer();
  const p = await myPerformance(viewer);
  const c = p.cycle;
  return (
    <>
      <PageHeader
        title="Performance development"
        lead={`${p.yearLabel}: objectives agreed ${formatDate(c.objectivesFrom)} to ${formatDate(c.objectivesTo)}, mid-year review ${formatDate(c.midYearFrom)} to ${formatDate(c.midYearTo)}, end-of-year review ${formatDate(c.endYearFrom)} to ${formatDate(c.endYearTo)}.`}
      />
      <FlashNotice />
      <div className="space-y-8">
        {viewer.staff && (
          <Section id="mine" title="Your performance development">
            {p.own ? (
              <p>
                <Link href={asRoute(routes.performancePlan(p.own.id))} className="text-brand-700 underline">Your objectives and reviews</Link>, with {p.own.reviewer} as your reviewer.
                Objectives agreed: <Step state={p.own.steps.objectives} />. Mid-year review: <Step state={p.own.steps.midYear} />. End-of-year review: <Step state={p.own.steps.endYear} />.
              </p>
            ) : p.ownStart?.out ? (
              <p>{p.ownStart.out}.</p>
            ) : p.ownStart?.hasReviewer ? (
              <div className="space-y-2"><p>You have not started this year’s objectives. Your line manager is your reviewer.</p><StartPlanForm staffMemberId={p.ownStart.staffMemberId} label="Start your objectives" /></div>
            ) : (
              <p>Your reviewer is not set yet: your head sets it.</p>
            )}
          </Section>
        )}
        {p.reviewing.length > 0 && <Section id="reviewing" title="People you review"><Plans caption="People you review" rows={p.reviewing} /></Section>}
        {p.reports.length > 0 && <Section id="reports" title="Your line reports reviewed by someone else"><Plans caption="Your line reports reviewed by someone else" rows={p.reports} /></Section>}
        {p.reportsWithout.length > 0 && (
          <Section id="to-start" title="Line reports without objectives this year">
            <ul className="space-y-2">
              {p.reportsWithout.map((s) => (
                <li key={s.id} className="flex flex-wrap items-center gap-3">
                  <span>{s.name}{s.jobTitle ? `, ${s.jobTitle}` : ""}</span>
                  {s.out ? <span className="text-slate-700">{s.out}</span> : <StartPlanForm staffMemberId={s.id} label={`Start objectives with ${s.name}`} />}
                </li>
              ))}
            </ul>
          </Section>
        )}
        {p.heads.length > 0 && <Section id="heads" title="Heads you review or sit on the panel of"><Plans caption="Heads you review or sit on the panel of" rows={p.heads} /></Section>}
        {(p.school || p.trust) && (
          <Section id="overviews" title="Overviews">
            <ul className="list-disc pl-5">
              {p.school && <li><Link href={asRoute(routes.performanceSchool(p.school))} className="text-brand-700 underline">Your school’s completion, and who is overdue</Link></li>}
              {p.trust && <li><Link href={asRoute(routes.performanceTrust())} className="text-brand-700 underline">Completion by school across the trust</Link></li>}
            </ul>
          </Section>
        )}
        {!viewer.staff && !p.trust && p.heads.length === 0 && <p>You sit on no head’s performance development panel this year.</p>}
      </div>
    </>
  );
}
