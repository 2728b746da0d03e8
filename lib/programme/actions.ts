"use server";
// The programme's server actions: each runs its command (lib/commands/submit.ts). Those whose form goes
// away once done (a booking made, a course published) redirect, so the message is flashed on the page.
import { submit } from "@/lib/commands/submit";
import type { FormState } from "@/lib/forms/result";
import { routes } from "@/lib/routes";
import * as booking from "./booking/commands";
import * as calendar from "./calendar/commands";
import * as courses from "./commands";
import * as impact from "./impact/commands";
import * as register from "./register/commands";

type State = FormState;

export async function createCourseAction(_: State, form: FormData) {
  return submit(courses.createCourse, form, { redirect: (data) => routes.course(data.id) });
}
export async function editCourseAction(_: State, form: FormData) {
  return submit(courses.editCourse, form, { redirect: (data) => routes.course(data.id) });
}
export async function addSessionAction(_: State, form: FormData) {
  return submit(courses.addSession, form);
}
export async function removeSessionAction(_: State, form: FormData) {
  return submit(courses.removeSession, form, { redirect: (data) => routes.course(data.id) });
}
export async function publishCourseAction(_: State, form: FormData) {
  return submit(courses.publishCourse, form, { redirect: (data) => routes.course(data.id) });
}
export async function bookAction(_: State, form: FormData) {
  return submit(booking.book, form, { redirect: (data) => routes.course(data.courseId) });
}
export async function cancelBookingAction(_: State, form: FormData) {
  return submit(booking.cancelBooking, form, { redirect: (data) => routes.course(data.courseId) });
}
export async function acceptOfferAction(_: State, form: FormData) {
  return submit(booking.acceptOffer, form, { redirect: (data) => routes.course(data.courseId) });
}
export async function decideBookingAction(_: State, form: FormData) {
  return submit(booking.decideBooking, form, { redirect: () => routes.programmeApprovals() });
}
export async function saveRegisterAction(_: State, form: FormData) {
  return submit(register.saveRegister, form);
}
export async function rateCourseAction(_: State, form: FormData) {
  return submit(impact.rateCourse, form);
}
export async function answerFollowUpAction(_: State, form: FormData) {
  return submit(impact.answerFollowUp, form, { redirect: () => routes.programme() });
}
export async function makeFeedAction(_: State, form: FormData) {
  return submit(calendar.makeFeed, form, { redirect: () => routes.programmeCalendar() });
}
export async function revokeFeedAction(_: State, form: FormData) {
  return submit(calendar.revokeFeed, form, { redirect: () => routes.programmeCalendar() });
}
