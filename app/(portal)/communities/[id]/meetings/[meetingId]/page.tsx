import type { Metadata } from "next";
import { ActionButton } from "@/components/ui/ActionButton";
import { MinutesForm, RegisterForm, type RegisterLine } from "@/components/communities/MeetingForms";
import { Pager, queryHref } from "@/components/ui/Pager";
import { pageOf } from "@/lib/paging";
import { pageNumber } from "@/lib/validation/fields";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { PageHeader } from "@/components/ui/PageHeader";
import { requireViewer } from "@/lib/access/viewer";
import { cancelMeetingAction } from "@/lib/communities/actions";
import { MEETING_STATUS_LABEL } from "@/lib/communities/labels";
import { getMeeting } from "@/lib/communities/meetings/queries";
import { formatMeetingTime, formatMinutes, londonDay } from "@/lib/dates";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Meeting" };

/** People per page of the register (a trust-wide network's has hundreds: 223 kB of HTML at scale 10 on one page). */
const REGISTER_PER_PAGE = 50;

export default async function MeetingPage({ params, searchParams }: { params: Promise<{ id: string; meetingId: string }>; searchParams: Promise<Record<string, string | string[]>> }) {
  const viewer = await requireViewer();
  const { id, meetingId } = await params;
  const { meeting, access, register, attendedCount, mine } = await getMeeting(viewer, id, meetingId);
  // The register a page at a time, by surname; the counts are over all of it.
  const shown = pageOf(register, pageNumber().parse((await searchParams).register), REGISTER_PER_PAGE);
  const lines = shown.rows.map((r): RegisterLine => [r.id, `${r.firstName} ${r.lastName}, ${r.school}${r.role === "LEADER" ? " (leader)" : ""}`, r.attended === true ? 1 : 0]);
  const tickedHere = lines.filter((l) => l[2] === 1).length;
  const paged = shown.pageCount > 1 ? `page ${shown.page} of ${shown.pageCount}, by surname` : null;
  const closed = Boolean(meeting.registerClosedAt);
  const now = new Date();
  const registerOpen = londonDay(meeting.startsAt) <= londonDay(now);
  const started = meeting.startsAt <= now;
  const manage = access.manage && !meeting.community.archivedAt;
  const hidden = { communityId: id, meetingId };
  return (
    <>
      <Breadcrumbs items={[{ label: "Communities", href: "/communities" }, { label: meeting.community.name, href: routes.community(id) }, { label: meeting.title }]} />
      <PageHeader title={meeting.title} lead={`${meeting.community.name} · ${formatMeetingTime(meeting.startsAt)} · ${formatMinutes(meeting.durationMinutes)} · ${MEETING_STATUS_LABEL[meeting.status]}`} />
      <dl className="mb-6 grid max-w-3xl gap-x-6 gap-y-2 rounded border border-slate-200 bg-white p-4 text-sm sm:grid-cols-[12rem_1fr]">
        <dt className="text-slate-600">Where</dt>
        <dd>
          {meeting.location ?? "Online"}
          {meeting.onlineUrl && (
            <>
              {" · "}
              <a href={meeting.onlineUrl} className="text-brand-700 underline" rel="noopener noreferrer">
                Join online
              </a>
            </>
          )}
        </dd>
        <dt className="text-slate-600">Calendar</dt>
        <dd>
          <a href={`/communities/${id}/meetings/${meetingId}/calendar.ics`} className="text-brand-700 underline" download>
            Add to calendar (.ics)
          </a>
        </dd>
        {mine.attended !== null && (
          <>
            <dt className="text-slate-600">You</dt>
            <dd>
              {mine.attended
                ? `Attended${mine.cpd ? ` · ${formatMinutes(mine.cpd.minutes)} of CPD logged${mine.cpd.status === "SUBMITTED" ? ", waiting for your school to verify" : ""}` : ""}`
                : "Marked absent"}
            </dd>
          </>
        )}
        {closed && (
          <>
            <dt className="text-slate-600">Register</dt>
            <dd>Closed · {access.manage ? `${attendedCount} of ${register.length} attended` : "attendance logged as CPD"}</dd>
          </>
        )}
      </dl>
      <div className="grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="agenda">
          <h2 id="agenda" className="mb-2 text-lg font-semibold">
            Agenda
          </h2>
          <p className="whitespace-pre-line">{meeting.agenda || "No agenda yet."}</p>
          <h2 className="mb-2 mt-6 text-lg font-semibold">Minutes</h2>
          {manage ? <MinutesForm {...hidden} minutes={meeting.minutes} /> : <p className="whitespace-pre-line">{meeting.minutes || "No minutes yet."}</p>}
        </section>
        {manage && meeting.status !== "CANCELLED" && (
          <section aria-labelledby="register-heading" className="rounded border border-slate-200 bg-white p-4">
            <h2 id="register-heading" className="mb-2 text-lg font-semibold">
              Register
            </h2>
            {registerOpen ? (
              <>
                <p className="mb-3 text-sm text-slate-700">
                  {closed
                    ? "The register is closed: attendees have this meeting in their CPD. Changes here update those records."
                    : started && meeting.recordedAfter
                      ? "This meeting was recorded after it was held: closing the register logs its hours as CPD for everyone ticked, sent to each attendee's school to verify."
                      : started
                        ? "Closing the register marks the meeting held and logs its hours as CPD for everyone ticked: verified for them, and sent to your school's leaders to verify for you."
                      : `You can tick who has arrived now and close the register once the meeting has started (${formatMeetingTime(meeting.startsAt)}).`}
                </p>
                {paged && (
                  <p className="mb-3 text-sm text-slate-700">
                    The register is in pages of {REGISTER_PER_PAGE}: save each page before going to the next. Saving a page keeps the ticks on the others; closing the register logs CPD for everyone marked present on every page.
                  </p>
                )}
                <RegisterForm key={shown.page} {...hidden} rows={lines} total={register.length} elsewhere={attendedCount - tickedHere} paged={paged} closed={closed} started={started} />
                {paged && <Pager hrefFor={queryHref(routes.meeting(id, meetingId), {})} page={shown.page} pageCount={shown.pageCount} total={shown.total} param="register" label="Pages of the register" />}
                {!closed && (
                  <div className="mt-6 border-t border-slate-200 pt-4">
                    <ActionButton id="cancel" action={cancelMeetingAction} hidden={hidden} label="Cancel this meeting" variant="danger" />
                  </div>
                )}
              </>
            ) : (
              <>
                <p className="mb-3">The register opens on the day of the meeting.</p>
                <ActionButton id="cancel" action={cancelMeetingAction} hidden={hidden} label="Cancel this meeting" variant="danger" />
              </>
            )}
          </section>
        )}
      </div>
    </>
  );
}
