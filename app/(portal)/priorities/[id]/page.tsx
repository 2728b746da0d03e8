import type { Metadata } from "next";
import Link from "next/link";
import { AttachActionForm, EditPriorityForm, MilestoneDoneForm, MilestoneForm, ProgressForm } from "@/components/priorities/PriorityForms";
import { Rating } from "@/components/priorities/Rating";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { FlashNotice } from "@/components/ui/FlashNotice";
import { PageHeader } from "@/components/ui/PageHeader";
import { Section } from "@/components/ui/Section";
import { Table } from "@/components/ui/Table";
import { requireViewer } from "@/lib/access/viewer";
import { formatDate, formatDateTime } from "@/lib/dates";
import { STRAND_LABEL } from "@/lib/priorities/labels";
import { priorityDetail } from "@/lib/priorities/queries";
import { ACTION_STATUS_LABEL } from "@/lib/reviews/labels";
import { asRoute, routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Improvement priority" };

const box = "space-y-3 rounded border border-slate-200 bg-white p-4";

/** One priority: why, success criteria, milestones, the termly progress history and the CSI actions serving it. */
export default async function PriorityPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const p = await priorityDetail(viewer, (await params).id);
  type Milestone = (typeof p.milestones)[number];
  type Progress = (typeof p.progress)[number];
  return (
    <>
      <Breadcrumbs items={[{ label: "Improvement priorities", href: routes.priorities() }, { label: `${p.school.name} ${p.yearLabel}`, href: routes.schoolPriorities(p.school.id, p.year) }, { label: p.title }]} />
      <PageHeader title={p.title} lead={`${p.school.name}, ${p.yearLabel}. ${STRAND_LABEL[p.strand]}. Owner: ${p.owner}.`} />
      <FlashNotice />
      <div className="grid gap-6 lg:grid-cols-2">
        <Section id="why" title="Why" className={box}>
          <p className="whitespace-pre-line">{p.why}</p>
          {p.link && <p className="text-sm text-slate-700">From a published review: {p.reviewId ? <Link href={asRoute(routes.review(p.reviewId))} className="text-brand-700 underline">{p.link}</Link> : p.link}</p>}
          {p.copiedFrom && <p className="text-sm text-slate-700">Carried forward from <Link href={asRoute(routes.priority(p.copiedFrom.id))} className="text-brand-700 underline">{p.copiedFrom.label}</Link>.</p>}
        </Section>
        <Section id="success" title="Success criteria" className={box}>
          <p className="whitespace-pre-line">{p.successCriteria}</p>
        </Section>
        <Section id="milestones" title="Milestones" className={box}>
          <Table
            caption="Milestones"
            look="lined"
            rows={p.milestones}
            rowKey={(m: Milestone) => m.id}
            empty="No milestones yet."
            columns={[
              { key: "title", header: "Milestone", rowHeader: true, cell: (m: Milestone) => m.title },
              { key: "due", header: "Due", cell: (m: Milestone) => formatDate(m.dueOn) },
              { key: "done", header: "Status", cell: (m: Milestone) => (m.done ? "Done" : "Open") },
              ...(p.manage ? [{ key: "change", header: "Change", cell: (m: Milestone) => <MilestoneDoneForm milestoneId={m.id} title={m.title} done={m.done} /> }] : []),
            ]}
          />
          {p.form && <div className="border-t pt-3"><MilestoneForm priorityId={p.id} /></div>}
        </Section>
        <Section id="progress" title="Termly progress" className={box}>
          <Table
            caption="Progress by term, latest first"
            look="lined"
            rows={p.progress}
            rowKey={(r: Progress) => r.id}
            empty="No progress recorded yet."
            columns={[
              { key: "term", header: "Term", rowHeader: true, cell: (r: Progress) => r.term },
              { key: "rating", header: "Rating", cell: (r: Progress) => <Rating rating={r.rating} /> },
              { key: "note", header: "Note", cell: (r: Progress) => <span className="whitespace-pre-line">{r.note}</span> },
              { key: "at", header: "Recorded", cell: (r: Progress) => `${formatDateTime(r.at)}${r.by ? `, ${r.by}` : ""}` },
            ]}
          />
          {p.form && (p.form.terms.length > 0 ? <div className="border-t pt-3"><ProgressForm priorityId={p.id} terms={p.form.terms} /></div> : <p>Progress can be recorded once {p.yearLabel} begins.</p>)}
        </Section>
        <Section id="actions" title="CSI actions serving this priority" className={box}>
          {p.actions.length === 0 ? <p>None attached.</p> : (
            <ul className="list-disc pl-5">
              {p.actions.map((a) => <li key={a.id}>{a.description} ({ACTION_STATUS_LABEL[a.status]}, due {formatDate(a.dueOn)})</li>)}
            </ul>
          )}
          {p.form && p.form.attachable.length > 0 && <div className="border-t pt-3"><AttachActionForm priorityId={p.id} actions={p.form.attachable} /></div>}
        </Section>
        {p.form && p.ownerId && (
          <Section id="edit" title="Edit the priority" className={box}>
            <EditPriorityForm
              priorityId={p.id}
              owners={p.form.owners}
              reviewLinks={p.form.reviewLinks}
              values={{ title: p.title, why: p.why, reviewLink: p.reviewLinkValue, strand: p.strand, ownerId: p.ownerId, successCriteria: p.successCriteria }}
            />
          </Section>
        )}
      </div>
    </>
  );
}
