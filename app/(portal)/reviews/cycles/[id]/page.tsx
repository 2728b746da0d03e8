import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/ui/ActionButton";
import { AssignForm } from "@/components/reviews/AdminForms";
import { REVIEW_TABLE } from "@/components/reviews/table-look";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { buttonClass } from "@/components/ui/Button";
import { PageHeader } from "@/components/ui/PageHeader";
import { Pager, queryHref } from "@/components/ui/Pager";
import { QueryTabs, tabOf } from "@/components/ui/QueryTabs";
import { Table } from "@/components/ui/Table";
import { requireViewer } from "@/lib/access/viewer";
import { pageOf } from "@/lib/paging";
import { assignReviewAction, publishReviewAction } from "@/lib/reviews/actions";
import { cycleDetail } from "@/lib/reviews/admin/queries";
import { REVIEW_KIND_LABEL, REVIEW_STATUS_LABEL } from "@/lib/reviews/labels";
import { formatDate } from "@/lib/dates";
import { routes } from "@/lib/routes";
import { pageNumber, searchText } from "@/lib/validation/fields";

export const metadata: Metadata = { title: "Review cycle" };

// One view at a time (decision 036's way): the cycle's reviews, the assignment form, or the suggestions.
// Together, for 120 schools, they were 225 kB of HTML: the form's reviewer lists alone (every head, twice) 40 kB.
const TABS = { reviews: "Reviews", assign: "Assign a reviewer", suggestions: "Suggested peer reviewers" } as const;
const REVIEWS_PER_PAGE = 25;
const SUGGESTED_SCHOOLS_PER_PAGE = 10;
/** The reviewers a search offers in the form (found by name or school, as the coaching set-up finds people). */
const REVIEWER_MATCHES = 30;

/** The trust admin's cycle: its reviews (publish the submitted ones), assigning reviewers, and ranked suggestions. */
export default async function CyclePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[]>> }) {
  const viewer = await requireViewer();
  const [{ cycle, reviews, schools, reviewers, others, suggestions }, query] = await Promise.all([params.then((p) => cycleDetail(viewer, p.id)), searchParams]);
  const show = tabOf(TABS, query.show);
  const page = pageNumber().parse(query.page);
  const find = searchText(100).parse(query.find);
  const hrefFor = queryHref(routes.reviewCycle(cycle.id), { show: show === "reviews" ? undefined : show });
  const byStatus = Object.entries(reviews.reduce<Record<string, number>>((n, r) => ({ ...n, [r.status]: (n[r.status] ?? 0) + 1 }), {}));
  return (
    <>
      <Breadcrumbs items={[{ label: "Reviews", href: "/reviews" }, { label: cycle.name }]} />
      <PageHeader title={cycle.name} lead={`Window ${formatDate(cycle.opensOn)} to ${formatDate(cycle.closesOn)} · at most ${cycle.maxReviewsPerReviewer} reviews per reviewer.`} />
      <p className="mb-4 text-sm text-slate-700" data-testid="cycle-counts">
        {reviews.length} {reviews.length === 1 ? "review" : "reviews"}{byStatus.length > 0 && `: ${byStatus.map(([s, n]) => `${n} ${REVIEW_STATUS_LABEL[s as keyof typeof REVIEW_STATUS_LABEL].toLowerCase()}`).join(", ")}`} · {suggestions.length} {suggestions.length === 1 ? "school" : "schools"} not yet reviewed in this cycle.
      </p>
      <QueryTabs label="Cycle views" tabs={TABS} current={show} hrefFor={hrefFor} />
      {show === "reviews" && <Reviews reviews={reviews} page={page} hrefFor={hrefFor} cycleName={cycle.name} />}
      {show === "assign" && (
        <section aria-labelledby="assign-heading" className="max-w-2xl space-y-4 rounded border border-slate-200 bg-white p-4">
          <h2 id="assign-heading" className="text-lg font-semibold">Assign a reviewer</h2>
          <form method="get" role="search" aria-label="Find a reviewer" className="flex flex-wrap items-end gap-3">
            <input type="hidden" name="show" value="assign" />
            <div className="grow">
              <label htmlFor="find" className="block font-medium">Find the reviewers by name or school</label>
              <input id="find" name="find" defaultValue={find} className="mt-1 block w-full rounded border border-slate-500 bg-white px-3 py-2" />
            </div>
            <button type="submit" className={buttonClass("secondary", "min-h-11")}>Find</button>
          </form>
          {(() => {
            const all = [...reviewers.map((r) => ({ value: r.userId, label: `${r.label} · ${r.load} assigned` })), ...others.map((o) => ({ value: o.userId, label: o.label }))];
            const needle = find.toLowerCase();
            const matches = find ? all.filter((o) => o.label.toLowerCase().includes(needle)) : [];
            return (
              <>
                <p className="text-sm text-slate-700" aria-live="polite">
                  {!find ? `Find the lead reviewer (and a second) among ${all.length} heads, trust staff and critical friends.` : matches.length === 0 ? `No reviewer matches “${find}”.` : `${Math.min(matches.length, REVIEWER_MATCHES)} of ${matches.length} ${matches.length === 1 ? "reviewer matches" : "reviewers match"} “${find}”.`}
                </p>
                <AssignForm cycleId={cycle.id} schools={schools.map((s) => ({ value: s.id, label: s.name }))} reviewers={matches.slice(0, REVIEWER_MATCHES)} />
              </>
            );
          })()}
        </section>
      )}
      {show === "suggestions" && <Suggestions cycleId={cycle.id} suggestions={suggestions} page={page} hrefFor={hrefFor} />}
    </>
  );
}

