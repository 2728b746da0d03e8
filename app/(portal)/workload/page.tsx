import type { Metadata } from "next";
import Link from "next/link";
import { FlashNotice } from "@/components/ui/FlashNotice";
import { PageHeader } from "@/components/ui/PageHeader";
import { Section } from "@/components/ui/Section";
import { Stat, StatGrid } from "@/components/ui/Stat";
import { Table, TableBox } from "@/components/ui/Table";
import { DecideForm, ProposeDemandForm } from "@/components/workload/WorkloadForms";
import { requireViewer } from "@/lib/access/viewer";
import { asRoute, routes } from "@/lib/routes";
import { DIMENSION_VALUES, NOT_ENOUGH } from "@/lib/voice/labels";
import { hours, KIND_LABEL, STATUS_LABEL } from "@/lib/workload/labels";
import { workloadPage } from "@/lib/workload/queries";

export const metadata: Metadata = { title: "Workload impact" };

type Props = { searchParams: Promise<{ school?: string }> };

/** A school's demands on staff time, expected against reported; the trust's load by school and its heaviest demands. */
export default async function WorkloadPage({ searchParams }: Props) {
  const viewer = await requireViewer();
  const d = await workloadPage(viewer, (await searchParams).school);
  type Demand = (typeof d.demands)[number];
  type School = (typeof d.bySchool)[number];
  const who = (a: string[]) => a.map((c) => DIMENSION_VALUES.category[c] ?? c).join(", ");
  return (
    <>
      <PageHeader title={d.school ? `${d.school.name}: workload impact` : "Workload impact across the trust"} lead="New demands on staff time with what they replace, checked after half a term against what staff report." />
      <FlashNotice />
      <StatGrid>
        <Stat label="Added per full-time teacher per term" value={hours(d.load.expected)} hint={`Reported so far: ${hours(d.load.reported)}`} />
        <Stat label="Net after offsets" value={hours(d.load.net)} hint={`Reported, net: ${hours(d.load.reportedNet)}`} />
        <Stat label="Live demands" value={d.demands.filter((x) => x.status === "APPROVED").length} />
      </StatGrid>
      <div className="mt-6 space-y-8">
        <Section id="demands" title="Demands">
          <TableBox label="Demands">
            <Table
              caption="Demands, expected against reported hours per term for each person"
              rows={d.demands}
              rowKey={(x: Demand) => x.id}
              empty="No demands recorded yet."
              columns={[
                { key: "title", header: "Demand", rowHeader: true, cell: (x: Demand) => <span className="break-words">{x.title}<span className="block text-xs text-slate-600">{KIND_LABEL[x.kind]}, {x.scope}; falls on {who(x.affects)}</span></span> },
                { key: "expected", header: "Expected", align: "right", cell: (x: Demand) => hours(x.expectedMinutes) },
                { key: "reported", header: "Reported", align: "right", cell: (x: Demand) => (x.reported === null ? "Not checked yet" : x.reported === "too-few" ? NOT_ENOUGH : `${hours(x.reported.minutes)} (${x.reported.n} answers)`) },
                { key: "offset", header: "Replaces", cell: (x: Demand) => <span className="break-words">{x.replaces} ({hours(x.offsetMinutes)})</span> },
                { key: "status", header: "Status", cell: (x: Demand) => (x.approve ? <DecideForm demandId={x.id} title={x.title} /> : `${STATUS_LABEL[x.status]}, review ${x.reviewOn}`) },
              ]}
            />
          </TableBox>
        </Section>
        {d.bySchool.length > 0 && (
          <Section id="schools" title="Each school’s load per full-time teacher per term">
            <TableBox label="Each school's load">
            <Table
              caption="Each school's live demands on teachers"
              rows={d.bySchool}
              rowKey={(s: School) => s.id}
              columns={[
                { key: "name", header: "School", rowHeader: true, cell: (s: School) => <Link href={asRoute(routes.workload(s.id))} className="text-brand-700 underline">{s.name}</Link> },
                { key: "n", header: "Live demands", align: "right", cell: (s: School) => s.demands },
                { key: "added", header: "Added", align: "right", cell: (s: School) => hours(s.expected) },
                { key: "net", header: "Net after offsets", align: "right", cell: (s: School) => hours(s.net) },
              ]}
            />
            </TableBox>
          </Section>
        )}
        {d.heaviest.length > 0 && (
          <Section id="heaviest" title="The ten heaviest demands">
            <ol className="list-decimal space-y-1 pl-5 break-words">{d.heaviest.map((x) => <li key={x.id}>{x.title} ({x.scope}): {hours(x.expectedMinutes)} per term</li>)}</ol>
          </Section>
        )}
        {d.propose && (
          <Section id="propose" title="Propose a new demand" className="max-w-2xl space-y-2 rounded border border-slate-200 bg-white p-4">
            <ProposeDemandForm schoolId={d.propose.schoolId} />
          </Section>
        )}
      </div>
    </>
  );
}
