import Link from "next/link";
import { OwedReviews } from "@/components/reviews/OwedReviews";
import { formatDate } from "@/lib/dates";
import { CSI_LEVEL_LABEL, FRIEND_KIND_LABEL, REVIEW_KIND_LABEL } from "@/lib/reviews/labels";
import type { reviewsPanel } from "@/lib/reviews/queries";

type Panel = NonNullable<Awaited<ReturnType<typeof reviewsPanel>>>;

/** The home page's "Reviews and actions" panel for a school's head (and its leaders and governors). */
export function ReviewsPanel({ panel }: { panel: Panel }) {
  return (
    <section aria-labelledby="reviews-panel" className="rounded border border-slate-200 bg-white p-4">
      <h2 id="reviews-panel" className="mb-3 text-lg font-semibold">Reviews and actions</h2>
      <dl className="grid gap-2 sm:grid-cols-2">
        <div><dt className="text-sm text-slate-700">Latest published review</dt><dd>{panel.latest ? <Link href={`/reviews/${panel.latest.id}`} className="text-brand-700 underline">{REVIEW_KIND_LABEL[panel.latest.kind]}, visit {formatDate(panel.latest.visitDate)}</Link> : "None yet"}</dd></div>
        <div><dt className="text-sm text-slate-700">CSI level</dt><dd>{panel.level ? CSI_LEVEL_LABEL[panel.level] : "Not set"}</dd></div>
        <div><dt className="text-sm text-slate-700">Critical friend</dt><dd>{panel.friend ? `${panel.friend.name} (${FRIEND_KIND_LABEL[panel.friend.kind]})` : "None at present"}</dd></div>
        <div><dt className="text-sm text-slate-700">Actions</dt><dd>{panel.open} open{panel.overdue > 0 ? <strong className="ml-1 text-red-800">, {panel.overdue} overdue</strong> : ""}</dd></div>
      </dl>
      <p className="mt-3"><Link href={`/reviews/schools/${panel.schoolId}`} className="text-brand-700 underline">The school&apos;s reviews and actions</Link></p>
      {panel.owed.length > 0 && (
        <div className="mt-4 border-t pt-3">
          <h3 className="mb-1 font-semibold">Reviews I owe</h3>
          <OwedReviews owed={panel.owed} />
        </div>
      )}
    </section>
  );
}
