"use client";
// A member of staff's forms on a course: book (a conference's session per slot; the waiting list when
// full), cancel, accept an offered place, rate it afterwards; a head's decision on a booking.
import { Form, GroupError, Input, Submit, TextArea } from "@/components/ui/form";
import { acceptOfferAction, bookAction, cancelBookingAction, decideBookingAction, rateCourseAction } from "@/lib/programme/actions";

export type Slot = { slot: number; sessions: { id: string; label: string }[] };

export function BookForm({ courseId, full, slots }: { courseId: string; full: boolean; slots: Slot[] }) {
  return (
    <Form id="book" action={bookAction} loadSchema={() => import("@/lib/programme/schema").then((m) => m.bookSchema)} hidden={{ courseId, ...(full ? { waitlist: "on" } : {}) }} className="space-y-3">
      <GroupError name="courseId" />
      <GroupError name="waitlist" />
      {slots.length > 0 && <GroupError name="sessions" />}
      {slots.map((s) => (
        <fieldset key={s.slot}>
          <legend className="font-medium">Slot {s.slot}: choose one session</legend>
          {s.sessions.map((o) => (
            <div key={o.id} className="flex items-center gap-2">
              <input id={`book-session-${o.id}`} type="radio" name="sessions" value={o.id} className="h-5 w-5" data-slot={s.slot} />
              <label htmlFor={`book-session-${o.id}`}>{o.label}</label>
            </div>
          ))}
        </fieldset>
      ))}
      <Submit>{full ? "Join the waiting list" : "Book a place"}</Submit>
    </Form>
  );
}

export function CancelForm({ bookingId, waiting }: { bookingId: string; waiting: boolean }) {
  return (
    <Form id="cancel-booking" action={cancelBookingAction} loadSchema={() => import("@/lib/programme/schema").then((m) => m.bookingIdSchema)} hidden={{ bookingId }} label={waiting ? "Leave the waiting list" : "Cancel my booking"}>
      <Submit variant="danger">{waiting ? "Leave the waiting list" : "Cancel my booking"}</Submit>
    </Form>
  );
}

export function AcceptOfferForm({ bookingId }: { bookingId: string }) {
  return (
    <Form id="accept-offer" action={acceptOfferAction} loadSchema={() => import("@/lib/programme/schema").then((m) => m.bookingIdSchema)} hidden={{ bookingId }} label="Accept the place">
      <GroupError name="bookingId" />
      <Submit>Accept the place</Submit>
    </Form>
  );
}

export function DecideForm({ bookingId, who }: { bookingId: string; who: string }) {
  return (
    <Form id={`decide-${bookingId}`} action={decideBookingAction} loadSchema={() => import("@/lib/programme/schema").then((m) => m.decideSchema)} hidden={{ bookingId }} label={`Decide: ${who}`} className="space-y-2">
      <GroupError name="decision" />
      <TextArea name="reason" label={`Reason (needed to decline)`} hint={`For ${who}: they read it.`} rows={2} />
      <div className="flex flex-wrap gap-2">
        <Submit name="decision" value="approve">Approve<span className="sr-only"> {who}</span></Submit>
        <Submit name="decision" value="decline" variant="secondary">Decline<span className="sr-only"> {who}</span></Submit>
      </div>
    </Form>
  );
}

export function RateForm({ courseId, values }: { courseId: string; values?: Record<string, string> }) {
  return (
    <Form id="rate-course" action={rateCourseAction} loadSchema={() => import("@/lib/programme/schema").then((m) => m.feedbackSchema)} hidden={{ courseId }} values={values} className="space-y-3">
      <Input name="rating" label="Your rating, from 1 (poor) to 5 (excellent)" type="number" inputMode="numeric" min={1} max={5} />
      <TextArea name="willTry" label="What will you try in your practice?" rows={3} />
      <Submit variant="secondary">Save my rating</Submit>
    </Form>
  );
}
