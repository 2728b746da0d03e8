import type { Metadata } from "next";
import Link from "next/link";
import { CycleForm } from "@/components/reviews/AdminForms";
import { OwedReviews } from "@/components/reviews/OwedReviews";
import { PageHeader } from "@/components/ui/PageHeader";
import { can } from "@/lib/access/policy";
import { requireViewer } from "@/lib/access/viewer";
import { listCycles } from "@/lib/reviews/admin/queries";
import { reviewsHome } from "@/lib/reviews/queries";
import { academicYear, formatDate } from "@/lib/dates";

export const metadata: Metadata = { title: "Reviews (CSI)" };

/** The CSI programme's hub: reviews owed, the viewer's schools, and for the trust its cycles. */
export default async function ReviewsPage() {
  const viewer = await requireViewer();
  const home = await reviewsHome(viewer);
  const assigns = can(viewer, "review:assign");
  const cycles = assigns ? await listCycles(viewer) : [];
  return (
    <>
      <PageHeader title="Reviews: challenge, support and intervention" lead="School reviews, CSI levels, critical friends and the actions that follow.">
        <span className="flex flex-wrap gap-4">
          {can(viewer, "csi-board:view") && <Link href="/reviews/board" className="text-brand-700 underline">CSI board</Link>}
          {can(viewer, "csi-support:manage") && <Link href="/reviews/capacity" className="text-brand-700 underline">Capacity pairing</Link>}
        </span>
      </PageHeader>
      <div className="grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="owed" className="rounded border border-slate-200 bg-white p-4">
          <h2 id="owed" className="mb-3 text-lg font-semibold">Reviews I owe</h2>
          <OwedReviews owed={home.owed} />
        </section>
        {home.schools.length > 0 && (
          <section aria-labelledby="schools" className="rounded border border-slate-200 bg-white p-4">
            <h2 id="schools" className="mb-3 text-lg font-semibold">My schools</h2>
            <ul className="list-disc pl-5">
              {home.schools.map((s) => (
                <li key={s.id}>
                  <Link href={`/reviews/schools/${s.id}`} className="text-brand-700 underline">{s.name}: reviews, CSI level and actions</Link>
                </li>
              ))}
            </ul>
          </section>
        )}
        {assigns && (
          <section aria-labelledby="cycles" className="rounded border border-slate-200 bg-white p-4">
            <h2 id="cycles" className="mb-3 text-lg font-semibold">Review cycles</h2>
            <ul className="mb-6 divide-y divide-slate-200">
              {cycles.map((c) => (
                <li key={c.id} className="py-2">
                  <Link href={`/reviews/cycles/${c.id}`} className="text-brand-700 underline">{c.name}</Link>
                  <span className="text-sm text-slate-700"> · {formatDate(c.opensOn)} to {formatDate(c.closesOn)} · {c._count.reviews} reviews · at most {c.maxReviewsPerReviewer} per reviewer</span>
                </li>
              ))}
            </ul>
            <h3 className="mb-2 font-semibold">New cycle</h3>
            <CycleForm year={academicYear().startYear} />
          </section>
        )}
      </div>
    </>
  );
}