type Detail = Awaited<ReturnType<typeof cycleDetail>>;

function Reviews({ reviews, page, hrefFor, cycleName }: { reviews: Detail["reviews"]; page: number; hrefFor: ReturnType<typeof queryHref>; cycleName: string }) {
  const shown = pageOf(reviews, page, REVIEWS_PER_PAGE);
  return (
    <section aria-labelledby="reviews">
      <h2 id="reviews" className="mb-2 text-lg font-semibold">Reviews</h2>
      <div className="overflow-x-auto">
        <Table
          caption={`Reviews in ${cycleName}${shown.pageCount > 1 ? ` (page ${shown.page} of ${shown.pageCount})` : ""}`}
          {...REVIEW_TABLE}
          rows={shown.rows}
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
      {shown.pageCount > 1 && <Pager hrefFor={hrefFor} page={shown.page} pageCount={shown.pageCount} total={shown.total} label="Pages of reviews" />}
    </section>
  );
}

function Suggestions({ cycleId, suggestions, page, hrefFor }: { cycleId: string; suggestions: Detail["suggestions"]; page: number; hrefFor: ReturnType<typeof queryHref> }) {
  const shown = pageOf(suggestions, page, SUGGESTED_SCHOOLS_PER_PAGE);
  return (
    <section aria-labelledby="suggestions">
      <h2 id="suggestions" className="mb-1 text-lg font-semibold">Suggested peer reviewers</h2>
      <p className="mb-3 text-sm text-slate-700">For schools not yet reviewed in this cycle: heads from another cluster first, then capacity givers, then the same phase; never their own school, never past the maximum.</p>
      {suggestions.length === 0 ? <p>Every school has a review in this cycle.</p> : (
        <>
          <ul className="divide-y divide-slate-200">
            {shown.rows.map((s) => (
              <li key={s.schoolId} className="py-2">
                <h3 className="font-semibold">{s.school}</h3>
                {s.ranked.length === 0 && <p>No reviewer has room left.</p>}
                <ul className="mt-1 space-y-1">
                  {s.ranked.map((r) => (
                    <li key={r.userId} className="flex flex-wrap items-center gap-2">
                      <span>{r.name} ({r.home}) · {[r.otherCluster ? "other cluster" : "same cluster", r.giver ? "capacity giver" : null, r.samePhase ? "same phase" : null].filter(Boolean).join(", ")} · {r.load} assigned</span>
                      <ActionButton id={`assign-${s.schoolId}-${r.userId}`} action={assignReviewAction} hidden={{ cycleId, schoolId: s.schoolId, kind: "HEAD_PEER_REVIEW", leadReviewerId: r.userId }} label={`Assign ${r.name} to ${s.school}`} variant="link" />
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
          {shown.pageCount > 1 && <Pager hrefFor={hrefFor} page={shown.page} pageCount={shown.pageCount} total={shown.total} label="Pages of schools to review" />}
        </>
      )}
    </section>
  );
}
