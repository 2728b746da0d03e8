import type { Metadata } from "next";
import Link from "next/link";
import { AcceptOfferForm, BookForm, CancelForm, RateForm } from "@/components/programme/BookingForms";
import { PublishForm, RemoveSessionForm, SessionForm } from "@/components/programme/CourseForms";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { buttonClass } from "@/components/ui/Button";
import { FlashNotice } from "@/components/ui/FlashNotice";
import { PageHeader } from "@/components/ui/PageHeader";
import { Section } from "@/components/ui/Section";
import { Pager, queryHref } from "@/components/ui/Pager";
import { Table, TableBox } from "@/components/ui/Table";
import { requireViewer } from "@/lib/access/viewer";
import { formatDate, formatDateTime, formatMinutes } from "@/lib/dates";
import { courseDetail } from "@/lib/programme/course/queries";
import { BOOKING_STATUS_LABEL, CAREER_STAGE_LABEL, CATEGORY_LABEL, KIND_LABEL, PHASE_LABEL, STRAND_LABEL } from "@/lib/programme/labels";
import { pageOf } from "@/lib/paging";
import { asRoute, routes } from "@/lib/routes";
import { pageNumber } from "@/lib/validation/fields";

export const metadata: Metadata = { title: "Course" };

const box = "space-y-3 rounded border border-slate-200 bg-white p-4";
const link = "text-brand-700 underline";
/** The organiser's bookings a page (`?bookings=`): a trust conference's 120 were 146 kB; the count in the heading is of all. */
const BOOKINGS_PER_PAGE = 25;
const audience = (values: string[], labels: Record<string, string>, all: string) => (values.length ? values.map((v) => labels[v]).join(", ") : all);

