// An induction's mentor meetings (issue 18 §4), beside its reviews on the induction page: whether
// they have lapsed, which framework areas they have covered (one bar per area, so the gaps show), and
// the log itself, latest first, with the mentor's link to log one and to correct their own.
import Link from "next/link";
import { buttonClass } from "@/components/ui/Button";
import { Pager, queryHref } from "@/components/ui/Pager";
import { Section } from "@/components/ui/Section";
import { Table, TableBox, type Column } from "@/components/ui/Table";
import { formatDate, formatHours, formatMinutes } from "@/lib/dates";
import { AREA_LABEL, areaList } from "@/lib/inductions/mentor-meetings/labels";
import type { inductionMeetings } from "@/lib/inductions/mentor-meetings/queries";
import { LAPSE_TERM_DAYS } from "@/lib/inductions/mentor-meetings/rules";
import { pageOf } from "@/lib/paging";
import { asRoute, routes } from "@/lib/routes";

type Data = Awaited<ReturnType<typeof inductionMeetings>>;
type Area = Data["coverage"][number];

function Coverage({ rows }: { rows: Area[] }) {
  const most = Math.max(1, ...rows.map((r) => r.meetings));
  const columns: Column<Area>[] = [
    { key: "area", header: "Area", rowHeader: true, cell: (r) => AREA_LABEL[r.area] },
    {
      key: "meetings", header: "Meetings",
      cell: (r) => (
        <div className="flex items-center gap-2">
          <span className="w-6 text-right tabular-nums">{r.meetings}</span>
          <span aria-hidden="true" className="block h-3 max-w-40 flex-1 rounded bg-slate-100">
            <span className="block h-3 rounded bg-brand-700" style={{ width: `${(r.meetings / most) * 100}%` }} />
          </span>
        </div>
      ),
      className: "min-w-36",
    },
    { key: "last", header: "Last worked on", cell: (r) => (r.last ? formatDate(r.last) : <strong className="text-red-800">Not yet discussed</strong>) },
  ];
  return (
    <TableBox label="Framework areas covered">
      <Table caption="Early Career Framework areas covered by mentor meetings" columns={columns} rows={rows} rowKey={(r) => r.area} />
    </TableBox>
  );
}

/** The log's meetings a page (`?meetings=`): a two-year induction's 55 were most of the page (issue 22). */
const MEETINGS_PER_PAGE = 10;

export function MentorMeetings({ inductionId, data, page }: { inductionId: string; data: Data; page: number }) {
  const { meetings, coverage, totalMinutes, lapse, mayLog } = data;
  const shown = pageOf(meetings, page, MEETINGS_PER_PAGE);
  const gaps = coverage.filter((c) => c.meetings === 0).length;
  return (
    <Section id="mentor-meetings-heading" title="Mentor meetings" className="space-y-4">
      <p className="text-sm text-slate-700" data-testid="meeting-summary">
        {meetings.length === 0 ? "No meetings logged yet." : `${meetings.length} ${meetings.length === 1 ? "meeting" : "meetings"}, ${formatHours(totalMinutes)} hours in all; the last on ${formatDate(meetings[0]!.heldOn)}.`}{" "}
        {gaps > 0 ? `${gaps} of the 8 framework areas not yet discussed.` : meetings.length > 0 ? "Every framework area discussed." : ""}
      </p>
      {lapse && (
        <p className="rounded border-l-4 border-red-700 bg-red-50 p-3 text-red-900" data-testid="meeting-lapse">
          <strong>Meetings have lapsed:</strong> none in {LAPSE_TERM_DAYS} days of term since {lapse.lastMeeting ? formatDate(lapse.lastMeeting) : "the induction started"} (lapsed on {formatDate(lapse.since)}). The Christmas, Easter and summer holidays do not count.
        </p>
      )}
      {mayLog && (
        <Link href={asRoute(routes.mentorMeetingNew(inductionId))} className={buttonClass("primary", "inline-flex min-h-11 items-center")}>
          Log a meeting
        </Link>
      )}
      <Coverage rows={coverage} />
      <h3 className="font-semibold">The log</h3>
      {meetings.length === 0 ? (
        <p className="text-sm text-slate-700">Nothing logged yet.</p>
      ) : (
        <>
        <ol className="space-y-3" aria-label={`Mentor meetings, latest first${shown.pageCount > 1 ? ` (page ${shown.page} of ${shown.pageCount})` : ""}`}>
          {shown.rows.map((m) => (
            <li key={m.id} className="rounded border border-slate-200 bg-white p-3 text-sm break-words">
              <p className="font-semibold">
                {formatDate(m.heldOn)} · {formatMinutes(m.minutes)} · with {m.mentor.firstName} {m.mentor.lastName}
              </p>
              <p><span className="text-slate-600">Focus:</span> {areaList(m.areas)}</p>
              <p><span className="text-slate-600">Next step:</span> {m.nextStep}</p>
              {m.notes && <p className="whitespace-pre-line"><span className="text-slate-600">Notes:</span> {m.notes}</p>}
              {m.mayChange && (
                <Link href={asRoute(routes.mentorMeeting(inductionId, m.id))} className="text-brand-700 underline">
                  Correct or delete<span className="sr-only"> the meeting of {formatDate(m.heldOn)}</span>
                </Link>
              )}
            </li>
          ))}
        </ol>
        {shown.pageCount > 1 && <Pager hrefFor={queryHref(asRoute(routes.induction(inductionId)), {})} page={shown.page} pageCount={shown.pageCount} total={shown.total} param="meetings" label="Pages of mentor meetings" />}
        </>
      )}
    </Section>
  );
}
