import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/ui/ActionButton";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { FlashNotice } from "@/components/ui/FlashNotice";
import { PageHeader } from "@/components/ui/PageHeader";
import { Section } from "@/components/ui/Section";
import { Table, TableBox } from "@/components/ui/Table";
import { requireViewer } from "@/lib/access/viewer";
import { formatDate, formatDateTime } from "@/lib/dates";
import { confirmReviewAction, liftHoldAction } from "@/lib/retention/actions";
import { periodLabel } from "@/lib/retention/kinds";
import { reviewList } from "@/lib/retention/queries";

export const metadata: Metadata = { title: "Erasure review" };

/** The review list: leavers and records past their date, to confirm; people kept by a legal hold; recent erasures. */
export default async function ReviewPage() {
  const viewer = await requireViewer();
  const data = await reviewList(viewer);
  const p = data.personnel;
  return (
    <>
      <Breadcrumbs items={[{ label: "Retention schedule", href: "/admin/retention" }, { label: "Erasure review" }]} />
      <FlashNotice />
      <PageHeader title="Erasure review" lead="What the nightly check found past its retention date. Confirming erases it: a leaver's name and personal text are replaced by a pseudonym and their files deleted; their hours and dates stay in the schools' figures. The audit log keeps that it happened, not what was erased." />
      <Section id="people-heading" title={`Leavers past their date (${periodLabel(p.period, p.unit)} ${p.from})`} className="mb-8 space-y-2">
        <TableBox>
          <Table caption="Leavers past their retention date" rows={data.people} rowKey={(r) => r.id} empty="Nobody is past their date." columns={[
              { key: "name", header: "Person", cell: (r) => <Link href={`/admin/erasure/${r.staffMember!.id}`} className="text-brand-700 underline">{r.staffMember!.firstName} {r.staffMember!.lastName}</Link> },
              { key: "school", header: "School", cell: (r) => r.staffMember!.school.name },
              { key: "left", header: "Left", cell: (r) => formatDate(r.staffMember!.leaveDate) },
              { key: "due", header: "Kept until", cell: (r) => formatDate(r.dueOn) },
              { key: "confirm", header: "Erase", cell: (r) => <ActionButton id={`confirm-${r.id}`} action={confirmReviewAction} hidden={{ reviewId: r.id }} variant="danger" label={`Erase ${r.staffMember!.firstName} ${r.staffMember!.lastName}`} /> },
            ]}
          />
        </TableBox>
      </Section>
      <Section id="records-heading" title="Records past their date" className="mb-8 space-y-2">
        <TableBox>
          <Table caption="Kinds of record with rows past their retention date" rows={data.records} rowKey={(r) => r.id} empty="No records are past their date." columns={[
              { key: "kind", header: "Kind", cell: (r) => r.label },
              { key: "count", header: "Rows", cell: (r) => r.count },
              { key: "before", header: "Older than", cell: (r) => formatDateTime(r.cutoff) },
              { key: "confirm", header: "Delete", cell: (r) => <ActionButton id={`confirm-${r.id}`} action={confirmReviewAction} hidden={{ reviewId: r.id }} variant="danger" label={`Delete ${r.label.toLowerCase()} past their date`} /> },
            ]}
          />
        </TableBox>
      </Section>
      <Section id="holds-heading" title="Legal holds" className="mb-8 space-y-2">
        <p>Nothing of a person under a hold is erased, on the schedule or on request. Place a hold from the person&apos;s <Link href="/admin/erasure" className="text-brand-700 underline">erasure page</Link>.</p>
        <TableBox>
          <Table caption="Legal holds in force" rows={data.holds} rowKey={(h) => h.id} empty="No legal holds." columns={[
              { key: "name", header: "Person", cell: (h) => `${h.staffMember.firstName} ${h.staffMember.lastName}` },
              { key: "reason", header: "Reason", cell: (h) => h.reason },
              { key: "since", header: "Since", cell: (h) => formatDate(h.placedAt) },
              { key: "past", header: "Past their date", cell: (h) => (data.heldPastDate.has(h.id) ? "Yes: kept by the hold" : "No") },
              { key: "lift", header: "Lift", cell: (h) => <ActionButton id={`lift-${h.id}`} action={liftHoldAction} hidden={{ holdId: h.id }} label={`Lift the hold on ${h.staffMember.firstName} ${h.staffMember.lastName}`} /> },
            ]}
          />
        </TableBox>
      </Section>
      <Section id="erasures-heading" title="Recent erasures" className="space-y-2">
        <TableBox>
          <Table caption="Recent erasures" rows={data.erasures} rowKey={(e) => e.id} empty="Nobody has been erased yet." columns={[
              { key: "who", header: "Now shown as", cell: (e) => `Former staff member ${e.pseudonym}` },
              { key: "when", header: "Erased", cell: (e) => formatDateTime(e.erasedAt) },
              { key: "how", header: "How", cell: (e) => (e.source === "REQUEST" ? "On request" : "Retention schedule") },
              { key: "reason", header: "Reason", cell: (e) => e.reason },
              { key: "rows", header: "Rows erased", cell: (e) => e.rows },
            ]}
          />
        </TableBox>
      </Section>
    </>
  );
}
