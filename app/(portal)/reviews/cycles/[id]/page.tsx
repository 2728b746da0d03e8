import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/ui/ActionButton";
import { AssignForm } from "@/components/reviews/AdminForms";
import { REVIEW_TABLE } from "@/components/reviews/table-look";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { PageHeader } from "@/components/ui/PageHeader";
import { Table } from "@/components/ui/Table";
import { requireViewer } from "@/lib/access/viewer";
import { assignReviewAction, publishReviewAction } from "@/lib/reviews/actions";
import { cycleDetail } from "@/lib/reviews/admin/queries";
import { REVIEW_KIND_LABEL, REVIEW_STATUS_LABEL } from "@/lib/reviews/labels";
import { formatDate } from "@/lib/dates";

export const metadata: Metadata = { title: "Review cycle" };

/** The trust admin's cycle: its reviews (publish the submitted ones), assigning reviewers, and ranked suggestions. */
export default async function CyclePage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const { cycle, reviews, schools, reviewers, others, suggestions } = await cycleDetail(viewer, (await params).id);
  return (
    <>
      <Breadcrumbs items={[{ label: "Reviews", href: "/reviews" }, { label: cycle.name }]} />
      <PageHeader title={cycle.name} lead={`Window ${formatDate(cycle.opensOn)} to ${formatDate(cycle.closesOn)} · at most ${cycle.maxReviewsPerReviewer} reviews per reviewer.`} />
      <div className="grid gap-8 xl:grid-cols-3">
        <section aria-labelledby="reviews" className="xl:col-span-2">
          <h2 id="reviews" className="mb-2 text-lg font-semibold">Reviews</h2>
          <div className="overflow-x-auto">
            <Table
              caption={`Reviews in ${cycle.name}`}
              {...REVIEW_TABLE}
              rows={reviews}
              rowKey={(r) => r.id}
              columns={[
                { key: "school", header: "School", cell: (r) => <><Link href={`/reviews/${r.id}`} className="text-brand-700 underline">{r.school.name}</Link>{r.version > 1 ? ` (v${r.version})` : ""}</> },
                { key: "kind", header: "Kind", cell: (r) => REVIEW_KIND_LABEL[r.kind] },
                { key: "lead", header: "Lead reviewer", cell: (r) => r.leadReviewer.name },
                { key: "visit", header: "Visit", cell: (r) => formatDate(r.visitDate) },
                { key: "status", header: "Status", cell: (r) => `${REVIEW_STATUS_LABEL[r.status]}${r.supersededAt ? " (corrected)" : ""}` },
                {
                  key: "actions",
                  header: <span className="sr-only">Actions</span>,
                  cell: (r) => r.status === "SUBMITTED" && <ActionButton id={`publish-${r.id}`} action={publishReviewAction} hidden={{ reviewId: r.id }} label={`Publish ${r.school.name}`} variant="primary" />,
                },
              ]}
            />
          </div>
        </section>
        <section aria-labelledby="assign" className="rounded border border-slate-200 bg-white p-4">
          <h2 id="assign" className="mb-3 text-lg font-semibold">Assign a reviewer</h2>
          <AssignForm cycleId={cycle.id} schools={schools.map((s) => ({ value: s.id, label: s.name }))} reviewers={[...reviewers.map((r) => ({ value: r.userId, label: `${r.label} · ${r.load} assigned` })), ...others.map((o) => ({ value: o.userId, label: o.label }))]} />
        </section>
      </div>
      <section aria-labelledby="suggestions" className="mt-8">
        <h2 id="suggestions" className="mb-1 text-lg font-semibold">Suggested peer reviewers</h2>
        <p className="mb-3 text-sm text-slate-700">For schools not yet reviewed in this cycle: heads from another cluster first, then capacity givers, then the same phase; never their own school, never past the maximum.</p>
        {suggestions.length === 0 ? <p>Every school has a review in this cycle.</p> : (
          <ul className="divide-y divide-slate-200">
            {suggestions.map((s) => (
              <li key={s.schoolId} className="py-2">
                <h3 className="font-semibold">{s.school}</h3>
                {s.ranked.length === 0 && <p>No reviewer has room left.</p>}
                <ul className="mt-1 space-y-1">
                  {s.ranked.map((r) => (
                    <li key={r.userId} className="flex flex-wrap items-center gap-2">
                      <span>{r.name} ({r.home}) · {[r.otherCluster ? "other cluster" : "same cluster", r.giver ? "capacity giver" : null, r.samePhase ? "same phase" : null].filter(Boolean).join(", ")} · {r.load} assigned</span>
                      <ActionButton id={`assign-${s.schoolId}-${r.userId}`} action={assignReviewAction} hidden={{ cycleId: cycle.id, schoolId: s.schoolId, kind: "HEAD_PEER_REVIEW", leadReviewerId: r.userId }} label={`Assign ${r.name} to ${s.school}`} variant="link" />
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
