// The programme's pure rules: which bookings hold a place, what a course shows as available, who it
// suits, and the clocks of the waiting-list offer and the six-week follow-up.
import type { BookingStatus, CareerStage, SchoolPhase, StaffCategory } from "@/lib/db/generated/enums";
import { FOLLOW_UP_WEEKS, OFFER_HOURS } from "./labels";

/** A place is held while awaiting approval, booked, or offered to the first in line. */
export const HOLDS_PLACE: BookingStatus[] = ["PENDING", "BOOKED", "OFFERED"];
/** A booking still in play: booking again is refused while one is. */
export const ACTIVE: BookingStatus[] = [...HOLDS_PLACE, "WAITING"];

export type Availability = { placesLeft: number; waiting: number; full: boolean; label: string };

export function availability(places: number, taken: number, waiting: number): Availability {
  const placesLeft = Math.max(0, places - taken);
  const full = placesLeft === 0;
  const label = full
    ? `Full${waiting ? `: ${waiting} on the waiting list` : ": join the waiting list"}`
    : `${placesLeft} of ${places} ${places === 1 ? "place" : "places"} left`;
  return { placesLeft, full, waiting, label };
}

type Audience = { careerStages: CareerStage[]; categories: StaffCategory[]; phases: SchoolPhase[] };
type Person = { careerStage: CareerStage; category: StaffCategory; phase: SchoolPhase | null };

/** "Suitable for me": each audience list left empty means everyone. */
export const suits = (course: Audience, person: Person) =>
  (course.careerStages.length === 0 || course.careerStages.includes(person.careerStage)) &&
  (course.categories.length === 0 || course.categories.includes(person.category)) &&
  (course.phases.length === 0 || (person.phase !== null && course.phases.includes(person.phase)));

export const offerExpiry = (now: Date) => new Date(now.getTime() + OFFER_HOURS * 3_600_000);
export const followUpDue = (after: Date) => new Date(after.getTime() + FOLLOW_UP_WEEKS * 7 * 86_400_000);

/** Bookable: published, not started, and the deadline (a London day, inclusive) not passed. */
export function bookingClosed(course: { bookingDeadline: Date | null }, firstStart: Date | null, now: Date, today: Date): string | null {
  if (!firstStart) return "This course has no sessions yet.";
  if (firstStart <= now) return "This course has already started, so it can no longer be booked.";
  if (course.bookingDeadline && course.bookingDeadline < today) return "Booking for this course has closed: the deadline has passed.";
  return null;
}

/** A share in whole per cent, or null with nothing to share. */
export const share = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 100));
