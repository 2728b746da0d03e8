import type { Metadata } from "next";
import { BackLink } from "@/components/ui/BackLink";
import { FlashNotice } from "@/components/ui/FlashNotice";
import { PageHeader } from "@/components/ui/PageHeader";
import { Section } from "@/components/ui/Section";
import { Table, TableBox, type Column } from "@/components/ui/Table";
import { requireViewer } from "@/lib/access/viewer";
import { noteOpened } from "@/lib/access-log/mutations";
import { formatDate, isoDay, londonToday } from "@/lib/dates";
import { KIND_LABEL, OUTCOME_LABEL } from "@/lib/inductions/labels";
import { inductionDetail } from "@/lib/inductions/queries";
import { inductionMeetings } from "@/lib/inductions/mentor-meetings/queries";
import { MentorMeetings } from "@/components/inductions/MentorMeetings";
import { CorrectReviewForm, FinalAssessmentForm, RecordReviewForm, UpdateInductionForm } from "../_components/InductionForms";
import { StatusText } from "../_components/InductionTable";
import Link from "next/link";
import type { Route } from "next";
import { queryHref } from "@/components/ui/Pager";
import { routes } from "@/lib/routes";
import { pageNumber } from "@/lib/validation/fields";

export const metadata: Metadata = { title: "Induction" };

type Review = Awaited<ReturnType<typeof inductionDetail>>["reviews"][number];
const nameOf = (p: { firstName: string; lastName: string } | null) => (p ? `${p.firstName} ${p.lastName}` : "—");

