// The ECTs whose mentor meetings have lapsed (none in 14 days of term), longest first: on the
// inductions overview for the school's leaders, so a head sees who has gone without support.
import Link from "next/link";
import { formatDate } from "@/lib/dates";
import { asRoute, routes } from "@/lib/routes";

type Row = {
  id: string;
  staffMember: { firstName: string; lastName: string; school: { name: string } };
  mentor: { firstName: string; lastName: string } | null;
  lapse: { since: Date; lastMeeting: Date | null } | null;
};

/** `rows` one page of the `total` lapsed. */
export function LapsedMeetings({ rows, total, school }: { rows: Row[]; total: number; school: boolean }) {
  return (
    <div className="space-y-2" data-testid="lapsed-meetings">
      <h3 id="lapsed-heading" className="font-semibold">Mentor meetings lapsed: {total}</h3>
      <p className="text-sm text-slate-700">No mentor meeting in 14 days of term. The Christmas, Easter and summer holidays do not count; half-terms do.</p>
      {rows.length > 0 && (
        <ul className="list-disc space-y-1 pl-6 text-sm">
          {rows.map((r) => (
            <li key={r.id} className="break-words">
              <Link href={asRoute(routes.induction(r.id))} className="text-brand-700 underline">
                {r.staffMember.firstName} {r.staffMember.lastName}
              </Link>
              {school && `, ${r.staffMember.school.name}`}: lapsed since {formatDate(r.lapse?.since)}; last meeting {r.lapse?.lastMeeting ? formatDate(r.lapse.lastMeeting) : "none yet"}
              {r.mentor ? ` (mentor ${r.mentor.firstName} ${r.mentor.lastName})` : " (no mentor)"}.
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
