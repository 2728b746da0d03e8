import type { Metadata } from "next";
import Link from "next/link";
import { FlashNotice } from "@/components/ui/FlashNotice";
import { PageHeader } from "@/components/ui/PageHeader";
import { Pager, queryHref } from "@/components/ui/Pager";
import { QueryTabs } from "@/components/ui/QueryTabs";
import { Section } from "@/components/ui/Section";
import { Stat, StatGrid } from "@/components/ui/Stat";
import { Table, TableBox } from "@/components/ui/Table";
import { DemandsTable } from "@/components/workload/DemandsTable";
import { ProposeDemandForm } from "@/components/workload/WorkloadForms";
import { requireViewer } from "@/lib/access/viewer";
import { pageOf } from "@/lib/paging";
import { asRoute, routes } from "@/lib/routes";
import { pageNumber } from "@/lib/validation/fields";
import { hours } from "@/lib/workload/labels";
import { workloadPage } from "@/lib/workload/queries";

export const metadata: Metadata = { title: "Workload impact" };

type Props = { searchParams: Promise<{ school?: string; show?: string; page?: string }> };

// The trust's view shows its demands or each school's load, one at a time, each paged (issue 22, decision
// 041: every demand of 120 schools with each school's load was 710 kB). The figures above are over every demand.
const DEMANDS_PER_PAGE = 15;
const SCHOOLS_PER_PAGE = 30;

/** A school's demands on staff time, expected against reported; the trust's load by school and its heaviest demands. */
export default async function WorkloadPage({ searchParams }: Props) {
  const viewer = await requireViewer();
  const sp = await searchParams;
  const d = await workloadPage(viewer, sp.school);
  const show = d.bySchool.length > 0 && sp.show === "schools" ? "schools" : "demands";
  const page = pageNumber().parse(sp.page);
  const hrefFor = queryHref(routes.workload(), { school: sp.school && d.school ? d.school.id : undefined, show: show === "schools" ? show : undefined });
  const demands = show === "demands" ? pageOf(d.demands, page, DEMANDS_PER_PAGE) : null;
  const bySchool = show === "schools" ? pageOf(d.bySchool, page, SCHOOLS_PER_PAGE) : null;
  type School = (typeof d.bySchool)[number];
  return (
    <>
      <PageHeader title={d.school ? `${d.school.name}: workload impact` : "Workload impact across the trust"} lead="New demands on staff time with what they replace, checked after half a term against what staff report." />
      <FlashNotice />
      <StatGrid>
        <Stat label="Added per full-time teacher per term" value={hours(d.load.expected)} hint={`Reported so far: ${hours(d.load.reported)}`} />
        <Stat label="Net after offsets" value={hours(d.load.net)} hint={`Reported, net: ${hours(d.load.reportedNet)}`} />
        <Stat label="Live demands" value={d.demands.filter((x) => x.status === "APPROVED").length} />
      </StatGrid>
      {d.bySchool.length > 0 && (
        <QueryTabs label="Parts of the trust's workload" className="mt-6" tabs={{ demands: "Demands", schools: "Each school’s load" }} current={show} hrefFor={hrefFor} />
      )}
      <div className="mt-6 space-y-8">
        {demands && (
        <Section id="demands" title="Demands">
          <DemandsTable
            caption={`Demands, expected against reported hours per term for each person${demands.pageCount > 1 ? `, page ${demands.page} of ${demands.pageCount}` : ""}`}
            rows={demands.rows.map((x) => ({ id: x.id, title: x.title, kind: x.kind, scope: x.scope, affects: x.affects, status: x.status, reviewOn: x.reviewOn, expectedMinutes: x.expectedMinutes, offsetMinutes: x.offsetMinutes, replaces: x.replaces, reported: x.reported, approve: x.approve }))}
          />
          {demands.pageCount > 1 && <Pager hrefFor={hrefFor} page={demands.page} pageCount={demands.pageCount} total={demands.total} label="Pages of demands" />}
        </Section>
        )}
        {bySchool && (
          <Section id="schools" title="Each school’s load per full-time teacher per term">
            <TableBox label="Each school's load">
            <Table
              caption={`Each school's live demands on teachers${bySchool.pageCount > 1 ? `, page ${bySchool.page} of ${bySchool.pageCount}` : ""}`}
              rows={bySchool.rows}
              rowKey={(s: School) => s.id}
              columns={[
                { key: "name", header: "School", rowHeader: true, cell: (s: School) => <Link href={asRoute(routes.workload(s.id))} className="text-brand-700 underline">{s.name}</Link> },
                { key: "n", header: "Live demands", align: "right", cell: (s: School) => s.demands },
                { key: "added", header: "Added", align: "right", cell: (s: School) => hours(s.expected) },
                { key: "net", header: "Net after offsets", align: "right", cell: (s: School) => hours(s.net) },
              ]}
            />
            </TableBox>
            {bySchool.pageCount > 1 && <Pager hrefFor={hrefFor} page={bySchool.page} pageCount={bySchool.pageCount} total={bySchool.total} label="Pages of schools" />}
          </Section>
        )}
        {show === "schools" && d.heaviest.length > 0 && (
          <Section id="heaviest" title="The ten heaviest demands">
            <ol className="list-decimal space-y-1 pl-5 break-words">{d.heaviest.map((x) => <li key={x.id}>{x.title} ({x.scope}): {hours(x.expectedMinutes)} per term</li>)}</ol>
          </Section>
        )}
        {show === "demands" && d.propose && (
          <Section id="propose" title="Propose a new demand" className="max-w-2xl space-y-2 rounded border border-slate-200 bg-white p-4">
            <ProposeDemandForm schoolId={d.propose.schoolId} />
          </Section>
        )}
      </div>
    </>
  );
}