/** One ECT's induction: its people, its schedule of reviews with what each found, and (for the head and tutor) the forms. */
export default async function InductionPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[]>> }) {
  const viewer = await requireViewer();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  // The people form (two lists of the school's staff) opens on asking, as a succession plan's forms do.
  const changing = query.change === "people";
  const correcting = typeof query.correct === "string" ? query.correct : undefined;
  const here = queryHref(routes.induction(id), {});
  const [{ induction: i, status, reasons, reviews, manage, colleagues, hostedAt }, meetings] = await Promise.all([inductionDetail(viewer, id), inductionMeetings(viewer, id)]);
  await noteOpened(viewer, "induction", i.staffMemberId, i.id);
  const today = londonToday();
  const open = reviews.filter((r) => !r.heldOn && !r.final);
  const people = !changing ? [] : colleagues.filter((c) => c.id !== i.staffMemberId).map((c) => ({ value: c.id, label: `${c.lastName}, ${c.firstName}` }));
  const columns: Column<Review>[] = [
    { key: "term", header: "Term", rowHeader: true, cell: (r) => `${r.term}. ${r.termLabel}` },
    { key: "kind", header: "Review", cell: (r) => (r.final ? "Final assessment" : r.kind === "FORMAL_ASSESSMENT" ? "Interim formal assessment" : KIND_LABEL[r.kind]) },
    { key: "due", header: "Due", cell: (r) => <>{formatDate(r.dueOn)}{!r.heldOn && !i.completedOn && r.dueOn < today && <strong className="ml-1 text-red-800">(overdue)</strong>}</> },
    { key: "held", header: "Held on", cell: (r) => formatDate(r.heldOn) },
    { key: "outcome", header: "Outcome", cell: (r) => (r.outcome ? OUTCOME_LABEL[r.outcome] : "—") },
    { key: "notes", header: "Notes", cell: (r) => r.notes ?? "—", className: "min-w-48" },
    { key: "by", header: "Recorded by", cell: (r) => <>{r.recordedBy ?? "—"}{r.version > 1 && <span className="block text-xs text-slate-600">Corrected (version {r.version})</span>}</> },
  ];
  const recorded = reviews.filter((r) => r.heldOn && r.outcome);
  const corrected = reviews.filter((r) => r.history.length > 0);
  const reviewName = (r: Review) => `${r.termLabel} ${r.final ? "final assessment" : KIND_LABEL[r.kind].toLowerCase()}`;
  return (
    <>
      <BackLink href="/inductions">Back to inductions</BackLink>
      <FlashNotice />
      <PageHeader title={`Induction: ${nameOf(i.staffMember)}`} lead={`${i.staffMember.jobTitle}, ${i.staffMember.school.name}.`} />
      {hostedAt.map((h) => (
        <p key={h.school} className="mb-4 rounded border-l-4 border-slate-500 bg-slate-50 p-3">
          On secondment at {h.school} until {formatDate(h.until)}: {i.staffMember.school.name} and the induction tutor manage the induction; {h.school}&rsquo;s leaders read it.
        </p>
      ))}
      <div className="space-y-8">
        <dl className="grid gap-x-6 gap-y-1 rounded border border-slate-200 bg-white p-4 text-sm sm:grid-cols-[12rem_1fr]">
          <dt className="text-slate-600">Status</dt>
          <dd data-testid="induction-status">
            <StatusText status={status} reasons={reasons} />
          </dd>
          <dt className="text-slate-600">Mentor</dt>
          <dd>{nameOf(i.mentor)}</dd>
          <dt className="text-slate-600">Induction tutor</dt>
          <dd>{nameOf(i.inductionTutor)}</dd>
          <dt className="text-slate-600">Appropriate body</dt>
          <dd>{i.appropriateBody ?? "—"}</dd>
          <dt className="text-slate-600">Started · expected to complete</dt>
          <dd>
            {formatDate(i.startDate)} · {formatDate(i.expectedCompletion)} ({i.expectedTerms} terms)
          </dd>
          {i.completedOn && (
            <>
              <dt className="text-slate-600">Completed</dt>
              <dd>{formatDate(i.completedOn)}</dd>
            </>
          )}
        </dl>
        <Section id="schedule-heading" title="Reviews and assessments">
          <TableBox label="Reviews and assessments">
            <Table caption="Reviews and assessments, by term" columns={columns} rows={reviews} rowKey={(r) => r.id} empty="No reviews are scheduled." rowClassName="align-top" />
          </TableBox>
        </Section>
        {/* Changing the people, the page is their form (its two lists of the school's staff), not the meetings and the other forms. */}
        {!changing && <MentorMeetings inductionId={i.id} data={meetings} page={pageNumber().parse(query.meetings)} />}
        {!changing && corrected.length > 0 && (
          <Section id="history-heading" title="Earlier versions">
            {corrected.map((r) => (
              <div key={r.id} className="mb-4">
                <h3 className="font-semibold">{reviewName(r)}</h3>
                <ul className="list-disc pl-6 text-sm">
                  {r.history.map((e) => (
                    <li key={e.version}>
                      Version {e.version}: held on {formatDate(e.heldOn)}, {OUTCOME_LABEL[e.outcome]}
                      {e.notes ? ` (“${e.notes}”)` : ""}, recorded by {e.recordedBy ?? "—"}. Corrected on {formatDate(e.correctedAt)} by {e.correctedBy ?? "—"}: {e.correctionNote}
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </Section>
        )}
        {manage && !changing && recorded.length > 0 && (
          <Section id="correct-heading" title="Correct a recorded review">
            <p className="mb-2 text-sm text-slate-700">A correction is a new version: the one it replaces stays in the history above, with your reason.</p>
            {/* One correction form at a time (`?correct=`): every recorded review's form was most of a two-year induction's page. */}
            <ul className="space-y-2">
              {recorded.map((r) => (
                <li key={r.id} className="rounded border border-slate-200 bg-white p-3">
                  {correcting === r.id ? (
                    <>
                      <h3 className="mb-3 font-medium">Correct the {reviewName(r)}</h3>
                      <CorrectReviewForm final={r.final} review={{ id: r.id, version: r.version, heldOn: isoDay(r.heldOn!), outcome: r.outcome!, notes: r.notes ?? "" }} />
                    </>
                  ) : (
                    <Link href={`${here({ correct: r.id })}#correct-heading` as Route} className="text-brand-700 underline">Correct the {reviewName(r)}</Link>
                  )}
                </li>
              ))}
            </ul>
          </Section>
        )}
        {manage && !i.completedOn && (
          <>
            {!changing && open.length > 0 && (
              <Section id="record-review-heading" title="Record a review">
                <RecordReviewForm reviews={open.map((r) => ({ value: r.id, label: `${r.termLabel} ${KIND_LABEL[r.kind].toLowerCase()} (due ${formatDate(r.dueOn)})` }))} today={isoDay(today)} />
              </Section>
            )}
            {!changing && (
              <Section id="final-heading" title="Final assessment">
                <FinalAssessmentForm id={i.id} today={isoDay(today)} />
              </Section>
            )}
            <Section id="people-heading" title="Mentor, tutor and appropriate body">
              {changing ? (
                <>
                  <UpdateInductionForm id={i.id} colleagues={people} values={{ mentorId: i.mentorId ?? "", inductionTutorId: i.inductionTutorId ?? "", appropriateBody: i.appropriateBody ?? "" }} />
                  <Link href={routes.induction(i.id) as Route} className="mt-3 inline-block text-brand-700 underline">Back to the whole induction (meetings and the other forms)</Link>
                </>
              ) : (
                <Link href={`${here({ change: "people" })}#people-heading` as Route} className="text-brand-700 underline">
                  Change the mentor, induction tutor or appropriate body
                </Link>
              )}
            </Section>
          </>
        )}
      </div>
    </>
  );
}
