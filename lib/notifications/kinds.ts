// Every kind of notification: its label on the preferences page, the default channel, whether it is
// urgent (sent whatever the hour) and the email's wording (one plain template per kind, template.ts).
// Not `server-only`: the worker renders email from it.
import type { NotificationChoice } from "@/lib/db/generated/enums";

export type KindSpec = {
  label: string;
  /** Email, weekly digest or the portal only, until the person chooses. */
  default: NotificationChoice;
  /** Sent at once whatever the hour: the person needs it to act today. */
  urgent?: boolean;
  /** The email's opening line and the text of its one link. */
  intro: string;
  action: string;
};

export const KINDS = {
  "cpd.returned": { label: "A CPD record of yours is returned for changes", default: "EMAIL", intro: "A leader at your school has returned one of your CPD records for changes.", action: "Open the record" },
  "cpd.verified": { label: "A CPD record of yours is verified", default: "DIGEST", intro: "A leader at your school has verified one of your CPD records.", action: "Open the record" },
  "cpd.verification-digest": { label: "Weekly: CPD records waiting for you to verify", default: "EMAIL", intro: "CPD records at your school are waiting for verification.", action: "Open the verification queue" },
  "community.member-added": { label: "You are added to a community", default: "EMAIL", intro: "You have been added to a community.", action: "Open the community" },
  "community.invited": { label: "You are invited to join a community", default: "EMAIL", intro: "You have been invited to join a community.", action: "Open the community" },
  "meeting.scheduled": { label: "A meeting of your community is scheduled", default: "EMAIL", intro: "A meeting of one of your communities has been scheduled.", action: "Open the meeting" },
  "meeting.reminder": { label: "A meeting you are invited to is tomorrow", default: "EMAIL", intro: "A meeting of one of your communities is tomorrow.", action: "Open the meeting" },
  "meeting.register-open": { label: "A register you keep is still open two days after the meeting", default: "EMAIL", intro: "A meeting you lead was two days ago and its register is still open: attendees' CPD is written when it closes.", action: "Open the meeting" },
  "training.expiring": { label: "Statutory training of yours expires within 30 days", default: "EMAIL", intro: "Statutory training of yours expires soon: book the refresher.", action: "Open your training" },
  "training.expired": { label: "Statutory training of yours has expired", default: "EMAIL", intro: "Statutory training of yours has expired.", action: "Open your training" },
  "training.staff-digest": { label: "Weekly (heads): your staff's statutory training expiring or expired", default: "EMAIL", intro: "Statutory training of staff at your school expires within 30 days or has expired.", action: "Open school development" },
  "governance.import-finished": { label: "A governance metrics import of yours is finished", default: "PORTAL_ONLY", intro: "The governance metrics you imported are stored.", action: "Open governance" },
  "review-action.due": { label: "A CSI action of yours is due within 7 days", default: "EMAIL", intro: "An action from a school review that you own is due soon.", action: "Open the action" },
  "review-action.overdue": { label: "A CSI action of yours is overdue", default: "EMAIL", intro: "An action from a school review that you own is past its due date.", action: "Open the action" },
  "review.assigned": { label: "You are assigned a peer review", default: "EMAIL", intro: "You have been assigned to a school review.", action: "Open the review" },
  "review.due": { label: "A peer review visit of yours is within 7 days", default: "EMAIL", intro: "A school review you are on has its visit within a week.", action: "Open the review" },
  "review-action.assigned": { label: "A CSI action is assigned to you", default: "EMAIL", intro: "An action from a school review has been assigned to you.", action: "Open the action" },
  "mentor-meeting.lapsed": { label: "An ECT you mentor or tutor has had no mentor meeting in 14 days of term", default: "EMAIL", intro: "An early career teacher you mentor or tutor has had no mentor meeting in 14 days of term.", action: "Open the induction" },
  "booking.confirmed": { label: "A course place of yours is booked", default: "EMAIL", intro: "Your place on a course in the trust's CPD programme is booked.", action: "Open the course" },
  "booking.awaiting-approval": { label: "A booking by your staff awaits your approval (heads)", default: "EMAIL", intro: "A member of your staff has booked a course that needs your approval.", action: "Open your approvals" },
  "booking.approved": { label: "Your head approved a course booking of yours", default: "EMAIL", intro: "Your head has approved your course booking.", action: "Open the course" },
  "booking.declined": { label: "Your head declined a course booking of yours", default: "EMAIL", intro: "Your head has declined your course booking.", action: "Open the course" },
  "booking.offered": { label: "A place is offered to you from a waiting list", default: "EMAIL", urgent: true, intro: "A place has come free on a course you are waiting for: accept it within 48 hours or it passes on.", action: "Open the course" },
  "programme.follow-up": { label: "Six weeks on: what changed after your CPD", default: "EMAIL", intro: "Six weeks ago you took part in some CPD: tell us what you changed and what you saw in pupils.", action: "Answer the follow-up" },
  "coaching.paired": { label: "You are paired for coaching", default: "EMAIL", intro: "A coaching pairing you are in has been set up.", action: "Open the pairing" },
  "coaching.session": { label: "A coaching session of yours is recorded", default: "DIGEST", intro: "Your coach has recorded a session: it counts towards your verified hours.", action: "Open the pairing" },
  "coaching.lapsed": { label: "A pairing you coach has lapsed", default: "EMAIL", intro: "A pairing you coach has gone longer than its cadence without a session.", action: "Open the pairing" },
  "dropin.shared": { label: "A drop-in visit to your lesson is shared with you", default: "EMAIL", intro: "A leader has shared a drop-in visit to your lesson: what went well and one next step.", action: "Open the visit" },
  "dropin.reply": { label: "A reply on a drop-in visit", default: "EMAIL", intro: "There is a reply on a drop-in visit.", action: "Open the visit" },
  "aspiration.endorsed": { label: "Your head endorses a career aspiration of yours", default: "EMAIL", intro: "Your head has endorsed one of your career aspirations, with a note for you.", action: "Open your aspirations" },
  "appraisal.objectives": { label: "Performance development objectives proposed, or awaiting your agreement", default: "EMAIL", intro: "Objectives in a performance development plan you are part of have been proposed or changed, or are waiting for your agreement.", action: "Open the objectives" },
  "appraisal.sign-off": { label: "A performance development review is waiting for your sign-off", default: "EMAIL", intro: "A review in a performance development plan you are part of has been signed off by the other party and waits for yours.", action: "Open the review" },
  "appraisal.window": { label: "A performance development window opens soon, or a step of yours is overdue", default: "DIGEST", intro: "A window of the trust's performance development cycle opens soon, or a step of your plan is overdue.", action: "Open performance development" },
  "survey.invitation": { label: "A staff survey is open for you", default: "EMAIL", intro: "A short staff survey is open: your answer is anonymous and takes about two minutes.", action: "Answer the survey" },
  "survey.reminder": { label: "A staff survey you have not answered closes soon", default: "EMAIL", intro: "A staff survey closes soon. If you have not answered yet, it takes about two minutes and is anonymous.", action: "Answer the survey" },
  "workload.check": { label: "A one-question workload check is waiting for you", default: "EMAIL", intro: "How long has a new demand on your time actually taken? One anonymous question.", action: "Answer the check" },
} as const satisfies Record<string, KindSpec>;

export type Kind = keyof typeof KINDS;
export const KIND_NAMES = Object.keys(KINDS) as Kind[];
export const isKind = (k: string): k is Kind => k in KINDS;

export const CHOICE_LABELS: Record<NotificationChoice, string> = {
  EMAIL: "By email",
  DIGEST: "In a weekly digest email",
  PORTAL_ONLY: "Only in the portal",
};
