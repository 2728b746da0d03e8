import type { Metadata } from "next";
import Link from "next/link";
import { CopyForwardForm, CreatePriorityForm } from "@/components/priorities/PriorityForms";
import { Rating } from "@/components/priorities/Rating";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { FlashNotice } from "@/components/ui/FlashNotice";
import { Notice } from "@/components/ui/Notice";
import { PageHeader } from "@/components/ui/PageHeader";
import { Section } from "@/components/ui/Section";
import { Table } from "@/components/ui/Table";
import { requireViewer } from "@/lib/access/viewer";
import { academicYearLabel } from "@/lib/dates";
import { MAX_PRIORITIES, MIN_PRIORITIES, STRAND_LABEL } from "@/lib/priorities/labels";
import { schoolPriorities, yearParam } from "@/lib/priorities/queries";
import { asRoute, routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Improvement priorities" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ year?: string | string[] }> };

/** A school's improvement priorities for one academic year: leaders write them, governors read them. */
export default async function SchoolPrioritiesPage({ params, searchParams }: Props) {
  const viewer = await requireViewer();
  const data = await schoolPriorities(viewer, (await params).id, yearParam((await searchParams).year));
  type Row = (typeof data.priorities)[number];
  return (
    <>
      <Breadcrumbs items={[{ label: "Improvement priorities", href: routes.priorities() }, { label: data.school.name }]} />
      <PageHeader title={`${data.school.name}: improvement priorities ${data.yearLabel}`} lead={`${data.priorities.length} ${data.priorities.length === 1 ? "priority" : "priorities"}; a school keeps ${MIN_PRIORITIES} to ${MAX_PRIORITIES} a year.`} />
      <FlashNotice />
      <nav aria-label="Academic years" className="mb-4 flex flex-wrap gap-3 text-sm">
        {[data.year - 1, data.year, data.year + 1].map((y) =>
          y === data.year ? (
            <span key={y} aria-current="page" className="font-semibold">{academicYearLabel(y)}</span>
          ) : (
            <Link key={y} href={asRoute(routes.schoolPriorities(data.school.id, y))} className="text-brand-700 underline">{academicYearLabel(y)}</Link>
          ),
        )}
      </nav>
      {data.manage && data.tooFew && <Notice>Fewer than {MIN_PRIORITIES} priorities are written for {data.yearLabel}: add the school’s most important ones.</Notice>}
      <Table
        caption={`Improvement priorities, ${data.yearLabel}`}
        rows={data.priorities}
        rowKey={(p: Row) => p.id}
        empty={`No priorities written for ${data.yearLabel} yet.`}
        columns={[
          { key: "title", header: "Priority", rowHeader: true, cell: (p: Row) => <Link href={asRoute(routes.priority(p.id))} className="text-brand-700 underline">{p.title}</Link> },
          { key: "strand", header: "Strand", cell: (p: Row) => STRAND_LABEL[p.strand] },
          { key: "owner", header: "Owner", cell: (p: Row) => p.owner },
          { key: "milestones", header: "Milestones done", align: "right", cell: (p: Row) => `${p.milestonesDone} of ${p.milestones}` },
          { key: "latest", header: "Latest progress", cell: (p: Row) => (p.latest ? <><Rating rating={p.latest.rating} /> <span className="text-slate-700">({p.latest.term})</span></> : <Rating rating={null} />) },
          { key: "link", header: "From a review", cell: (p: Row) => p.link ?? "—" },
        ]}
      />
      {data.form && (
        <div className="mt-8 grid gap-8 lg:grid-cols-2">
          {data.canAdd ? (
            <Section id="add" title="Add a priority" className="space-y-3 rounded border border-slate-200 bg-white p-4">
              <CreatePriorityForm schoolId={data.school.id} year={data.year} owners={data.form.owners} reviewLinks={data.form.reviewLinks} />
            </Section>
          ) : (
            data.priorities.length >= MAX_PRIORITIES && <Notice>{data.yearLabel} has {MAX_PRIORITIES} priorities, the most a school keeps.</Notice>
          )}
          {data.lastYearUnfinished > 0 && data.canAdd && (
            <Section id="copy" title={`Carry ${academicYearLabel(data.year - 1)} forward`} className="space-y-3 rounded border border-slate-200 bg-white p-4">
              <CopyForwardForm schoolId={data.school.id} year={data.year} count={data.lastYearUnfinished} />
            </Section>
          )}
        </div>
      )}
    </>
  );
}