/** One course: what it is, its sessions (each with an .ics), the viewer's booking; for its organiser, its bookings and registers. */
export default async function CoursePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[]>> }) {
  const viewer = await requireViewer();
  const [c, query] = await Promise.all([params.then((p) => courseDetail(viewer, p.id)), searchParams]);
  const bookings = pageOf(c.bookings, pageNumber().parse(query.bookings), BOOKINGS_PER_PAGE);
  type Session = (typeof c.sessions)[number];
  type Booking = (typeof c.bookings)[number];
  const sessionLabel = (s: Session) => `${s.title ? `${s.title}, ` : ""}${formatDateTime(s.startsAt)}`;
  const slots = c.kind === "CONFERENCE"
    ? [...new Set(c.sessions.map((s) => s.slot))].sort((a, b) => a - b).map((slot) => ({ slot, sessions: c.sessions.filter((s) => s.slot === slot).map((s) => ({ id: s.id, label: sessionLabel(s) })) }))
    : [];
  return (
    <>
      <Breadcrumbs items={[{ label: "CPD programme", href: routes.programme() }, { label: c.title }]} />
      <PageHeader title={c.title} lead={`${KIND_LABEL[c.kind]} · ${STRAND_LABEL[c.strand]} · ${c.provider}`}>
        {c.organise && (
          <div className="flex flex-wrap gap-2">
            <Link href={asRoute(routes.courseEdit(c.id))} className={buttonClass("secondary")}>Edit course</Link>
            <Link href={asRoute(routes.courseImpact(c.id))} className={buttonClass("secondary")}>Impact report</Link>
          </div>
        )}
      </PageHeader>
      <FlashNotice />
      {c.status === "DRAFT" && <p className="mb-4 rounded bg-amber-50 p-3">A draft: only its organisers see it until it is published.</p>}
      <div className="grid gap-6 lg:grid-cols-2">
        <Section id="about" title="About" className={box}>
          <p className="whitespace-pre-line break-words">{c.description}</p>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="text-slate-600">For</dt>
            <dd>{audience(c.careerStages, CAREER_STAGE_LABEL, "Every career stage")}; {audience(c.categories, CATEGORY_LABEL, "all staff")}; {audience(c.phases, PHASE_LABEL, "every phase")}</dd>
            <dt className="text-slate-600">Run by</dt><dd>{c.runBy}</dd>
            <dt className="text-slate-600">Places</dt><dd>{c.availability.label}</dd>
            <dt className="text-slate-600">Approval</dt><dd>{c.needsApproval ? "Your head approves bookings" : "Not needed"}</dd>
            {c.bookingDeadline && <><dt className="text-slate-600">Book by</dt><dd>{formatDate(c.bookingDeadline)}</dd></>}
          </dl>
        </Section>
        <Section id="booking" title="Your place" className={box}>
          {c.booking && <p>Your booking: <strong>{BOOKING_STATUS_LABEL[c.booking.status]}</strong>{c.booking.reason && c.booking.status === "DECLINED" ? `. Reason: ${c.booking.reason}` : ""}</p>}
          {c.booking?.status === "OFFERED" && c.booking.offerExpiresAt && (
            <>
              <p>A place has come free for you. Accept it by <strong>{formatDateTime(c.booking.offerExpiresAt)}</strong>, or it passes to the next in line.</p>
              <AcceptOfferForm bookingId={c.booking.id} />
            </>
          )}
          {c.canBook && <BookForm courseId={c.id} full={c.availability.full} slots={slots} />}
          {!c.canBook && !c.booking && c.closed && <p>{c.closed}</p>}
          {c.canCancel && c.booking && <CancelForm bookingId={c.booking.id} waiting={c.booking.status === "WAITING"} />}
          {c.canRate && (
            <div className="border-t pt-3">
              <h3 className="font-semibold">How was it?</h3>
              <RateForm courseId={c.id} values={c.feedback ? { rating: String(c.feedback.rating), willTry: c.feedback.willTry } : undefined} />
            </div>
          )}
        </Section>
      </div>
      <Section id="sessions" title="Sessions" className={`${box} mt-6`}>
        <TableBox label="Sessions">
          <Table
            caption="Sessions, earliest first"
            rows={c.sessions}
            rowKey={(s: Session) => s.id}
            empty="No sessions yet."
            columns={[
              { key: "when", header: "When", rowHeader: true, cell: (s: Session) => <>{s.title && <span className="block font-medium">{s.title}</span>}{formatDateTime(s.startsAt)}</> },
              ...(c.kind === "CONFERENCE" ? [{ key: "slot", header: "Slot", cell: (s: Session) => s.slot }] : []),
              { key: "length", header: "Length", cell: (s: Session) => formatMinutes(s.durationMinutes) },
              { key: "where", header: "Where", className: "break-all", cell: (s: Session) => [s.venue, s.onlineUrl].filter(Boolean).join(" · ") },
              { key: "ics", header: "Calendar", cell: (s: Session) => <a href={`/programme/${c.id}/sessions/${s.id}/calendar.ics`} className={link}>Add to calendar<span className="sr-only">: {sessionLabel(s)}</span></a> },
              ...(c.organise ? [{ key: "register", header: "Register", cell: (s: Session) => (
                <span className="flex flex-wrap gap-2">
                  {s.registerOpen && c.status === "PUBLISHED" && <Link href={asRoute(routes.courseSession(c.id, s.id))} className={link}>Take the register<span className="sr-only">: {sessionLabel(s)}</span></Link>}
                  {!s.past && <RemoveSessionForm sessionId={s.id} label={sessionLabel(s)} />}
                </span>
              ) }] : []),
            ]}
          />
        </TableBox>
        {c.organise && (
          <div className="grid gap-4 border-t pt-3 md:grid-cols-2">
            <SessionForm courseId={c.id} conference={c.kind === "CONFERENCE"} />
            {c.status === "DRAFT" && <div><p className="mb-2">Publish when every session is added: staff can then book.</p><PublishForm courseId={c.id} /></div>}
          </div>
        )}
      </Section>
      {c.organise && (
        <Section id="bookings" title={`Bookings (${c.bookings.length})`} className={`${box} mt-6`}>
          <TableBox label="Bookings">
            <Table
              caption={`Bookings in the order they were made${bookings.pageCount > 1 ? ` (page ${bookings.page} of ${bookings.pageCount})` : ""}`}
              rows={bookings.rows}
              rowKey={(b: Booking) => b.id}
              empty="No bookings yet."
              columns={[
                { key: "name", header: "Name", rowHeader: true, className: "break-words", cell: (b: Booking) => b.name },
                { key: "school", header: "School", className: "break-words", cell: (b: Booking) => b.school },
                { key: "status", header: "Status", cell: (b: Booking) => BOOKING_STATUS_LABEL[b.status] },
                ...(c.kind === "CONFERENCE" ? [{ key: "sessions", header: "Sessions", cell: (b: Booking) => b.sessions.join(", ") }] : []),
              ]}
            />
          </TableBox>
          {bookings.pageCount > 1 && <Pager hrefFor={queryHref(asRoute(routes.course(c.id)), {})} page={bookings.page} pageCount={bookings.pageCount} total={bookings.total} param="bookings" label="Pages of bookings" />}
        </Section>
      )}
    </>
  );
}
