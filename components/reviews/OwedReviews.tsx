import Link from "next/link";
import { REVIEW_KIND_LABEL, REVIEW_STATUS_LABEL } from "@/lib/reviews/labels";
import type { ReviewKind, ReviewStatus } from "@/lib/db/generated/enums";
import { formatDate } from "@/lib/dates";

type Owed = { id: string; kind: ReviewKind; status: ReviewStatus; visitDate: Date | null; version: number; school: { name: string }; cycle: { name: string } };

/** The reviews a reviewer still owes (drafts) or has submitted and awaits publishing. */
export function OwedReviews({ owed }: { owed: Owed[] }) {
  if (!owed.length) return <p>You owe no reviews.</p>;
  return (
    <ul className="divide-y divide-slate-200">
      {owed.map((r) => (
        <li key={r.id} className="py-2">
          <Link href={`/reviews/${r.id}`} className="text-brand-700 underline">
            {r.school.name}: {REVIEW_KIND_LABEL[r.kind]}
            {r.version > 1 ? ` (version ${r.version})` : ""}
          </Link>
          <span className="text-sm text-slate-700"> · {r.cycle.name} · visit {formatDate(r.visitDate)} · {REVIEW_STATUS_LABEL[r.status]}</span>
        </li>
      ))}
    </ul>
  );
}
