import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { FlashNotice } from "@/components/ui/FlashNotice";
import { PageHeader } from "@/components/ui/PageHeader";
import { Pager, queryHref } from "@/components/ui/Pager";
import { QueryTabs } from "@/components/ui/QueryTabs";
import { Section } from "@/components/ui/Section";
import { Stat, StatGrid } from "@/components/ui/Stat";
import { ResultFilters } from "@/components/voice/ResultFilters";
import { BreakdownTable, QuestionCards, SchoolHeadlines, TrendTable } from "@/components/voice/ResultTables";
import { RecordActionForm } from "@/components/voice/SurveyForms";
import { YouSaidWeDid } from "@/components/voice/YouSaidWeDid";
import { requireViewer } from "@/lib/access/viewer";
import { formatDate } from "@/lib/dates";
import { pageOf } from "@/lib/paging";
import { routes } from "@/lib/routes";
import { CAUTION_UNDER, MAX_FILTERS, MIN_GROUP, TEXT_MIN } from "@/lib/voice/anonymity";
import { NOT_ENOUGH } from "@/lib/voice/labels";
import { surveyResults } from "@/lib/voice/results/view";
import { pageNumber } from "@/lib/validation/fields";

export const metadata: Metadata = { title: "Staff survey results" };

// One part of the results at a time (issue 22, decision 041): at scale 10 the trust's view with every
// school's headline, every comment and every school's actions was 630 kB. Each part's figures are worked
// out as before; only what is drawn is chosen here, so no part can show what the rules hide.
const SHOW_LABEL = { questions: "Question by question", groups: "By group", schools: "Each school", trend: "Trend", comments: "Comments", actions: "You said, we did" } as const;
type Show = keyof typeof SHOW_LABEL;
/** Schools, comments and actions a page: each tab's list stays well under the page budget. */
const SCHOOLS_PER_PAGE = 20;
const COMMENTS_PER_PAGE = 50;
const ACTIONS_PER_PAGE = 5;

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** One survey's results, as the anonymity rules allow them for the view asked. */
export default async function SurveyResultsPage({ params, searchParams }: Props) {
  const viewer = await requireViewer();
  const sp = await searchParams;
  const d = await surveyResults(viewer, (await params).id, sp);
  const v = d.verdict;
  const has: Record<Show, boolean> = { questions: true, groups: d.breakdowns.length > 0, schools: d.schools.length > 0, trend: Boolean(d.trend), comments: Boolean(d.comments), actions: true };
  const tabs = (Object.keys(SHOW_LABEL) as Show[]).filter((t) => has[t]);
  const show: Show = tabs.find((t) => t === sp.show) ?? "questions";
  const page = pageNumber().parse(sp.page);
  const hrefFor = queryHref(routes.surveyResults(d.survey.id), { ...d.filters, show: show === "questions" ? undefined : show });
  const schools = show === "schools" ? pageOf(d.schools, page, SCHOOLS_PER_PAGE) : null;
  const comments = show === "comments" && d.comments?.texts ? pageOf(d.comments.texts, page, COMMENTS_PER_PAGE) : null;
  const actions = pageOf(show === "actions" ? d.actions : [], page, ACTIONS_PER_PAGE);
  return (
    <>
      <Breadcrumbs items={[{ label: "Staff survey results", href: routes.surveyResultsList() }, { label: d.survey.title }]} />
      <PageHeader title={`${d.survey.title}: results`} lead={`${d.survey.scope}, ${d.survey.term}. Open ${formatDate(d.survey.opensOn)} to ${formatDate(d.survey.closesOn)}${d.survey.closed ? " (closed)" : ""}.`} />
      <FlashNotice />
      <ResultFilters show={show === "questions" ? undefined : show} filters={d.filters} schools={d.options.schools} allSchools={d.options.allSchools} phases={d.options.phases} breakdown={d.options.breakdown} />
      <StatGrid>
        <Stat label="Showing" value={d.viewLabel} />
        <Stat label="Participation" value={`${d.participation.percent}%`} hint={`${d.participation.answered} of ${d.participation.invited} current staff answered`} />
        {v.shown && <Stat label="Answers in this view" value={v.n} hint={v.caution ? `Fewer than ${CAUTION_UNDER}: read with caution` : undefined} />}
      </StatGrid>
      <QueryTabs label="Parts of the results" className="mt-6" tabs={Object.fromEntries(tabs.map((t) => [t, SHOW_LABEL[t]]))} current={show} hrefFor={hrefFor} />
      <div className="mt-6 space-y-8">
        {show === "questions" && (!v.shown ? (
          <p role="status" className="rounded border-l-4 border-amber-600 bg-amber-50 p-3 text-amber-950">
            {v.reason === "too-many-filters"
              ? `At most ${MAX_FILTERS} filters at once: remove one to see figures.`
              : `${NOT_ENOUGH}. Figures appear for a group once at least ${MIN_GROUP} people have answered, and never where a smaller group could be worked out from them.`}
          </p>
        ) : (
          <Section id="questions" title="Question by question" className="space-y-3">
            {v.caution && <p className="rounded border-l-4 border-amber-600 bg-amber-50 p-2 text-amber-950">Caution: these figures come from {v.n} answers, fewer than {CAUTION_UNDER}, so a few people can move them a lot.</p>}
            {d.comparison && !d.comparison.shown && <p className="text-slate-700">The trust’s figures are not shown: {NOT_ENOUGH.toLowerCase()}.</p>}
            <QuestionCards questions={d.questions.map((q) => ({ key: q.key, text: q.text, figure: q.figure, trust: q.trust }))} />
          </Section>
        ))}
        {show === "groups" && d.breakdowns.map((b) => (
          <Section key={b.param} id={`by-${b.param}`} title={`By ${b.dimension.toLowerCase()}`}>
            <BreakdownTable dimension={b.dimension} rows={b.rows} />
          </Section>
        ))}
        {show === "schools" && schools && (
          <Section id="schools" title="Each school’s headline">
            <SchoolHeadlines
              surveyId={d.survey.id}
              caption={`Each school's participation and headline figures${schools.pageCount > 1 ? `, page ${schools.page} of ${schools.pageCount}` : ""}`}
              rows={schools.rows.map((r) => ({ id: r.id, name: r.name, answered: r.answered, invited: r.invited, shown: r.shown, agreement: r.agreement, enps: r.enps }))}
            />
            {schools.pageCount > 1 && <Pager hrefFor={hrefFor} page={schools.page} pageCount={schools.pageCount} total={schools.total} label="Pages of schools" />}
          </Section>
        )}
        {show === "trend" && d.trend && (
          <Section id="trend" title="Trend over terms">
            <TrendTable terms={d.trend.terms} questions={d.trend.questions} />
          </Section>
        )}
        {show === "comments" && d.comments && (
          <Section id="comments" title="Comments" className="space-y-2">
            <p className="text-sm text-slate-700">{d.comments.question}</p>
            {comments ? (
              comments.total ? (
                <>
                  <ul aria-label={`Comments${comments.pageCount > 1 ? `, page ${comments.page} of ${comments.pageCount}` : ""}`} className="list-disc space-y-1 pl-5 break-words">{comments.rows.map((t, i) => <li key={i}>{t}</li>)}</ul>
                  {comments.pageCount > 1 && <Pager hrefFor={hrefFor} page={comments.page} pageCount={comments.pageCount} total={comments.total} label="Pages of comments" />}
                </>
              ) : <p>No comments were left.</p>
            ) : (
              <p className="text-slate-700">Comments are shown only after the survey closes, for the whole school or trust, and only when at least {TEXT_MIN} people answered.</p>
            )}
          </Section>
        )}
        {show === "actions" && (
          <>
            <YouSaidWeDid actions={actions.rows} headingId="you-said" />
            {actions.pageCount > 1 && <Pager hrefFor={hrefFor} page={actions.page} pageCount={actions.pageCount} total={actions.total} label="Pages of actions" />}
            {d.record && (
              <Section id="record" title="Record what you did" className="max-w-2xl space-y-2 rounded border border-slate-200 bg-white p-4">
                <p className="text-sm text-slate-700">Staff see this beside the next survey.</p>
                <RecordActionForm surveyId={d.survey.id} schoolId={d.record.schoolId} questions={d.record.questions} />
              </Section>
            )}
          </>
        )}
      </div>
    </>
  );
}
